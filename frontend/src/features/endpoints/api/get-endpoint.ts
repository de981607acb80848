import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { EndpointWire } from '@/types/api';

export const getEndpoint = (id: number, signal?: AbortSignal) =>
  apiFetch<EndpointWire>(`/api/v1/endpoints/${id}`, { signal });

export const endpointQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['endpoints', 'detail', id], queryFn: ({ signal }) => getEndpoint(id, signal) });

export const useEndpoint = (id: number) => useQuery(endpointQueryOptions(id));
