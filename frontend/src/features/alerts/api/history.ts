import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { AlertPage, AlertStatus } from './types';

export interface HistoryFilter {
  endpointId?: number;
  channelId?: number;
  status?: AlertStatus;
  beforeId?: number;
  limit?: number;
}

export function historyPath(f: HistoryFilter): string {
  const q = new URLSearchParams();
  if (f.endpointId !== undefined) q.set('endpoint_id', String(f.endpointId));
  if (f.channelId !== undefined) q.set('channel_id', String(f.channelId));
  if (f.status) q.set('status', f.status);
  if (f.beforeId !== undefined) q.set('before_id', String(f.beforeId));
  if (f.limit !== undefined) q.set('limit', String(f.limit));
  const qs = q.toString();
  return `/api/v1/alerts${qs ? `?${qs}` : ''}`;
}

export const historyQueryOptions = (filter: HistoryFilter) =>
  queryOptions({
    queryKey: ['alerts', 'history', filter],
    queryFn: ({ signal }) => apiFetch<AlertPage>(historyPath(filter), { signal }),
    placeholderData: keepPreviousData,
    // Deliveries move on by themselves (retries): keep the view current.
    refetchInterval: 5_000,
  });

export const useHistory = (filter: HistoryFilter) => useQuery(historyQueryOptions(filter));
