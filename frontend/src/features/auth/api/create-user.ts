import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Role, UserWithInvite } from '../types';

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  /** Omitted: the server returns a one-time invitation link. */
  password?: string;
}

export const createUser = (input: CreateUserInput) => apiFetch<UserWithInvite>('/api/v1/users', { body: input });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'users'] }),
  });
}
