import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export interface EndpointOption {
  id: number;
  name: string;
}

/** Endpoints to pick a rule's scope from (GET /api/v1/endpoints); empty when that list is unavailable. */
export const listEndpointOptions = (signal?: AbortSignal) =>
  apiFetch<{ endpoints?: EndpointOption[] }>('/api/v1/endpoints?limit=500', { signal })
    .then((r) => (r.endpoints ?? []).map(({ id, name }) => ({ id, name })))
    .catch(() => [] as EndpointOption[]);

export const useEndpointOptions = () =>
  useQuery({ queryKey: ['alerts', 'endpoint-options'], queryFn: ({ signal }) => listEndpointOptions(signal) });
