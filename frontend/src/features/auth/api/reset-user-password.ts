import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { UserWithInvite } from '../types';

/** No password: the server answers a one-time link for the user to choose one. */
export const resetUserPassword = ({ id, password }: { id: number; password?: string }) =>
  apiFetch<UserWithInvite>(`/api/v1/users/${id}/reset-password`, { body: password ? { password } : {} });

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'users'] }),
  });
}
