import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { TokenResponse } from '../types';
import { startSession } from './session';

export interface LoginInput {
  email: string;
  password: string;
}

export const login = (input: LoginInput) => apiFetch<TokenResponse>('/api/v1/auth/login', { body: input, auth: false });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: (res) => startSession(queryClient, res) });
}
