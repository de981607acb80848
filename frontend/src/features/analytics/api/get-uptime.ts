import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Period, UptimeStats } from './types';

export const getUptime = (endpointId: number, period: Period, signal?: AbortSignal) =>
  apiFetch<UptimeStats>(`/api/v1/stats/uptime/${endpointId}?period=${period}`, { signal });

export const uptimeQueryOptions = (endpointId: number, period: Period) =>
  queryOptions({
    queryKey: ['analytics', 'uptime', { endpointId, period }],
    queryFn: ({ signal }) => getUptime(endpointId, period, signal),
    refetchInterval: 60_000,
  });

export const useUptime = (endpointId: number, period: Period) => useQuery(uptimeQueryOptions(endpointId, period));
