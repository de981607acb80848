import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { UsageBucket, UsageSeriesResponse } from './types';

export const getUsageSeries = (id: number, bucket: UsageBucket, signal?: AbortSignal) =>
  apiFetch<UsageSeriesResponse>(`/api/v1/usage/tags/${id}/series?bucket=${bucket}`, { signal });

export const usageSeriesQueryOptions = (id: number, bucket: UsageBucket) =>
  queryOptions({
    queryKey: ['usage', 'series', { id, bucket }],
    queryFn: ({ signal }) => getUsageSeries(id, bucket, signal),
    refetchInterval: 5_000,
  });

export const useUsageSeries = (id: number, bucket: UsageBucket) => useQuery(usageSeriesQueryOptions(id, bucket));
