import { CronExpressionParser } from 'cron-parser';

/** When a push endpoint expects its pings: every N seconds, or at the times of a cron expression. */
export type HeartbeatSchedule =
  | { periodSeconds: number; cron?: null; timezone?: string | null }
  | { cron: string; timezone?: string | null; periodSeconds?: number | null };

export interface HeartbeatTimes {
  createdAt: Date;
  lastPingAt: Date | null;
  /** When the last missed period was recorded (the endpoint's last result, if it was a miss). */
  lastMissedAt: Date | null;
  /** When monitoring last resumed after a pause, if ever. */
  resumedAt?: Date | null;
}

/** The moment from which the next ping is awaited: the latest ping, miss, resume or the creation. */
export function heartbeatAnchor(times: HeartbeatTimes): Date {
  const candidates = [times.createdAt, times.lastPingAt, times.lastMissedAt, times.resumedAt ?? null];
  return new Date(Math.max(...candidates.filter((d): d is Date => d !== null).map((d) => d.getTime())));
}

/** The next time a ping is expected after `anchor` (a cron expression in its timezone, UTC by default). */
export function expectedPingAt(schedule: HeartbeatSchedule, anchor: Date): Date {
  if (schedule.cron) {
    const expression = CronExpressionParser.parse(schedule.cron, {
      currentDate: anchor,
      tz: schedule.timezone || 'UTC',
    });
    return expression.next().toDate();
  }
  return new Date(anchor.getTime() + (schedule.periodSeconds ?? 0) * 1000);
}

export interface HeartbeatVerdict {
  expectedAt: Date;
  /** expectedAt + grace: silence until then is fine. */
  dueBy: Date;
  /** No ping by dueBy and `now` is past it: one missed period to record. */
  missed: boolean;
}

/**
 * Whether a push endpoint has missed its ping at `now`. Each recorded miss becomes the new anchor, so
 * a silent job is recorded missed once per period, not once per sweep.
 */
export function heartbeatVerdict(
  schedule: HeartbeatSchedule,
  graceSeconds: number,
  times: HeartbeatTimes,
  now: Date,
): HeartbeatVerdict {
  const expectedAt = expectedPingAt(schedule, heartbeatAnchor(times));
  const dueBy = new Date(expectedAt.getTime() + graceSeconds * 1000);
  return { expectedAt, dueBy, missed: now.getTime() > dueBy.getTime() };
}
