import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export const getAuthStatus = (signal?: AbortSignal) =>
  apiFetch<{ setup_required: boolean }>('/api/v1/auth/status', { signal, auth: false });

export const authStatusQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'status'], queryFn: ({ signal }) => getAuthStatus(signal), staleTime: 60_000 });

export const useAuthStatus = () => useQuery(authStatusQueryOptions());
