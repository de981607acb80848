import { z } from 'zod';
import { HTTP_METHODS, type EndpointInputWire, type EndpointWire, type HttpMethod } from '@/types/api';
import { assertionFromWire, assertionSchema, assertionToWire, type AssertionFormValues } from './assertion-form';

/** The add/edit form as typed: strings for number inputs, so a half-typed value is never lost. */
export interface EndpointFormValues {
  kind: 'http' | 'push';
  name: string;
  description: string;
  url: string;
  method: HttpMethod;
  headers: { name: string; value: string; secret: boolean }[];
  body: string;
  contentType: string;
  intervalSeconds: string;
  timeoutSeconds: string;
  /** "200-299, 304" */
  expectedStatus: string;
  assertions: AssertionFormValues[];
  healthBody: boolean;
  retries: string;
  failureThreshold: string;
  successThreshold: string;
  degradedAboveMs: string;
  followRedirects: boolean;
  verifyTls: boolean;
  /** "prod, payments" */
  tags: string;
  isActive: boolean;
  /** Percent, optional. */
  slaTarget: string;
  schedule: 'period' | 'cron';
  periodSeconds: string;
  cron: string;
  timezone: string;
  graceSeconds: string;
}

export const defaultFormValues = (): EndpointFormValues => ({
  kind: 'http',
  name: '',
  description: '',
  url: '',
  method: 'GET',
  headers: [],
  body: '',
  contentType: '',
  intervalSeconds: '60',
  timeoutSeconds: '10',
  expectedStatus: '200-399',
  assertions: [],
  healthBody: false,
  retries: '1',
  failureThreshold: '1',
  successThreshold: '1',
  degradedAboveMs: '',
  followRedirects: true,
  verifyTls: true,
  tags: '',
  isActive: true,
  slaTarget: '',
  schedule: 'period',
  periodSeconds: '300',
  cron: '',
  timezone: 'UTC',
  graceSeconds: '300',
});

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const optionalNum = (text: string) => (text.trim() === '' ? null : Number(text));
const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** "200-299, 304" → ["200-299", 304]: single codes as numbers, ranges as strings (the wire form). */
export function parseExpectedStatus(text: string): (string | number)[] {
  return list(text).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/\s+/g, '')));
}

export function formToWire(v: EndpointFormValues): EndpointInputWire {
  const common = {
    kind: v.kind,
    name: v.name.trim(),
    description: v.description.trim() || null,
    tags: list(v.tags),
    is_active: v.isActive,
    sla_target: optionalNum(v.slaTarget),
  };
  if (v.kind === 'push') {
    return {
      ...common,
      period_seconds: v.schedule === 'period' ? num(v.periodSeconds) : null,
      cron: v.schedule === 'cron' ? v.cron.trim() : null,
      timezone: v.schedule === 'cron' ? v.timezone.trim() || 'UTC' : null,
      grace_seconds: num(v.graceSeconds),
    };
  }
  const hasBody = v.body !== '';
  return {
    ...common,
    url: v.url.trim(),
    method: v.method,
    headers: v.headers.map((h) => ({ name: h.name.trim(), value: h.value, secret: h.secret })),
    body: hasBody ? v.body : null,
    content_type: hasBody ? v.contentType.trim() || null : null,
    interval: num(v.intervalSeconds),
    timeout: num(v.timeoutSeconds),
    expected_status: parseExpectedStatus(v.expectedStatus),
    assertions: v.assertions.map(assertionToWire),
    health_body: v.healthBody,
    retries: num(v.retries),
    failure_threshold: num(v.failureThreshold),
    success_threshold: num(v.successThreshold),
    degraded_above_ms: optionalNum(v.degradedAboveMs),
    follow_redirects: v.followRedirects,
    verify_tls: v.verifyTls,
  };
}

export function wireToForm(e: EndpointWire): EndpointFormValues {
  const d = defaultFormValues();
  const str = (n: number | null | undefined, fallback: string) =>
    n === null || n === undefined ? fallback : String(n);
  return {
    ...d,
    kind: e.kind,
    name: e.name,
    description: e.description ?? '',
    url: e.url ?? '',
    method: e.method ?? 'GET',
    headers: (e.headers ?? []).map((h) => ({ name: h.name, value: h.value, secret: h.secret ?? false })),
    body: e.body ?? '',
    contentType: e.content_type ?? '',
    intervalSeconds: str(e.interval, d.intervalSeconds),
    timeoutSeconds: str(e.timeout, d.timeoutSeconds),
    expectedStatus: (e.expected_status ?? []).join(', ') || d.expectedStatus,
    assertions: (e.assertions ?? []).map(assertionFromWire),
    healthBody: e.health_body ?? false,
    retries: str(e.retries, d.retries),
    failureThreshold: str(e.failure_threshold, d.failureThreshold),
    successThreshold: str(e.success_threshold, d.successThreshold),
    degradedAboveMs: str(e.degraded_above_ms, ''),
    followRedirects: e.follow_redirects ?? true,
    verifyTls: e.verify_tls ?? true,
    tags: (e.tags ?? []).join(', '),
    isActive: e.is_active ?? true,
    slaTarget: str(e.sla_target, ''),
    schedule: e.cron ? 'cron' : 'period',
    periodSeconds: str(e.period_seconds, d.periodSeconds),
    cron: e.cron ?? '',
    timezone: e.timezone ?? d.timezone,
    graceSeconds: str(e.grace_seconds, d.graceSeconds),
  };
}

const int = (label: string) => z.number(`enter ${label}`).int('must be a whole number');

/** One code (100–599) or a range "200-299" with its bounds in order. */
const statusPart = z.union([
  int('a status code').min(100, 'must be 100–599').max(599, 'must be 100–599'),
  z
    .string()
    .regex(/^\d{3}-\d{3}$/, 'use codes like 200 or ranges like 200-299')
    .refine((r) => {
      const [lo, hi] = r.split('-').map(Number);
      return lo >= 100 && hi <= 599 && lo <= hi;
    }, 'range must be within 100–599, low to high'),
]);

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const bytes = (s: string) => new TextEncoder().encode(s).length;

const common = {
  name: z.string().min(1, 'is required').max(100, 'must be at most 100 characters'),
  description: z.string().max(2000, 'must be at most 2000 characters').nullable(),
  tags: z.array(z.string().max(50, 'each tag must be at most 50 characters')).max(50, 'at most 50 tags'),
  sla_target: z.number('enter a percentage').min(0, 'must be at least 0').max(100, 'must be at most 100').nullable(),
  is_active: z.boolean(),
};

const httpSchema = z
  .object({
    ...common,
    kind: z.literal('http'),
    url: z
      .string()
      .min(1, 'is required')
      .max(2048, 'must be at most 2048 characters')
      .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be an absolute http or https URL')
      .refine(
        (u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password),
        'must not contain credentials; use an Authorization header',
      ),
    method: z.enum(HTTP_METHODS),
    headers: z
      .array(
        z.object({
          name: z.string().regex(HEADER_NAME, 'is not a valid header name'),
          value: z.string().refine((s) => !/[\r\n]/.test(s), 'must not contain line breaks'),
          secret: z.boolean(),
        }),
      )
      .max(50, 'at most 50 headers'),
    body: z
      .string()
      .refine((s) => bytes(s) <= 65_536, 'must be at most 64 KiB')
      .nullable(),
    content_type: z.string().max(255).nullable(),
    interval: int('seconds').min(5, 'must be at least 5').max(86_400, 'must be at most 86400'),
    timeout: z.number('enter seconds').min(0.1, 'must be at least 0.1').max(60, 'must be at most 60'),
    expected_status: z.array(statusPart).min(1, 'list at least one code or range').max(50, 'at most 50 items'),
    assertions: z.array(assertionSchema).max(50, 'at most 50 assertions'),
    health_body: z.boolean(),
    retries: int('a number').min(0, 'must be 0–5').max(5, 'must be 0–5'),
    failure_threshold: int('a number').min(1, 'must be at least 1').max(100, 'must be at most 100'),
    success_threshold: int('a number').min(1, 'must be at least 1').max(100, 'must be at most 100'),
    degraded_above_ms: int('milliseconds')
      .min(1, 'must be at least 1')
      .max(600_000, 'must be at most 600000')
      .nullable(),
    follow_redirects: z.boolean(),
    verify_tls: z.boolean(),
  })
  .refine((e) => !(e.timeout >= e.interval), { message: 'must be below the interval', path: ['timeout'] });

const pushSchema = z.object({
  ...common,
  kind: z.literal('push'),
  period_seconds: int('seconds').min(5, 'must be at least 5').max(31_622_400, 'must be at most 31622400').nullable(),
  cron: z
    .string()
    .refine((c) => c.split(/\s+/).length >= 5 && c.split(/\s+/).length <= 6, 'a cron expression has 5 or 6 fields')
    .nullable(),
  timezone: z.string().refine(isTimeZone, 'is not a known time zone (e.g. Europe/Berlin, UTC)').nullable(),
  grace_seconds: int('seconds').min(0, 'must be at least 0').max(604_800, 'must be at most 604800'),
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const endpointInputSchema = z.discriminatedUnion('kind', [httpSchema, pushSchema]);

export type FieldErrors = Record<string, string>;

/** Validates the form the way the server does; errors are keyed by wire field ("interval", "headers.0.name"). */
export function validateEndpointForm(
  values: EndpointFormValues,
): { ok: true; wire: EndpointInputWire } | { ok: false; errors: FieldErrors } {
  const wire = formToWire(values);
  const result = endpointInputSchema.safeParse(wire);
  if (result.success) return { ok: true, wire };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The server may name nested fields "headers[0].name" or "headers.0.name": both become the latter. */
export function normalizeFieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}
