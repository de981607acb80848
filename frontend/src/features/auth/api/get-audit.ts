import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { AuditEntry } from '../types';

export interface AuditQuery {
  actor?: string;
  entity?: string;
  from?: string;
  before?: number;
}

export const getAudit = (query: AuditQuery, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const qs = params.toString();
  return apiFetch<{ items: AuditEntry[]; next_before: number | null }>(`/api/v1/audit${qs ? `?${qs}` : ''}`, {
    signal,
  });
};

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({ queryKey: ['auth', 'audit', query], queryFn: ({ signal }) => getAudit(query, signal) });

export const useAudit = (query: AuditQuery) => useQuery(auditQueryOptions(query));
