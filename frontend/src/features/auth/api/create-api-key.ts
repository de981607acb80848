import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CreatedApiKey, Role } from '../types';

export interface CreateApiKeyInput {
  name: string;
  role?: Role;
  expires_at?: string | null;
  scopes?: ('api' | 'usage')[];
}

export const createApiKey = (input: CreateApiKeyInput) => apiFetch<CreatedApiKey>('/api/v1/api-keys', { body: input });

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth', 'api-keys'] }),
  });
}
