import { z } from 'zod';
import { ValidationFailed } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import type { CheckResultRow, IncidentRow } from '../db/schema.js';
import { DAY_MS, parseBucket, periodWindow, PERIODS, type Period } from './buckets.js';
import { monthWindow } from './sla.js';
import type { LatencyFigures, WindowFigures } from './window-figures.js';

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });
const MAX_WINDOW_MS = 400 * DAY_MS;

export function parseId(raw: string, field = 'id'): number {
  return parseInput(z.object({ [field]: z.coerce.number().int().positive(`must be a positive integer`) }), {
    [field]: raw,
  })[field] as number;
}

const windowSchema = z.object({
  period: z.enum(PERIODS).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});

/** `period` (default 24h) or `from` [+ `to`, default now]; from must be before to, at most 400 days. */
export function parseWindow(query: unknown, now: Date, defaultPeriod: Period = '24h') {
  const q = parseInput(windowSchema, query);
  return { label: q.from ? 'custom' : (q.period ?? defaultPeriod), ...resolveWindow(q, now, defaultPeriod) };
}

function resolveWindow(q: z.output<typeof windowSchema>, now: Date, defaultPeriod: Period) {
  if (!q.from) {
    if (q.to) throw new ValidationFailed([{ field: 'from', message: 'is required when to is given' }]);
    return periodWindow(q.period ?? defaultPeriod, now);
  }
  const window = { from: new Date(q.from), to: q.to ? new Date(q.to) : now };
  checkRange(window);
  return window;
}

function checkRange(window: { from: Date; to: Date }) {
  if (window.from >= window.to) throw new ValidationFailed([{ field: 'from', message: 'must be before to' }]);
  if (window.to.getTime() - window.from.getTime() > MAX_WINDOW_MS) {
    throw new ValidationFailed([{ field: 'from', message: 'the window may span at most 400 days' }]);
  }
}

export const latencyQuerySchema = z.object({
  bucket: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return null;
      const seconds = parseBucket(v);
      if (seconds === null || seconds < 60) {
        ctx.addIssue({ code: 'custom', message: 'must be a duration of at least 1 minute such as 5m, 1h or 1d' });
        return z.NEVER;
      }
      return seconds;
    }),
});

/** A bucket that would give more than 1,000 points is refused (the chart needs ~500). */
export function checkPoints(window: { from: Date; to: Date }, bucketSeconds: number | null) {
  if (bucketSeconds && (window.to.getTime() - window.from.getTime()) / (bucketSeconds * 1000) > 1000) {
    throw new ValidationFailed([{ field: 'bucket', message: 'gives more than 1000 points for this period' }]);
  }
}

const dateOrDateTime = z.union([z.iso.date(), isoDateTime], {
  message: 'must be a date (2024-01-25) or an ISO-8601 date-time',
});

export const historyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  from_date: dateOrDateTime.optional(),
  to_date: dateOrDateTime.optional(),
});

/** from_date: start of that day (UTC); to_date: a date means through the end of that day. */
export function historyRange(q: z.output<typeof historyQuerySchema>) {
  const from = q.from_date ? new Date(q.from_date.length === 10 ? `${q.from_date}T00:00:00Z` : q.from_date) : null;
  const to = q.to_date
    ? new Date(q.to_date.length === 10 ? Date.parse(`${q.to_date}T00:00:00Z`) + DAY_MS - 1 : q.to_date)
    : null;
  if (from && to && from > to)
    throw new ValidationFailed([{ field: 'from_date', message: 'must not be after to_date' }]);
  return { from, to };
}

export const overviewQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const dailyQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(400).default(90) });

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const incidentsQuerySchema = z.object({
  endpoint_id: z.coerce.number().int().positive().optional(),
  open: booleanText.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const slaQuerySchema = z.object({
  month: z.string().optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/** `month=2026-10` or `from`/`to`; default the current month so far. */
export function slaWindow(q: z.output<typeof slaQuerySchema>, now: Date) {
  if (q.month !== undefined) {
    const w = monthWindow(q.month);
    if (!w) throw new ValidationFailed([{ field: 'month', message: 'must be a month such as 2026-10' }]);
    return { label: q.month, ...w };
  }
  if (q.from || q.to) {
    if (!q.from || !q.to)
      throw new ValidationFailed([{ field: q.from ? 'to' : 'from', message: 'is required with the other bound' }]);
    const w = { from: new Date(q.from), to: new Date(q.to) };
    checkRange(w);
    return { label: 'custom', ...w };
  }
  const month = now.toISOString().slice(0, 7);
  return { label: month, ...monthWindow(month)! };
}

export const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export function toCheckWire(c: CheckResultRow) {
  return {
    id: c.id,
    checked_at: c.checkedAt.toISOString(),
    ok: c.ok,
    degraded: c.degraded,
    status_code: c.statusCode,
    latency_ms: c.latencyMs,
    error_kind: c.errorKind,
    error_message: c.errorMessage,
  };
}

export function toLatencyWire(f: LatencyFigures) {
  return {
    count: f.count,
    failures: f.failures,
    avg_ms: f.avgMs,
    p50_ms: f.p50Ms,
    p95_ms: f.p95Ms,
    p99_ms: f.p99Ms,
    min_ms: f.minMs,
    max_ms: f.maxMs,
  };
}

export function toUptimeWire(f: WindowFigures) {
  return {
    uptime_percentage: f.uptimePercentage,
    check_uptime_percentage: f.checkUptimePercentage,
    total_checks: f.count,
    successful_checks: f.okChecks,
    failed_checks: f.failures,
    degraded_checks: f.degradedChecks,
    counted_seconds: round2(f.countedSeconds),
    degraded_seconds: round2(f.degradedSeconds),
    downtime_seconds: round2(f.downtimeSeconds),
    incidents: f.incidents,
    average_response_time: f.avgMs === null ? null : Math.round(f.avgMs) / 1000,
    p50_ms: f.p50Ms,
    p95_ms: f.p95Ms,
    p99_ms: f.p99Ms,
    min_ms: f.minMs,
    max_ms: f.maxMs,
  };
}

export function toIncidentWire(i: IncidentRow & { endpointName: string }, now: Date) {
  const end = i.resolvedAt ?? now;
  return {
    id: i.id,
    endpoint_id: i.endpointId,
    endpoint_name: i.endpointName,
    started_at: i.startedAt.toISOString(),
    resolved_at: i.resolvedAt?.toISOString() ?? null,
    duration_seconds: Math.max(0, Math.round((end.getTime() - i.startedAt.getTime()) / 1000)),
    cause: i.causeKind || i.causeMessage ? { kind: i.causeKind, message: i.causeMessage } : null,
    failed_checks: i.failedChecks,
  };
}
