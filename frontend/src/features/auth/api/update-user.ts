import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Role, User } from '../types';

export interface UpdateUserInput {
  id: number;
  name?: string;
  role?: Role;
  disabled?: boolean;
}

export const updateUser = ({ id, ...changes }: UpdateUserInput) =>
  apiFetch<User>(`/api/v1/users/${id}`, { method: 'PATCH', body: changes });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'users'] }),
  });
}
