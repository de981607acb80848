import { queryOptions, useQueries } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { EndpointListWire } from '@/types/api';
import { endpointsApiQuery, type EndpointFilters } from '../list-filters';

/** Rows per request of the list page; the virtualised table asks only for the pages on screen. */
export const PAGE_SIZE = 100;

export const listEndpoints = (query: string, signal?: AbortSignal) =>
  apiFetch<EndpointListWire>(`/api/v1/endpoints?${query}`, { signal });

export const endpointsPageQueryOptions = (filters: EndpointFilters, page: number) =>
  queryOptions({
    queryKey: ['endpoints', 'list', filters, page],
    // No placeholder data: a page's rows are its own or placeholders; the list keeps its size meanwhile.
    queryFn: ({ signal }) => listEndpoints(endpointsApiQuery(filters, page * PAGE_SIZE, PAGE_SIZE), signal),
  });

/**
 * The pages covering rows [first, last] of a filtered list (server-side paging with random access,
 * so dragging the scrollbar to row 19,000 loads that page, not the 190 before it).
 */
export function useEndpointPages(filters: EndpointFilters, first: number, last: number) {
  const pages: number[] = [];
  for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last) / PAGE_SIZE); p++) pages.push(p);
  return useQueries({
    queries: pages.map((page) => endpointsPageQueryOptions(filters, page)),
    combine: (results) => ({
      pages: new Map(pages.map((page, i) => [page, results[i]?.data])),
      total: results.find((r) => r.data)?.data?.total,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  });
}
