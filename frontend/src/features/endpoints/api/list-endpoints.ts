import { keepPreviousData, queryOptions, useQueries } from '@tanstack/react-query';
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
    queryFn: ({ signal }) => listEndpoints(endpointsApiQuery(filters, page * PAGE_SIZE, PAGE_SIZE), signal),
    placeholderData: keepPreviousData,
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

/** Largest page we ask for when loading every endpoint; the server may answer with fewer. */
const ALL_PAGE = 500;
const PARALLEL = 4;

/** Every endpoint, for the dashboard's exact counts and averages: first page, then the rest in parallel. */
export async function listAllEndpoints(signal?: AbortSignal): Promise<EndpointListWire> {
  const first = await listEndpoints(endpointsApiQuery({ sort: 'name' }, 0, ALL_PAGE), signal);
  const size = first.endpoints.length;
  if (size === 0 || size >= first.total) return first;
  const offsets: number[] = [];
  for (let offset = size; offset < first.total; offset += size) offsets.push(offset);
  const rest: EndpointListWire['endpoints'][] = [];
  for (let i = 0; i < offsets.length; i += PARALLEL) {
    const batch = await Promise.all(
      offsets.slice(i, i + PARALLEL).map((o) => listEndpoints(endpointsApiQuery({ sort: 'name' }, o, size), signal)),
    );
    rest.push(...batch.map((b) => b.endpoints));
  }
  const endpoints = first.endpoints.concat(...rest);
  return { endpoints, total: endpoints.length };
}

export const allEndpointsQueryOptions = () =>
  queryOptions({ queryKey: ['endpoints', 'all'], queryFn: ({ signal }) => listAllEndpoints(signal) });

/** Tags in use, for the filter's choices (from the first pages; the server has no tag list route). */
export function tagsOf(data: EndpointListWire | undefined): string[] {
  return [...new Set(data?.endpoints.flatMap((e) => e.tags ?? []) ?? [])].sort();
}
