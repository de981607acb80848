import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { PublicTarget } from './types';

export const getPublicStatus = (signal?: AbortSignal) =>
  apiFetch<{ targets: PublicTarget[] }>('/api/status', { signal }).then((body) => body.targets);

/** The collector updates every minute or so; polling a little faster keeps the page current. */
export const publicStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['targets', 'status'],
    queryFn: ({ signal }) => getPublicStatus(signal),
    refetchInterval: 5_000,
  });

export const usePublicStatus = (enabled = true) => useQuery({ ...publicStatusQueryOptions(), enabled });
