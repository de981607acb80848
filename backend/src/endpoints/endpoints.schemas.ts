import { z } from 'zod';
import { HTTP_METHODS, type Assertion, type HttpMethod } from '../checks/check-target.js';
import { MASK } from '../common/secret-box.js';
import { ENDPOINT_STATUSES, type EndpointRow } from '../db/schema.js';
import { DEFAULT_EXPECTED_STATUS } from './expected-status.js';
import { assertion, bool, expectedStatus, header, int, problem, text, url } from './field-schemas.js';

/**
 * The wire format of an endpoint definition (snake_case, what the API and the YAML file accept) and
 * its mapping to the domain's EndpointDefinition (camelCase, units in names).
 */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_HEADERS = 50;
export const DEFAULT_GRACE_SECONDS = 300;

/** Each field on its own (no defaults), so that a PATCH and the cross-field rules can reuse them. */
export const endpointFields = {
  kind: z.enum(['http', 'push'], { error: 'must be http or push' }),
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
  description: text(2000).nullable(),
  url: url.nullable(),
  method: z.enum(HTTP_METHODS, { error: `must be one of ${HTTP_METHODS.join(', ')}` }),
  headers: z.array(header, { error: 'must be a list' }).max(MAX_HEADERS, `must have at most ${MAX_HEADERS} headers`),
  body: z
    .string({ error: 'must be a string' })
    .refine((b) => Buffer.byteLength(b) <= MAX_BODY_BYTES, `must be at most ${MAX_BODY_BYTES} bytes (64 KiB)`)
    .nullable(),
  content_type: text(255)
    .regex(/^[^\r\n]*$/, 'must not contain line breaks')
    .nullable(),
  interval: int(5, 86_400),
  timeout: z.number({ error: 'must be a number' }).min(0.1, 'must be at least 0.1').max(60, 'must be at most 60'),
  expected_status: expectedStatus,
  assertions: z.array(assertion, { error: 'must be a list' }).max(50, 'must have at most 50 assertions'),
  health_body: bool(),
  retries: int(0, 5),
  failure_threshold: int(1, 100),
  success_threshold: int(1, 100),
  degraded_above_ms: int(1, 600_000).nullable(),
  follow_redirects: bool(),
  verify_tls: bool(),
  tags: z
    .array(
      z
        .string({ error: 'must be a string' })
        .trim()
        .min(1, 'must not be empty')
        .max(50, 'must be at most 50 characters'),
      {
        error: 'must be a list',
      },
    )
    .max(50, 'must have at most 50 tags')
    .transform((tags) => [...new Set(tags)]),
  is_active: bool(),
  sla_target: z
    .number({ error: 'must be a number' })
    .min(0, 'must be at least 0')
    .max(100, 'must be at most 100')
    .nullable(),
  period_seconds: int(5, 31_622_400).nullable(),
  cron: text(200).min(1, 'must not be empty').nullable(),
  timezone: text(100)
    .superRefine(problem((tz) => (isTimeZone(tz) ? null : 'is not a known time zone (e.g. Europe/Berlin, UTC)')))
    .nullable(),
  grace_seconds: int(0, 604_800).nullable(),
};

type Fields = typeof endpointFields;
export type EndpointBody = { [K in keyof Fields]: z.output<Fields[K]> };
/** What a client may send: every field optional (create fills defaults, PATCH merges onto the row). */
export type EndpointBodyInput = Partial<{ [K in keyof Fields]: z.input<Fields[K]> }>;

export const ENDPOINT_DEFAULTS: Omit<EndpointBody, 'name'> = {
  kind: 'http',
  description: null,
  url: null,
  method: 'GET',
  headers: [],
  body: null,
  content_type: null,
  interval: 60,
  timeout: 10,
  expected_status: DEFAULT_EXPECTED_STATUS,
  assertions: [],
  health_body: false,
  retries: 1,
  failure_threshold: 1,
  success_threshold: 1,
  degraded_above_ms: null,
  follow_redirects: true,
  verify_tls: true,
  tags: [],
  is_active: true,
  sla_target: null,
  period_seconds: null,
  cron: null,
  timezone: null,
  grace_seconds: null,
};

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Query of GET /endpoints. */
export const SORT_KEYS = ['name', 'status', 'last_checked_at', 'latency', 'created_at'] as const;
export type EndpointSortKey = (typeof SORT_KEYS)[number];
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const listQuerySchema = z.object({
  limit: z.coerce.number({ error: 'must be a number' }).pipe(int(1, 500)).default(50),
  offset: z.coerce.number({ error: 'must be a number' }).pipe(int(0, 10_000_000)).default(0),
  status: listOf(z.enum(ENDPOINT_STATUSES, { error: `must be one of ${ENDPOINT_STATUSES.join(', ')}` })).optional(),
  tag: listOf(z.string().max(50)).optional(),
  kind: z.enum(['http', 'push'], { error: 'must be http or push' }).optional(),
  q: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .transform((q) => q || undefined)
    .optional(),
  sort: z
    .string()
    .regex(
      new RegExp(`^-?(${SORT_KEYS.join('|')})$`),
      `must be one of ${SORT_KEYS.join(', ')}, optionally prefixed by -`,
    )
    .transform((s) => ({ key: s.replace(/^-/, '') as EndpointSortKey, descending: s.startsWith('-') }))
    .default({ key: 'name', descending: false }),
});
export type ListQuery = z.output<typeof listQuerySchema>;

export const idParamSchema = z.object({
  id: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be positive')
    .max(Number.MAX_SAFE_INTEGER),
});

/** The stored row in the wire format; secret header values are masked, never decrypted here. */
export function toEndpointWire(row: EndpointRow, pingUrl: string | null) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    url: row.url,
    method: row.method,
    headers: row.headers.map((h) => ({ name: h.name, value: h.secret ? MASK : h.value, secret: h.secret })),
    body: row.body,
    content_type: row.contentType,
    interval: row.intervalSeconds,
    timeout: row.timeoutMs / 1000,
    expected_status: row.expectedStatus,
    assertions: row.assertions,
    health_body: row.healthBody,
    retries: row.retries,
    failure_threshold: row.failureThreshold,
    success_threshold: row.successThreshold,
    degraded_above_ms: row.degradedAboveMs,
    follow_redirects: row.followRedirects,
    verify_tls: row.verifyTls,
    tags: row.tags,
    is_active: row.isActive,
    sla_target: row.slaTarget,
    period_seconds: row.periodSeconds,
    cron: row.cron,
    timezone: row.timezone,
    grace_seconds: row.graceSeconds,
    ping_url: pingUrl,
    last_ping_at: row.lastPingAt?.toISOString() ?? null,
    managed_by: row.managedBy,
    status: row.status,
    status_since: row.statusSince.toISOString(),
    last_checked_at: row.lastCheckedAt?.toISOString() ?? null,
    last_latency_ms: row.lastLatencyMs,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
export type EndpointWire = ReturnType<typeof toEndpointWire>;

/** The editable fields of a stored row as a body, so a PATCH can be merged onto it and re-validated. */
export function rowToBody(row: EndpointRow): EndpointBodyInput {
  const {
    id: _id,
    ping_url: _p,
    last_ping_at: _l,
    managed_by: _m,
    status: _s,
    status_since: _ss,
    last_checked_at: _c,
    last_latency_ms: _ll,
    created_at: _ca,
    updated_at: _u,
    ...body
  } = toEndpointWire(row, null);
  return { ...body, method: row.method as HttpMethod, assertions: row.assertions as Assertion[] };
}
