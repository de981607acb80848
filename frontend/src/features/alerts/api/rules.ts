import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { AlertRule, RuleBody } from './types';

export const listRules = (filter: { endpointId?: number }, signal?: AbortSignal) =>
  apiFetch<{ items: AlertRule[] }>(
    `/api/v1/alert-rules${filter.endpointId === undefined ? '' : `?endpoint_id=${filter.endpointId}`}`,
    { signal },
  ).then((r) => r.items);

export const rulesQueryOptions = (filter: { endpointId?: number } = {}) =>
  queryOptions({ queryKey: ['alerts', 'rules', filter], queryFn: ({ signal }) => listRules(filter, signal) });

export const useRules = (filter: { endpointId?: number } = {}) => useQuery(rulesQueryOptions(filter));

export const useRule = (id: number | undefined) =>
  useQuery({
    queryKey: ['alerts', 'rules', 'one', id],
    queryFn: ({ signal }) => apiFetch<AlertRule>(`/api/v1/alert-rules/${id}`, { signal }),
    enabled: id !== undefined,
  });

export function useSaveRule(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleBody) =>
      apiFetch<AlertRule>(id === undefined ? '/api/v1/alert-rules' : `/api/v1/alert-rules/${id}`, {
        method: id === undefined ? 'POST' : 'PUT',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alerts', 'rules'] }),
  });
}

export function useDeleteRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>(`/api/v1/alert-rules/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alerts', 'rules'] }),
  });
}
