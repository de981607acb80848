import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { DailyUptime } from './types';

export const getDaily = (endpointId: number, days: number, signal?: AbortSignal) =>
  apiFetch<{ endpoint_id: number; days: DailyUptime[] }>(`/api/v1/stats/daily/${endpointId}?days=${days}`, { signal });

export const dailyQueryOptions = (endpointId: number, days = 90) =>
  queryOptions({
    queryKey: ['analytics', 'daily', { endpointId, days }],
    queryFn: ({ signal }) => getDaily(endpointId, days, signal),
  });

export const useDaily = (endpointId: number, days = 90) => useQuery(dailyQueryOptions(endpointId, days));
