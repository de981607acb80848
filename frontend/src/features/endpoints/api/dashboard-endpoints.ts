import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { EndpointListWire, EndpointStatus, EndpointWire } from '@/types/api';
import { endpointsApiQuery } from '../list-filters';
import { summarizeEndpoints, type StatusSummary } from '../endpoint-status';
import { allEndpointsQueryOptions, listEndpoints } from './list-endpoints';

const COUNTED: EndpointStatus[] = ['UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'];
/** Rows the dashboard shows before every endpoint is loaded (problems first). */
const FIRST_ROWS = 100;

const firstRowsQueryOptions = () =>
  queryOptions({
    queryKey: ['endpoints', 'dashboard', 'first'],
    queryFn: ({ signal }) => listEndpoints(endpointsApiQuery({ sort: 'status' }, 0, FIRST_ROWS), signal),
  });

/** One status's count: the `total` of a one-row page filtered by it (the server counts, we do not). */
const countQueryOptions = (status: EndpointStatus) =>
  queryOptions({
    queryKey: ['endpoints', 'dashboard', 'count', status],
    queryFn: ({ signal }) => listEndpoints(endpointsApiQuery({ status }, 0, 1), signal),
  });

export interface DashboardEndpoints {
  /** Loaded endpoints: the first rows at once, every endpoint once `complete`. */
  endpoints: EndpointWire[];
  summary: StatusSummary;
  /** Every endpoint is loaded: counts and the average come from (live-patched) data, not the server's totals. */
  complete: boolean;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/**
 * What the dashboard shows, fast at thousands of endpoints: the first rows and the per-status counts
 * arrive together (small requests), then every endpoint loads in the background for the average
 * latency, the full status board and exact live counts.
 */
export function useDashboardEndpoints(): DashboardEndpoints {
  const first = useQuery(firstRowsQueryOptions());
  const firstIsAll = first.data !== undefined && first.data.endpoints.length >= first.data.total;
  // Counts go out with the first rows (tiny answers); the full load waits for both, so it does not
  // queue in front of them on the server.
  const counts = useQueries({
    queries: COUNTED.map((status) => ({ ...countQueryOptions(status), enabled: !firstIsAll })),
    combine: (results) => results.map((r) => r.data?.total),
  });
  const countsIn = counts.every((c) => c !== undefined);
  const all = useQuery({ ...allEndpointsQueryOptions(), enabled: first.isSuccess && countsIn && !firstIsAll });
  const full: EndpointListWire | undefined = firstIsAll ? first.data : all.data;

  const endpoints = full?.endpoints ?? first.data?.endpoints ?? [];
  let summary = summarizeEndpoints(endpoints);
  if (!full && first.data) {
    summary = { ...summary, total: first.data.total, averageLatencyMs: null };
    COUNTED.forEach((status, i) => (summary[status] = counts[i] ?? 0));
  }
  const countsPending = !full && !countsIn;
  return {
    endpoints,
    summary,
    complete: full !== undefined,
    isPending: first.isPending || countsPending,
    error: first.error ?? all.error,
    refetch: () => {
      void first.refetch();
      void all.refetch();
    },
  };
}
