import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export const getAuthStatus = (signal?: AbortSignal) =>
  apiFetch<{ setup_required: boolean }>('/api/v1/auth/status', { signal, auth: false });

export const authStatusQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'status'], queryFn: ({ signal }) => getAuthStatus(signal), staleTime: 60_000 });

/** `enabled` false: not asked (a signed-in page needs no first-run status). */
export const useAuthStatus = (enabled = true) => useQuery({ ...authStatusQueryOptions(), enabled });
