import { ENDPOINT_STATUSES, type EndpointStatus } from '@/types/api';

export const SORTS = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  status: 'Status (problems first)',
  '-latency': 'Slowest first',
  latency: 'Fastest first',
  '-last_checked_at': 'Checked most recently',
  '-created_at': 'Newest first',
} as const;
export type EndpointSort = keyof typeof SORTS;
export const DEFAULT_SORT: EndpointSort = 'name';

/** What the endpoints list shows; all of it lives in the URL so it survives reloads and can be shared. */
export interface EndpointFilters {
  q: string;
  status: EndpointStatus | null;
  tag: string | null;
  sort: EndpointSort;
}

export function filtersFromSearch(params: URLSearchParams): EndpointFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    status: (ENDPOINT_STATUSES as readonly string[]).includes(status ?? '') ? (status as EndpointStatus) : null,
    tag: params.get('tag')?.trim() || null,
    sort: sort !== null && sort in SORTS ? (sort as EndpointSort) : DEFAULT_SORT,
  };
}

/** Only what differs from the defaults, in a stable order, so URLs stay short and comparable. */
export function filtersToSearch(filters: EndpointFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  return params;
}

/** The query string of GET /api/v1/endpoints for one page of a filtered list. */
export function endpointsApiQuery(filters: Partial<EndpointFilters>, offset: number, limit: number): string {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.sort) params.set('sort', filters.sort);
  return params.toString();
}
