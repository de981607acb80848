import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { User } from '../types';

export const getUsers = (signal?: AbortSignal) => apiFetch<{ items: User[] }>('/api/v1/users', { signal });

export const usersQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'users'], queryFn: ({ signal }) => getUsers(signal) });

export const useUsers = () => useQuery(usersQueryOptions());
