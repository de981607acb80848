import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Me } from '../types';

export const getMe = (signal?: AbortSignal) => apiFetch<Me>('/api/v1/auth/me', { signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });

export const useMe = (enabled = true) => useQuery({ ...meQueryOptions(), enabled });
