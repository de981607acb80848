import type { EndpointStatus } from '../db/schema.js';
import { intersect, measureMs, subtract, union, type Interval } from './intervals.js';

/** One stored transition of the endpoint's state machine. */
export interface StateChange {
  at: Date;
  from: EndpointStatus;
  to: EndpointStatus;
}

export interface StatusSegment extends Interval {
  status: EndpointStatus;
}

/**
 * The endpoint's status over [from, to): before `createdAt` it did not exist (PENDING); at `from` it
 * is the `to` of the last change before `from` (or the `from` of the first change, or `current` when
 * nothing changed); then each change in order.
 */
export function statusSegments(input: {
  changes: StateChange[];
  createdAt: Date;
  current: EndpointStatus;
  from: Date;
  to: Date;
}): StatusSegment[] {
  const changes = [...input.changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const fromMs = input.from.getTime();
  const toMs = input.to.getTime();
  const createdMs = input.createdAt.getTime();
  const points: { atMs: number; status: EndpointStatus }[] = [
    { atMs: -Infinity, status: 'PENDING' },
    { atMs: createdMs, status: changes[0]?.from ?? input.current },
    ...changes.map((c) => ({ atMs: Math.max(c.at.getTime(), createdMs), status: c.to })),
  ];
  const out: StatusSegment[] = [];
  for (let k = 0; k < points.length; k++) {
    const startMs = Math.max(points[k]!.atMs, fromMs);
    const endMs = Math.min(points[k + 1]?.atMs ?? Infinity, toMs);
    if (endMs > startMs) out.push({ startMs, endMs, status: points[k]!.status });
  }
  return out;
}

export interface TimeWeightedInput {
  from: Date;
  /** The window's end, already capped at now by the caller. */
  to: Date;
  segments: StatusSegment[];
  /** Downtime periods (incidents), an open one ending at `to`. */
  downtime: Interval[];
  maintenance: Interval[];
}

export interface TimeWeightedUptime {
  countedSeconds: number;
  downtimeSeconds: number;
  degradedSeconds: number;
  /** 100 × (counted − downtime) / counted, 3 decimals; null when nothing was counted. */
  uptimePercentage: number | null;
}

/** Statuses whose time is not counted: paused, and not yet checked (PENDING). */
export const UNCOUNTED_STATUSES: readonly EndpointStatus[] = ['PAUSED', 'PENDING'];
const EXCLUDED: ReadonlySet<EndpointStatus> = new Set(UNCOUNTED_STATUSES);

/**
 * Time-weighted uptime. Counted time = the window minus PAUSED and PENDING time (before the first
 * check, and after a resume until the next check) minus maintenance. Downtime = downtime periods
 * inside counted time. DEGRADED counts as up; its counted, non-down time is reported separately.
 */
export function timeWeightedUptime(input: TimeWeightedInput): TimeWeightedUptime {
  const window: Interval[] = [{ startMs: input.from.getTime(), endMs: input.to.getTime() }];
  const excluded = input.segments.filter((s) => EXCLUDED.has(s.status));
  const counted = subtract(subtract(intersect(window, input.segments), excluded), input.maintenance);
  const down = intersect(counted, input.downtime);
  const degraded = subtract(
    intersect(
      counted,
      input.segments.filter((s) => s.status === 'DEGRADED'),
    ),
    down,
  );
  const countedMs = measureMs(counted);
  const downMs = measureMs(down);
  return {
    countedSeconds: countedMs / 1000,
    downtimeSeconds: downMs / 1000,
    degradedSeconds: measureMs(degraded) / 1000,
    uptimePercentage: countedMs === 0 ? null : round3((100 * (countedMs - downMs)) / countedMs),
  };
}

/** Count-based uptime: 100 × successful / all checks, 3 decimals; no checks → null. */
export function checkUptimePercentage(successful: number, total: number): number | null {
  return total === 0 ? null : round3((100 * successful) / total);
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Clips each period to [from, to); an open period (endMs null) runs to `to`. */
export function periodsIn(periods: { startedAt: Date; resolvedAt: Date | null }[], from: Date, to: Date): Interval[] {
  return union(
    periods.map((p) => ({
      startMs: Math.max(p.startedAt.getTime(), from.getTime()),
      endMs: Math.min(p.resolvedAt?.getTime() ?? Infinity, to.getTime()),
    })),
  );
}
