import type { EndpointInputWire, EndpointWire, HttpMethod } from '@/types/api';
import { assertionFromWire, assertionToWire, type AssertionFormValues } from './assertion-form';

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
