import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { ApiKey } from '../types';

export const getApiKeys = (signal?: AbortSignal) => apiFetch<{ items: ApiKey[] }>('/api/v1/api-keys', { signal });

export const apiKeysQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'api-keys'], queryFn: ({ signal }) => getApiKeys(signal) });

export const useApiKeys = () => useQuery(apiKeysQueryOptions());
