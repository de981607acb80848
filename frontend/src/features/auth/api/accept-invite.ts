import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { TokenResponse } from '../types';
import { startSession } from './session';

export const acceptInvite = (input: { token: string; password: string }) =>
  apiFetch<TokenResponse>('/api/v1/auth/accept-invite', { body: input, auth: false });

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptInvite, onSuccess: (res) => startSession(queryClient, res) });
}
