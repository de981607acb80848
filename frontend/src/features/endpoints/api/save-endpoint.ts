import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { EndpointInputWire, EndpointWire } from '@/types/api';

export const createEndpoint = (body: EndpointInputWire) =>
  apiFetch<EndpointWire>('/api/v1/endpoints', { method: 'POST', body });

export const updateEndpoint = (id: number, body: EndpointInputWire) =>
  apiFetch<EndpointWire>(`/api/v1/endpoints/${id}`, { method: 'PUT', body });

/** Creates (no id) or replaces (id) an endpoint; every endpoints query is stale afterwards. */
export function useSaveEndpoint(id?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointInputWire) => (id === undefined ? createEndpoint(body) : updateEndpoint(id, body)),
    onSuccess: (saved) => {
      queryClient.setQueryData(['endpoints', 'detail', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: ['endpoints'] });
    },
  });
}
