import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { TokenResponse } from '../types';
import { startSession } from './session';

export interface SetupInput {
  email: string;
  name: string;
  password: string;
}

export const setup = (input: SetupInput) => apiFetch<TokenResponse>('/api/v1/auth/setup', { body: input, auth: false });

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setup, onSuccess: (res) => startSession(queryClient, res) });
}
