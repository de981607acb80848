import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export interface SystemInfo {
  version: string;
  database: 'embedded' | 'postgres';
  environment: string;
  installed_at: string;
  started_at: string;
}

export const getSystem = (signal?: AbortSignal) => apiFetch<SystemInfo>('/api/v1/system', { signal });

export const systemQueryOptions = () =>
  queryOptions({ queryKey: ['system', 'info'], queryFn: ({ signal }) => getSystem(signal) });

export const useSystem = (enabled = true) => useQuery({ ...systemQueryOptions(), enabled });
