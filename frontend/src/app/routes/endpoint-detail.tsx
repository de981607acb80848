import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { CheckTable } from '@/features/checks/components/check-table';
import { useEndpoint } from '@/features/endpoints/api/get-endpoint';
import { useLiveEvents } from '@/features/endpoints/api/use-live-events';
import { EndpointSummary } from '@/features/endpoints/components/endpoint-summary';
import { LiveIndicator } from '@/features/endpoints/components/live-indicator';
import { useCanEdit } from './use-can-edit';
import { ApiError } from '@/lib/api-client';
import { useEndpointId } from './endpoint-id';

export function EndpointDetailRoute() {
  const id = useEndpointId();
  return id === null ? <EndpointNotFound /> : <EndpointDetail id={id} />;
}

function EndpointDetail({ id }: { id: number }) {
  const canEdit = useCanEdit();
  const live = useLiveEvents();
  const endpoint = useEndpoint(id);

  if (endpoint.isPending) return <LoadingState label="Loading the endpoint…" />;
  if (endpoint.isError) {
    if (endpoint.error instanceof ApiError && endpoint.error.status === 404) return <EndpointNotFound />;
    return (
      <ErrorState
        title="The endpoint could not be loaded"
        message={endpoint.error.message}
        onRetry={() => void endpoint.refetch()}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={endpoint.data.name}
        description={endpoint.data.kind === 'push' ? 'Heartbeat monitor' : undefined}
        actions={<LiveIndicator mode={live} />}
      />
      <div className="flex flex-col gap-6">
        <EndpointSummary endpoint={endpoint.data} canEdit={canEdit} />
        {/* ── Mount point for other features (lead): analytics charts, then alert rules. ──
            <EndpointAnalyticsPanel endpointId={id} />
            <EndpointAlertsPanel endpointId={id} />
        ── end of mount point ── */}
        <section aria-labelledby="recent-checks">
          <h2 id="recent-checks" className="mb-2 font-medium">
            Last 50 checks
          </h2>
          <CheckTable endpointId={id} limit={50} />
        </section>
      </div>
    </>
  );
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
