import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, requestHeaders, toApiError } from '@/lib/api-client';
import type { SlaRow } from './types';

export const getSla = (month: string, signal?: AbortSignal) =>
  apiFetch<{ period: string; from: string; to: string; endpoints: SlaRow[] }>(`/api/v1/reports/sla?month=${month}`, {
    signal,
  });

export const slaQueryOptions = (month: string) =>
  queryOptions({ queryKey: ['analytics', 'sla', { month }], queryFn: ({ signal }) => getSla(month, signal) });

export const useSla = (month: string) => useQuery(slaQueryOptions(month));

/** The server's CSV of the report (the same request a script makes with Accept: text/csv). */
export async function downloadSlaCsv(month: string): Promise<Blob> {
  const res = await fetch(`/api/v1/reports/sla?month=${month}`, {
    headers: requestHeaders('text/csv'),
    credentials: 'same-origin',
  });
  if (!res.ok) throw toApiError(res.status, await res.json().catch(() => undefined));
  return res.blob();
}
