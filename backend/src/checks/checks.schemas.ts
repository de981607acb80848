import { z } from 'zod';
import { ValidationFailed } from '../common/errors.js';
import type { CheckResult, StoredCheckResult } from './check-result.js';

export const endpointIdParam = z.coerce.number().int().positive({ message: 'must be a positive integer' });

export const listChecksQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.string().min(1).optional(),
  from: z.iso
    .datetime({ offset: true, message: 'must be an ISO-8601 date-time' })
    .transform((v) => new Date(v))
    .optional(),
  to: z.iso
    .datetime({ offset: true, message: 'must be an ISO-8601 date-time' })
    .transform((v) => new Date(v))
    .optional(),
});

/** `next_before` is opaque to clients: the (checked_at, id) of the last row of the page. */
export function encodeCursor(result: Pick<StoredCheckResult, 'checkedAt' | 'id'>): string {
  return Buffer.from(`${result.checkedAt.toISOString()}|${result.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { checkedAt: Date; id: number } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const checkedAt = new Date(iso ?? '');
  if (!iso || Number.isNaN(checkedAt.getTime()) || !/^\d+$/.test(id ?? '')) {
    throw new ValidationFailed([{ field: 'before', message: 'is not a cursor returned as next_before' }]);
  }
  return { checkedAt, id: Number(id) };
}

/** `?endpoint_id=` on a dry run: fill masked secret headers from that stored endpoint (the edit form). */
export const dryRunQuery = z.object({ endpoint_id: endpointIdParam.optional() });

/** The snake_case wire form of a check result. */
export function toCheckWire(result: CheckResult & Partial<Pick<StoredCheckResult, 'id' | 'endpointId'>>) {
  return {
    ...(result.id !== undefined ? { id: result.id, endpoint_id: result.endpointId } : {}),
    checked_at: result.checkedAt.toISOString(),
    ok: result.ok,
    degraded: result.degraded,
    status_code: result.statusCode,
    latency_ms: result.latencyMs,
    dns_ms: result.dnsMs,
    connect_ms: result.connectMs,
    tls_ms: result.tlsMs,
    ttfb_ms: result.ttfbMs,
    size_bytes: result.sizeBytes,
    error_kind: result.errorKind,
    error_message: result.errorMessage,
    attempts: result.attempts,
    cert_expires_at: result.certExpiresAt?.toISOString() ?? null,
    details: result.details,
  };
}
