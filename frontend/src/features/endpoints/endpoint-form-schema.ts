import { z } from 'zod';
import { HTTP_METHODS, type EndpointInputWire } from '@/types/api';
import { assertionSchema, HEADER_NAME } from './assertion-form';
import { formToWire, type EndpointFormValues } from './endpoint-form-values';

/** The server's rules for an endpoint body (issue 4, backend endpoints.schemas.ts), as the form checks them. */
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
