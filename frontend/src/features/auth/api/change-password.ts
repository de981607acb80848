import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { TokenResponse } from '../types';
import { startSession } from './session';

export interface ChangePasswordInput {
  current_password: string;
  new_password: string;
}

/** The server ends every session of the user and answers with a new one for this browser. */
export const changePassword = (input: ChangePasswordInput) =>
  apiFetch<TokenResponse>('/api/v1/auth/me/password', { body: input });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: (res) => startSession(queryClient, res) });
}
