import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export interface Health {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}

export const getHealth = (signal?: AbortSignal) => apiFetch<Health>('/health', { signal, acceptStatus: [503] });

export const healthQueryOptions = () =>
  queryOptions({ queryKey: ['system', 'health'], queryFn: ({ signal }) => getHealth(signal), refetchInterval: 15_000 });

export const useHealth = (enabled = true) => useQuery({ ...healthQueryOptions(), enabled });
