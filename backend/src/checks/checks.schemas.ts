import { z } from 'zod';
import { ValidationFailed } from '../common/errors.js';
import type { CheckResult, StoredCheckResult } from './check-result.js';
import { HTTP_METHODS, type CheckTarget } from './check-target.js';

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

const assertionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('body_contains'), value: z.string().min(1).max(1000) }),
  z.object({
    type: z.literal('body_matches'),
    pattern: z.string().min(1).max(1000),
    flags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
  }),
  z.object({
    type: z.literal('json_path'),
    path: z.string().min(1).max(500),
    op: z.enum(['equals', 'exists', 'one_of']),
    value: z.unknown().optional(),
    values: z.array(z.unknown()).max(50).optional(),
  }),
  z.object({
    type: z.literal('header'),
    name: z.string().min(1).max(200),
    op: z.enum(['equals', 'matches']),
    value: z.string().max(1000),
  }),
  z.object({ type: z.literal('response_time_below'), ms: z.number().int().min(1).max(600_000) }),
]);

/**
 * The part of an endpoint body a dry run needs (the endpoints module validates the full body when it
 * is saved; unknown fields such as name or interval are ignored here).
 */
export const dryRunBody = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an absolute http or https URL' }).max(2048),
  method: z.enum(HTTP_METHODS).default('GET'),
  headers: z
    .array(
      z.object({
        name: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a valid header name'),
        value: z.string().max(8192),
        secret: z.boolean().optional(),
      }),
    )
    .max(50)
    .default([]),
  body: z.string().max(65_536).nullable().default(null),
  content_type: z.string().max(200).nullable().default(null),
  timeout: z.number().min(0.1).max(60).default(10),
  expected_status: z
    .array(z.union([z.number().int().min(100).max(599), z.string().regex(/^\d{3}(-\d{3})?$/)]))
    .max(50)
    .default(['200-399']),
  assertions: z.array(assertionSchema).max(50).default([]),
  health_body: z.boolean().default(false),
  degraded_above_ms: z.number().int().positive().nullable().default(null),
  follow_redirects: z.boolean().default(true),
  verify_tls: z.boolean().default(true),
});

export function dryRunTarget(body: z.output<typeof dryRunBody>): CheckTarget {
  return {
    url: body.url,
    method: body.method,
    headers: body.headers.map((h) => ({ name: h.name, value: h.value })),
    body: body.body,
    contentType: body.content_type,
    timeoutMs: Math.round(body.timeout * 1000),
    expectedStatus: body.expected_status,
    assertions: body.assertions as CheckTarget['assertions'],
    healthBody: body.health_body,
    retries: 0,
    degradedAboveMs: body.degraded_above_ms,
    followRedirects: body.follow_redirects,
    verifyTls: body.verify_tls,
  };
}

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
