import { z } from 'zod';
import type { TargetRow } from '../db/schema.js';
import { isStale } from './status-changes.js';
import { TARGET_KINDS, defaultBaseUrl } from './target-kinds.js';
import { httpUrl, intervalSeconds, targetName } from './targets-config.js';
import type { HistoryView, ServiceView, TargetView } from './targets.service.js';
import { UNIFIED_STATUSES, type UnifiedStatus } from './unified-status.js';

// ---------- requests ----------

const statusList = z.string().transform((value, ctx) => {
  const wanted = value.split(',').map((s) => s.trim().toLowerCase());
  const statuses = wanted.map((w) => UNIFIED_STATUSES.find((s) => s.toLowerCase() === w));
  if (statuses.some((s) => s === undefined)) {
    ctx.addIssue({ code: 'custom', message: `must be one or more of ${UNIFIED_STATUSES.join(', ')}` });
    return z.NEVER;
  }
  return statuses as UnifiedStatus[];
});

/** `?status=Outage` or `?status=degraded,outage` (case-insensitive). */
export const statusFilterQuery = z.object({ status: statusList.optional() });

const DAY_MS = 86_400_000;
export const historyQueryFields = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const historyQuery = historyQueryFields
  .transform((q) => {
    const to = q.to ? new Date(q.to) : undefined;
    const from = q.from ? new Date(q.from) : undefined;
    return { from, to };
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: 'must be before to', path: ['from'] })
  .refine((q) => !q.from || !q.to || q.to.getTime() - q.from.getTime() <= 400 * DAY_MS, {
    message: 'the range may span at most 400 days',
    path: ['from'],
  });

/** The range of a history request: default the last 24 hours up to now. */
export function historyRange(q: z.output<typeof historyQuery>, now: Date): { from: Date; to: Date } {
  const to = q.to ?? (q.from ? new Date(Math.max(now.getTime(), q.from.getTime() + DAY_MS)) : now);
  return { from: q.from ?? new Date(to.getTime() - DAY_MS), to };
}

const needsUrl = (kind: (typeof TARGET_KINDS)[number]) => defaultBaseUrl(kind) === undefined;

export const createTargetBody = z
  .strictObject({
    name: targetName,
    kind: z.enum(TARGET_KINDS),
    base_url: httpUrl.optional(),
    interval_seconds: intervalSeconds.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((b) => b.base_url || !needsUrl(b.kind), { message: 'required for this kind', path: ['base_url'] })
  .transform((b) => ({
    name: b.name,
    kind: b.kind,
    baseUrl: b.base_url,
    intervalSeconds: b.interval_seconds,
    enabled: b.enabled,
  }));

export const updateTargetBody = z
  .strictObject({
    kind: z.enum(TARGET_KINDS).optional(),
    base_url: httpUrl.optional(),
    interval_seconds: intervalSeconds.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' })
  .refine((b) => !b.kind || b.base_url || !needsUrl(b.kind), { message: 'required for this kind', path: ['base_url'] })
  .transform((b) => ({
    kind: b.kind,
    baseUrl: b.base_url,
    intervalSeconds: b.interval_seconds,
    enabled: b.enabled,
  }));

export const intervalBody = z.strictObject({ interval_seconds: intervalSeconds });

// ---------- the unified public scheme (camelCase: its own published contract) ----------

function serviceFields(s: ServiceView) {
  return {
    lastTimestamp: s.lastTimestamp.toISOString(),
    status: s.status,
    dimensions: s.dimensions,
    ...(s.stale ? { stale: true } : {}),
  };
}

export function toStatusTarget(v: TargetView) {
  return {
    name: v.row.name,
    endpoint: v.endpoint,
    type: v.type,
    displayName: v.displayName,
    status: v.status,
    lastTimestamp: v.lastTimestamp?.toISOString() ?? null,
    stale: v.stale,
    dimensions: v.dimensions,
    services: v.services.map((s) => ({ name: s.name, ...serviceFields(s) })),
  };
}

export function toStatusItem(v: TargetView, s: ServiceView) {
  return { target: v.row.name, service: s.name, ...serviceFields(s) };
}

export function toHistory(h: HistoryView) {
  return {
    target: h.target,
    service: h.service,
    from: h.from.toISOString(),
    to: h.to.toISOString(),
    initialStatus: h.initialStatus,
    changes: h.changes.map((c) => ({
      at: c.at.toISOString(),
      from: c.from,
      to: c.to,
      ...(c.maintenance ? { maintenance: true } : {}),
    })),
  };
}

// ---------- /api/v1/targets (snake_case) ----------

export function toTargetWire(row: TargetRow, endpoint: string, type: string) {
  return {
    name: row.name,
    kind: row.kind,
    type,
    base_url: row.baseUrl,
    endpoint,
    interval_seconds: row.intervalSeconds,
    enabled: row.enabled,
    managed_by: row.managedBy,
    display_name: row.displayName,
    status: isStale(row.consecutiveFailures) ? 'Unknown' : row.overallStatus,
    stale: isStale(row.consecutiveFailures),
    last_attempt_at: row.lastAttemptAt?.toISOString() ?? null,
    last_success_at: row.lastSuccessAt?.toISOString() ?? null,
    last_error: row.lastError,
    last_error_kind: row.lastErrorKind,
    last_error_at: row.lastErrorAt?.toISOString() ?? null,
    consecutive_failures: row.consecutiveFailures,
    failures_total: row.failuresTotal,
    format_errors_total: row.formatErrorsTotal,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
