import { z } from 'zod';
import type { MaintenanceInput, MaintenanceWindow, Recurrence } from './api/types';

/** What the form holds: strings as typed; times are UTC wall-clock ("2026-10-01T02:00"). */
export interface MaintenanceFormValues {
  title: string;
  description: string;
  target: 'all' | 'endpoints' | 'tags';
  endpointIds: string;
  tags: string;
  startsAt: string;
  endsAt: string;
  recurrence: Recurrence;
  timezone: string;
}

/** Errors keyed by the server's field names, so a 400 from the server lands on the same fields. */
export type MaintenanceFormErrors = Partial<
  Record<'title' | 'endpoint_ids' | 'tags' | 'starts_at' | 'ends_at' | 'timezone', string>
>;

export const EMPTY_FORM: MaintenanceFormValues = {
  title: '',
  description: '',
  target: 'all',
  endpointIds: '',
  tags: '',
  startsAt: '',
  endsAt: '',
  recurrence: 'none',
  timezone: 'UTC',
};

const MAX_DAYS: Record<Recurrence, number | null> = { none: null, daily: 1, weekly: 7 };
const wallClock = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  title: z.string().trim().min(1, 'Give the window a title.').max(200, 'At most 200 characters.'),
  startsAt: z.string().regex(wallClock, 'Enter a start date and time.'),
  endsAt: z.string().regex(wallClock, 'Enter an end date and time.'),
  timezone: z.string().refine(isTimezone, 'Use an IANA time zone such as Europe/Berlin.'),
});

/** The same rules as the server: one target, a start before the end, a length that fits the recurrence. */
export function parseMaintenanceForm(
  v: MaintenanceFormValues,
): { ok: true; input: MaintenanceInput } | { ok: false; errors: MaintenanceFormErrors } {
  const errors: MaintenanceFormErrors = {};
  const parsed = schema.safeParse(v);
  if (!parsed.success) {
    const names = { title: 'title', startsAt: 'starts_at', endsAt: 'ends_at', timezone: 'timezone' } as const;
    for (const issue of parsed.error.issues) errors[names[issue.path[0] as keyof typeof names]] ??= issue.message;
  }
  const ids = list(v.endpointIds).map(Number);
  const tags = list(v.tags);
  if (v.target === 'endpoints' && (!ids.length || ids.some((n) => !Number.isInteger(n) || n <= 0))) {
    errors.endpoint_ids = 'List endpoint ids separated by commas, e.g. 1, 4.';
  }
  if (v.target === 'tags' && !tags.length) errors.tags = 'List at least one tag.';
  const startsMs = Date.parse(`${v.startsAt}Z`);
  const endsMs = Date.parse(`${v.endsAt}Z`);
  if (!errors.starts_at && !errors.ends_at) {
    const maxDays = MAX_DAYS[v.recurrence];
    if (endsMs <= startsMs) errors.ends_at = 'The end must be after the start.';
    else if (maxDays !== null && endsMs - startsMs > maxDays * 86_400_000) {
      errors.ends_at = `A ${v.recurrence} window may last at most ${maxDays} day${maxDays === 1 ? '' : 's'}.`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: v.title.trim(),
      description: v.description.trim() || null,
      ...(v.target === 'all' ? { all: true } : v.target === 'endpoints' ? { endpoint_ids: ids } : { tags }),
      starts_at: new Date(startsMs).toISOString(),
      ends_at: new Date(endsMs).toISOString(),
      recurrence: v.recurrence,
      timezone: v.timezone,
    },
  };
}

export function toFormValues(w: MaintenanceWindow): MaintenanceFormValues {
  return {
    title: w.title,
    description: w.description ?? '',
    target: w.all ? 'all' : w.endpoint_ids.length ? 'endpoints' : 'tags',
    endpointIds: w.endpoint_ids.join(', '),
    tags: w.tags.join(', '),
    startsAt: w.starts_at.slice(0, 16),
    endsAt: w.ends_at.slice(0, 16),
    recurrence: w.recurrence,
    timezone: w.timezone,
  };
}
