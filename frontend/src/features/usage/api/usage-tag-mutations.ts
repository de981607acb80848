import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { UsageTag } from './types';

export interface CreateUsageTagInput {
  name: string;
  anonymous_updates: boolean;
}

export type UpdateUsageTagInput = Partial<Pick<UsageTag, 'name' | 'is_active' | 'anonymous_updates'>>;

export const createUsageTag = (input: CreateUsageTagInput) =>
  apiFetch<UsageTag>('/api/v1/usage/tags', { method: 'POST', body: input });

export const updateUsageTag = (id: number, input: UpdateUsageTagInput) =>
  apiFetch<UsageTag>(`/api/v1/usage/tags/${id}`, { method: 'PATCH', body: input });

export const deleteUsageTag = (id: number) => apiFetch<void>(`/api/v1/usage/tags/${id}`, { method: 'DELETE' });

/** Every usage mutation invalidates the whole ['usage'] key: lists and series. */
function useUsageMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['usage'] }) });
}

export const useCreateUsageTag = () => useUsageMutation(createUsageTag);
export const useUpdateUsageTag = () =>
  useUsageMutation(({ id, input }: { id: number; input: UpdateUsageTagInput }) => updateUsageTag(id, input));
export const useDeleteUsageTag = () => useUsageMutation(deleteUsageTag);
