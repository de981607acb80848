import type { Interval } from './intervals.js';

export type Recurrence = 'none' | 'daily' | 'weekly';

export interface MaintenanceSchedule {
  startsAt: Date;
  endsAt: Date;
  recurrence: Recurrence;
  /** IANA zone: a daily 02:00 window stays at 02:00 local time across DST changes. */
  timezone: string;
}

const DAY_MS = 86_400_000;
const STEP_DAYS: Record<Exclude<Recurrence, 'none'>, number> = { daily: 1, weekly: 7 };

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why a schedule is not acceptable, or null. Durations: > 0, ≤ 1 day for daily, ≤ 7 days for weekly. */
export function scheduleProblem(s: MaintenanceSchedule): { field: string; message: string } | null {
  const durationMs = s.endsAt.getTime() - s.startsAt.getTime();
  if (durationMs <= 0) return { field: 'ends_at', message: 'must be after starts_at' };
  if (s.recurrence !== 'none' && durationMs > STEP_DAYS[s.recurrence] * DAY_MS) {
    return { field: 'ends_at', message: `a ${s.recurrence} window may last at most ${STEP_DAYS[s.recurrence]} day(s)` };
  }
  if (!isValidTimezone(s.timezone))
    return { field: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' };
  return null;
}

/** The schedule's occurrences that overlap [from, to), ascending. */
export function occurrences(s: MaintenanceSchedule, from: Date, to: Date): Interval[] {
  const durationMs = s.endsAt.getTime() - s.startsAt.getTime();
  if (durationMs <= 0) return [];
  const overlaps = (i: Interval) => i.endMs > from.getTime() && i.startMs < to.getTime();
  if (s.recurrence === 'none') {
    const only = { startMs: s.startsAt.getTime(), endMs: s.endsAt.getTime() };
    return overlaps(only) ? [only] : [];
  }
  const step = STEP_DAYS[s.recurrence];
  const local = wallClock(s.startsAt, s.timezone);
  // Start a little before the first occurrence that can overlap (DST moves occurrences by ≤ a few hours).
  const firstK = Math.max(0, Math.floor((from.getTime() - durationMs - s.startsAt.getTime()) / (step * DAY_MS)) - 1);
  const out: Interval[] = [];
  for (let k = firstK; ; k++) {
    const day = new Date(Date.UTC(local.year, local.month - 1, local.day + k * step));
    const startMs = zonedToUtc(
      { ...local, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      s.timezone,
    );
    if (startMs >= to.getTime()) break;
    const occurrence = { startMs, endMs: startMs + durationMs };
    if (overlaps(occurrence)) out.push(occurrence);
  }
  return out;
}

/** The occurrence containing `at`, or null. */
export function occurrenceAt(s: MaintenanceSchedule, at: Date): Interval | null {
  return occurrences(s, at, new Date(at.getTime() + 1))[0] ?? null;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timezone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function offsetMs(instantMs: number, timezone: string): number {
  const w = wallClock(new Date(instantMs), timezone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instantMs / 1000) * 1000;
}

/** The instant at which the zone's clocks show `w` (a skipped local time moves forward by the gap). */
function zonedToUtc(w: WallClock, timezone: string): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const first = asUtc - offsetMs(asUtc, timezone);
  const second = asUtc - offsetMs(first, timezone);
  return second;
}
