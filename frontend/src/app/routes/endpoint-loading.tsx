import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
import type { EndpointWire } from '@/types/api';

/** The :id of an endpoint route as a number, or null when it is not one (shown as "not found"). */
export function useEndpointId(): number | null {
  const { id } = useParams();
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function EndpointNotFound() {
  return (
    <EmptyState title="This endpoint does not exist">
      <p className="mt-1">It may have been deleted.</p>
      <Link to="/endpoints" className="mt-3 inline-block text-emerald-700 underline">
        Back to the endpoints
      </Link>
    </EmptyState>
  );
}

/** What an endpoint page shows until its endpoint is loaded: loading, not found, or the error with a retry. */
export function EndpointFallback({ query }: { query: UseQueryResult<EndpointWire> }) {
  if (query.isPending) return <LoadingState label="Loading the endpoint…" />;
  if (query.error instanceof ApiError && query.error.status === 404) return <EndpointNotFound />;
  return (
    <ErrorState
      title="The endpoint could not be loaded"
      message={query.error?.message ?? 'Unknown error'}
      onRetry={() => void query.refetch()}
    />
  );
}
