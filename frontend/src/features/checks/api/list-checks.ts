import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckListWire } from '@/types/api';

export const listChecks = (endpointId: number, limit: number, signal?: AbortSignal) =>
  apiFetch<CheckListWire>(`/api/v1/endpoints/${endpointId}/checks?limit=${limit}`, { signal });

/** The newest `limit` checks of one endpoint (key starts with the domain and the id, for invalidation). */
export const checksQueryOptions = (endpointId: number, limit = 50) =>
  queryOptions({
    queryKey: ['checks', endpointId, { limit }],
    queryFn: ({ signal }) => listChecks(endpointId, limit, signal),
  });

export const useChecks = (endpointId: number, limit = 50) => useQuery(checksQueryOptions(endpointId, limit));
