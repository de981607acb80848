import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { OverviewRow, Period } from './types';

export interface Overview {
  period: string;
  /** Every endpoint, whatever `limit` returned. */
  total: number;
  endpoints: OverviewRow[];
}

/** With `limit`, the server answers only the `limit` endpoints with the lowest uptime. */
export const getOverview = (period: Period, limit?: number, signal?: AbortSignal) =>
  apiFetch<Overview>(`/api/v1/stats/overview?period=${period}${limit === undefined ? '' : `&limit=${limit}`}`, {
    signal,
  });

export const overviewQueryOptions = (period: Period = '24h', limit?: number) =>
  queryOptions({
    queryKey: ['analytics', 'overview', { period, limit }],
    queryFn: ({ signal }) => getOverview(period, limit, signal),
    refetchInterval: 60_000,
  });

/** Switching `limit` keeps the rows shown until the new answer is in. */
export const useOverview = (period: Period = '24h', enabled = true, limit?: number) =>
  useQuery({ ...overviewQueryOptions(period, limit), enabled, placeholderData: keepPreviousData });
