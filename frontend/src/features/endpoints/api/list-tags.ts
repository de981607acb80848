import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export interface TagCountWire {
  tag: string;
  count: number;
}

export const listTags = (signal?: AbortSignal) =>
  apiFetch<{ tags: TagCountWire[] }>('/api/v1/endpoints/tags', { signal });

/** Every tag in use with its count, for the list's tag filter (key under 'endpoints': refreshed with them). */
export const tagsQueryOptions = () =>
  queryOptions({ queryKey: ['endpoints', 'tags'], queryFn: ({ signal }) => listTags(signal), staleTime: 60_000 });

export const useTags = () => useQuery(tagsQueryOptions());
