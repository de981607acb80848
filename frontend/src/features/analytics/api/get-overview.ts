import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { OverviewRow, Period } from './types';

export const getOverview = (period: Period, signal?: AbortSignal) =>
  apiFetch<{ period: string; endpoints: OverviewRow[] }>(`/api/v1/stats/overview?period=${period}`, { signal });

export const overviewQueryOptions = (period: Period = '24h') =>
  queryOptions({
    queryKey: ['analytics', 'overview', { period }],
    queryFn: ({ signal }) => getOverview(period, signal),
    refetchInterval: 60_000,
  });

export const useOverview = (period: Period = '24h', enabled = true) =>
  useQuery({ ...overviewQueryOptions(period), enabled });
