import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Incident } from './types';

export interface IncidentsFilter {
  endpointId?: number;
  open?: boolean;
  limit?: number;
}

export const getIncidents = (filter: IncidentsFilter, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  if (filter.endpointId !== undefined) params.set('endpoint_id', String(filter.endpointId));
  if (filter.open !== undefined) params.set('open', String(filter.open));
  params.set('limit', String(filter.limit ?? 100));
  return apiFetch<{ incidents: Incident[]; total: number }>(`/api/v1/incidents?${params}`, { signal });
};

export const incidentsQueryOptions = (filter: IncidentsFilter) =>
  queryOptions({
    queryKey: ['analytics', 'incidents', filter],
    queryFn: ({ signal }) => getIncidents(filter, signal),
    refetchInterval: 30_000,
  });

export const useIncidents = (filter: IncidentsFilter, enabled = true) =>
  useQuery({ ...incidentsQueryOptions(filter), enabled });
