import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import type { Assertion, HttpMethod } from '../checks/check-target.js';
import { DEFAULT_GRACE_SECONDS, ENDPOINT_DEFAULTS, endpointFields, type EndpointBody } from './endpoints.schemas.js';
import { isSecretHeader } from './header-rules.js';

/** One bad field: its path in the body (["headers", 0, "name"]) and what is wrong. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** A validated endpoint in the domain's terms (camelCase, units in names), secrets still in plain text. */
export interface EndpointDefinition {
  kind: 'http' | 'push';
  name: string;
  description: string | null;
  url: string | null;
  method: HttpMethod;
  /** `secret` is the effective flag (Authorization and Cookie always); a value may be MASK (keep stored). */
  headers: { name: string; value: string; secret: boolean }[];
  body: string | null;
  contentType: string | null;
  intervalSeconds: number;
  timeoutMs: number;
  expectedStatus: (string | number)[];
  assertions: Assertion[];
  healthBody: boolean;
  retries: number;
  failureThreshold: number;
  successThreshold: number;
  degradedAboveMs: number | null;
  followRedirects: boolean;
  verifyTls: boolean;
  tags: string[];
  isActive: boolean;
  slaTarget: number | null;
  periodSeconds: number | null;
  cron: string | null;
  timezone: string | null;
  graceSeconds: number | null;
}

export type ValidationResult = { ok: true; value: EndpointDefinition } | { ok: false; issues: FieldIssue[] };

const FIELD_NAMES = Object.keys(endpointFields) as (keyof typeof endpointFields)[];

/** Missing fields take their defaults; explicit nulls stay null where a field allows it. */
const bodySchema = z.object(
  Object.fromEntries(
    FIELD_NAMES.map((key) => {
      const schema = endpointFields[key] as z.ZodType;
      if (key === 'name') return [key, schema];
      const fallback = ENDPOINT_DEFAULTS[key as keyof typeof ENDPOINT_DEFAULTS];
      return [key, schema.optional().transform((v) => v ?? fallback)];
    }),
  ),
);

/**
 * Validates a whole endpoint body (create, PUT, a PATCH merged onto the stored one, a YAML entry).
 * Reports every bad field at once, including the rules that span fields. `strict` refuses unknown
 * fields (the YAML file, where a typo would otherwise be silently ignored).
 */
export function validateEndpointBody(raw: unknown, options: { strict?: boolean } = {}): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: [], message: 'must be an object' }] };
  }
  const input = raw as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (options.strict) {
    for (const key of Object.keys(input)) {
      if (!(FIELD_NAMES as string[]).includes(key)) issues.push({ path: [key], message: 'is not a known field' });
    }
  }
  const parsed = bodySchema.safeParse(input);
  if (!parsed.success)
    issues.push(...parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
  const reported = new Set(issues.map((i) => String(i.path[0])));
  issues.push(...crossFieldIssues(input).filter((i) => !reported.has(String(i.path[0]))));
  if (issues.length || !parsed.success) return { ok: false, issues };
  return { ok: true, value: toDefinition(parsed.data as unknown as EndpointBody) };
}

/** The rules between fields, judged only on fields that are valid on their own. */
function crossFieldIssues(input: Record<string, unknown>): FieldIssue[] {
  const value = <K extends keyof typeof endpointFields>(key: K): EndpointBody[K] | undefined => {
    if (input[key] === undefined) return (ENDPOINT_DEFAULTS as Partial<EndpointBody>)[key];
    const result = (endpointFields[key] as z.ZodType).safeParse(input[key]);
    return result.success ? (result.data as EndpointBody[K]) : undefined;
  };
  const issues: FieldIssue[] = [];
  const kind = value('kind');
  if (kind === 'http') {
    if (input.url === undefined || input.url === null) issues.push({ path: ['url'], message: 'is required' });
    const interval = value('interval');
    const timeout = value('timeout');
    if (interval !== undefined && timeout !== undefined && timeout >= interval) {
      issues.push({ path: ['timeout'], message: `must be below the interval (${interval} s)` });
    }
  }
  if (kind === 'push') {
    const period = input.period_seconds ?? null;
    const cron = input.cron ?? null;
    if (period === null && cron === null) {
      issues.push({ path: ['period_seconds'], message: 'is required for a push monitor (or give cron)' });
    } else if (period !== null && cron !== null) {
      issues.push({ path: ['cron'], message: 'give either period_seconds or cron, not both' });
    }
  }
  const cron = value('cron');
  const timezone = value('timezone');
  if (cron && timezone !== undefined) {
    try {
      CronExpressionParser.parse(cron, { tz: timezone ?? 'UTC' });
    } catch (error) {
      issues.push({ path: ['cron'], message: `is not a valid cron expression: ${(error as Error).message}` });
    }
  }
  return issues;
}

function toDefinition(body: EndpointBody): EndpointDefinition {
  const push = body.kind === 'push';
  return {
    kind: body.kind,
    name: body.name,
    description: body.description,
    url: push ? null : body.url,
    method: body.method,
    headers: body.headers.map((h) => ({ name: h.name, value: h.value, secret: isSecretHeader(h.name, h.secret) })),
    body: body.body,
    contentType: body.content_type,
    intervalSeconds: push ? (body.period_seconds ?? 60) : body.interval,
    timeoutMs: Math.round(body.timeout * 1000),
    expectedStatus: body.expected_status,
    assertions: body.assertions,
    healthBody: body.health_body,
    retries: body.retries,
    failureThreshold: body.failure_threshold,
    successThreshold: body.success_threshold,
    degradedAboveMs: body.degraded_above_ms,
    followRedirects: body.follow_redirects,
    verifyTls: body.verify_tls,
    tags: body.tags,
    isActive: body.is_active,
    slaTarget: body.sla_target,
    periodSeconds: push ? body.period_seconds : null,
    cron: push ? body.cron : null,
    timezone: push && body.cron ? (body.timezone ?? 'UTC') : null,
    graceSeconds: push ? (body.grace_seconds ?? DEFAULT_GRACE_SECONDS) : null,
  };
}
