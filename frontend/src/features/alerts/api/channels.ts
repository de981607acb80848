import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { AlertChannel, ChannelBody, TestResult } from './types';

export const listChannels = (signal?: AbortSignal) =>
  apiFetch<{ items: AlertChannel[] }>('/api/v1/alert-channels', { signal }).then((r) => r.items);

export const channelsQueryOptions = () =>
  queryOptions({ queryKey: ['alerts', 'channels'], queryFn: ({ signal }) => listChannels(signal) });

export const useChannels = () => useQuery(channelsQueryOptions());

export const getChannel = (id: number, signal?: AbortSignal) =>
  apiFetch<AlertChannel>(`/api/v1/alert-channels/${id}`, { signal });

export const useChannel = (id: number | undefined) =>
  useQuery({
    queryKey: ['alerts', 'channels', id],
    queryFn: ({ signal }) => getChannel(id!, signal),
    enabled: id !== undefined,
  });

/** Creates (no id) or replaces (id) a channel; invalidates the channel queries. */
export function useSaveChannel(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChannelBody) =>
      apiFetch<AlertChannel>(id === undefined ? '/api/v1/alert-channels' : `/api/v1/alert-channels/${id}`, {
        method: id === undefined ? 'POST' : 'PUT',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alerts', 'channels'] }),
  });
}

export function useDeleteChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>(`/api/v1/alert-channels/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['alerts'] }),
  });
}

export const useTestChannel = () =>
  useMutation({
    mutationFn: (id: number) => apiFetch<TestResult>(`/api/v1/alert-channels/${id}/test`, { method: 'POST', body: {} }),
  });
