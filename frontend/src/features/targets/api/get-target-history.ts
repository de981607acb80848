import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { ServiceHistory } from './types';

export const getTargetHistory = (target: string, signal?: AbortSignal) =>
  apiFetch<{ items: ServiceHistory[] }>(`/api/v1/targets/${encodeURIComponent(target)}/history`, { signal }).then(
    (body) => body.items,
  );

export const targetHistoryQueryOptions = (target: string) =>
  queryOptions({
    queryKey: ['targets', 'history', target],
    queryFn: ({ signal }) => getTargetHistory(target, signal),
    refetchInterval: 30_000,
  });

export const useTargetHistory = (target: string) => useQuery(targetHistoryQueryOptions(target));
