import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { MaintenanceInput, MaintenanceWindow } from './types';

export const getMaintenance = (signal?: AbortSignal) =>
  apiFetch<{ maintenance: MaintenanceWindow[]; total: number }>('/api/v1/maintenance', { signal });

export const maintenanceQueryOptions = () =>
  queryOptions({ queryKey: ['analytics', 'maintenance'], queryFn: ({ signal }) => getMaintenance(signal) });

export const useMaintenance = () => useQuery(maintenanceQueryOptions());

/** Create (no id) or update (id) a window; invalidates the list and every uptime figure it changes. */
export function useSaveMaintenance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: MaintenanceInput }) =>
      apiFetch<MaintenanceWindow>(id === undefined ? '/api/v1/maintenance' : `/api/v1/maintenance/${id}`, {
        method: id === undefined ? 'POST' : 'PUT',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['analytics'] }),
  });
}

export function useDeleteMaintenance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>(`/api/v1/maintenance/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['analytics'] }),
  });
}
