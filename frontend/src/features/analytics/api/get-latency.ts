import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { LatencySeries, Period } from './types';

export const getLatency = (endpointId: number, period: Period, signal?: AbortSignal) =>
  apiFetch<LatencySeries>(`/api/v1/stats/latency/${endpointId}?period=${period}`, { signal });

export const latencyQueryOptions = (endpointId: number, period: Period) =>
  queryOptions({
    queryKey: ['analytics', 'latency', { endpointId, period }],
    queryFn: ({ signal }) => getLatency(endpointId, period, signal),
    refetchInterval: 60_000,
  });

export const useLatency = (endpointId: number, period: Period) => useQuery(latencyQueryOptions(endpointId, period));
