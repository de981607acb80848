import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckResultWire, EndpointWire } from '@/types/api';

export const pauseEndpoint = (id: number) =>
  apiFetch<EndpointWire>(`/api/v1/endpoints/${id}/pause`, { method: 'POST', body: {} });
export const resumeEndpoint = (id: number) =>
  apiFetch<EndpointWire>(`/api/v1/endpoints/${id}/resume`, { method: 'POST', body: {} });
export const deleteEndpoint = (id: number) => apiFetch<void>(`/api/v1/endpoints/${id}`, { method: 'DELETE' });
export const checkEndpointNow = (id: number) =>
  apiFetch<CheckResultWire>(`/api/v1/endpoints/${id}/check`, { method: 'POST', body: {} });

/** Pause or resume; the answer (the endpoint) goes straight into the detail cache. */
export function usePauseResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, pause }: { id: number; pause: boolean }) => (pause ? pauseEndpoint(id) : resumeEndpoint(id)),
    onSuccess: (endpoint, { id }) => {
      if (endpoint && typeof endpoint === 'object') queryClient.setQueryData(['endpoints', 'detail', id], endpoint);
      return queryClient.invalidateQueries({ queryKey: ['endpoints'] });
    },
  });
}

export function useDeleteEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteEndpoint(id),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: ['endpoints', 'detail', id] });
      queryClient.removeQueries({ queryKey: ['checks', id] });
      return queryClient.invalidateQueries({ queryKey: ['endpoints'] });
    },
  });
}

/** Runs one check now; the stored result shows up in the endpoint's checks. */
export function useCheckNow(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => checkEndpointNow(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['checks', id] }),
        queryClient.invalidateQueries({ queryKey: ['endpoints', 'detail', id] }),
      ]),
  });
}
