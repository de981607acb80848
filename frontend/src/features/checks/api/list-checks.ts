import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckListWire } from '@/types/api';

export const listChecks = (endpointId: number, limit: number, before?: string | null, signal?: AbortSignal) => {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  return apiFetch<CheckListWire>(`/api/v1/endpoints/${endpointId}/checks?${query}`, { signal });
};

/**
 * One endpoint's checks, newest first, `limit` per page; older pages follow the server's opaque
 * `next_before` cursor. The key starts with the domain and the id, so a live check invalidates it;
 * a refetch then reloads every loaded page from the newest, following the new cursors (no gaps).
 */
export const checksInfiniteQueryOptions = (endpointId: number, limit = 50) =>
  infiniteQueryOptions({
    queryKey: ['checks', endpointId, { limit }],
    queryFn: ({ signal, pageParam }) => listChecks(endpointId, limit, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_before,
  });

export const useChecks = (endpointId: number, limit = 50) =>
  useInfiniteQuery(checksInfiniteQueryOptions(endpointId, limit));
