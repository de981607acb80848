import type { EndpointStatus } from '../db/schema.js';
import type { StateChange } from './uptime.js';

export interface CheckPoint {
  checkedAt: Date;
  ok: boolean;
}

/**
 * The oldest check of the run at the end of `checks` (ascending by time, up to and including the
 * check that caused a transition) whose checks all satisfy `inRun`. For a change to DOWN with
 * inRun = failed, that is the first failed check of the run of failures that made it DOWN.
 */
export function firstOfTrailingRun<C extends CheckPoint>(checks: readonly C[], inRun: (c: C) => boolean): C | null {
  let first: C | null = null;
  for (let k = checks.length - 1; k >= 0 && inRun(checks[k]!); k--) first = checks[k]!;
  return first;
}

export interface DowntimePeriod {
  startedAt: Date;
  /** null while the endpoint is still DOWN. */
  resolvedAt: Date | null;
}

const UP_AGAIN: ReadonlySet<EndpointStatus> = new Set(['UP', 'DEGRADED']);

/**
 * Downtime periods from the state changes and the checks (both any order). A period starts at the
 * first failed check of the run of failures that made the endpoint DOWN and ends at the first
 * successful check of the run that made it UP (or DEGRADED) again. Leaving DOWN any other way
 * (PAUSED, deleted, back to PENDING) ends the period at that change.
 */
export function downtimePeriods(changes: readonly StateChange[], checks: readonly CheckPoint[]): DowntimePeriod[] {
  const sortedChecks = [...checks].sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime());
  const upTo = (at: Date) => sortedChecks.filter((c) => c.checkedAt.getTime() <= at.getTime());
  const periods: DowntimePeriod[] = [];
  let open: DowntimePeriod | null = null;
  for (const change of [...changes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (change.to === 'DOWN' && !open) {
      const first = firstOfTrailingRun(upTo(change.at), (c) => !c.ok);
      open = { startedAt: first?.checkedAt ?? change.at, resolvedAt: null };
      periods.push(open);
    } else if (change.from === 'DOWN' && change.to !== 'DOWN' && open) {
      const first = UP_AGAIN.has(change.to) ? firstOfTrailingRun(upTo(change.at), (c) => c.ok) : null;
      open.resolvedAt = first && first.checkedAt >= open.startedAt ? first.checkedAt : change.at;
      open = null;
    }
  }
  return periods;
}
