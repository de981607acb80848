import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { UsageTag } from './types';

export const listUsageTags = (signal?: AbortSignal) =>
  apiFetch<{ data: UsageTag[] }>('/api/v1/usage/tags', { signal }).then((r) => r.data);

// Counts change whenever a service pings: refresh on a short cycle.
export const usageTagsQueryOptions = () =>
  queryOptions({
    queryKey: ['usage', 'tags'],
    queryFn: ({ signal }) => listUsageTags(signal),
    refetchInterval: 5_000,
  });

export const useUsageTags = () => useQuery(usageTagsQueryOptions());
