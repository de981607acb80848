import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { StatusTotalsWire } from '@/types/api';

export interface StatsSummary {
  totals: StatusTotalsWire;
  uptime_24h: number | null;
  average_latency_ms_1h: number | null;
  open_incidents: number;
  recent_failures: {
    endpoint_id: number;
    endpoint_name: string;
    checked_at: string;
    status_code: number | null;
    error_kind: string | null;
    error_message: string | null;
  }[];
}

export const getSummary = (signal?: AbortSignal) => apiFetch<StatsSummary>('/api/v1/stats/summary', { signal });

export const summaryQueryOptions = () =>
  queryOptions({
    queryKey: ['analytics', 'summary'],
    queryFn: ({ signal }) => getSummary(signal),
    refetchInterval: 30_000,
  });

export const useSummary = () => useQuery(summaryQueryOptions());
