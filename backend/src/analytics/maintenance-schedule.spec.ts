import { occurrenceAt, occurrences, scheduleProblem, type MaintenanceSchedule } from './maintenance-schedule.js';

const d = (iso: string) => new Date(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('maintenance occurrences', () => {
  it('a one-off window is itself', () => {
    const s: MaintenanceSchedule = {
      startsAt: d('2026-10-01T02:00:00Z'),
      endsAt: d('2026-10-01T03:00:00Z'),
      recurrence: 'none',
      timezone: 'UTC',
    };
    expect(
      occurrences(s, d('2026-10-01T00:00:00Z'), d('2026-10-02T00:00:00Z')).map((i) => [iso(i.startMs), iso(i.endMs)]),
    ).toEqual([['2026-10-01T02:00:00.000Z', '2026-10-01T03:00:00.000Z']]);
    expect(occurrences(s, d('2026-10-01T03:00:00Z'), d('2026-10-02T00:00:00Z'))).toEqual([]);
  });

  it('a daily window in Europe/Berlin stays at 02:00 local across the October DST change', () => {
    const s: MaintenanceSchedule = {
      startsAt: d('2026-10-23T00:00:00Z'), // 02:00 CEST
      endsAt: d('2026-10-23T00:30:00Z'),
      recurrence: 'daily',
      timezone: 'Europe/Berlin',
    };
    const got = occurrences(s, d('2026-10-24T00:00:00Z'), d('2026-10-27T00:00:00Z')).map((i) => iso(i.startMs));
    // DST ends 2026-10-25 03:00 CEST → 02:00 CET: from then 02:00 local is 01:00 UTC.
    expect(got).toEqual(['2026-10-24T00:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-26T01:00:00.000Z']);
  });

  it('a weekly window repeats every 7 days and not before it starts', () => {
    const s: MaintenanceSchedule = {
      startsAt: d('2026-10-04T22:00:00Z'),
      endsAt: d('2026-10-05T00:00:00Z'),
      recurrence: 'weekly',
      timezone: 'UTC',
    };
    const got = occurrences(s, d('2026-09-01T00:00:00Z'), d('2026-10-20T00:00:00Z')).map((i) => iso(i.startMs));
    expect(got).toEqual(['2026-10-04T22:00:00.000Z', '2026-10-11T22:00:00.000Z', '2026-10-18T22:00:00.000Z']);
  });

  it.each([
    ['2026-11-11T23:30:00Z', '2026-11-11T22:00:00.000Z'],
    ['2026-11-12T00:00:00Z', null],
    ['2026-11-11T21:59:59Z', null],
  ])('occurrenceAt(%s) of a weekly window', (at, want) => {
    const s: MaintenanceSchedule = {
      startsAt: d('2026-10-07T22:00:00Z'),
      endsAt: d('2026-10-08T00:00:00Z'),
      recurrence: 'weekly',
      timezone: 'UTC',
    };
    const got = occurrenceAt(s, d(at));
    expect(got ? iso(got.startMs) : null).toBe(want);
  });
});

describe('scheduleProblem', () => {
  const base = {
    startsAt: d('2026-10-01T00:00:00Z'),
    endsAt: d('2026-10-01T01:00:00Z'),
    recurrence: 'none' as const,
    timezone: 'UTC',
  };
  it.each([
    { name: 'fine', s: base, want: null },
    { name: 'ends before it starts', s: { ...base, endsAt: d('2026-09-30T00:00:00Z') }, want: 'ends_at' },
    { name: 'zero length', s: { ...base, endsAt: base.startsAt }, want: 'ends_at' },
    {
      name: 'daily longer than a day',
      s: { ...base, recurrence: 'daily' as const, endsAt: d('2026-10-02T01:00:00Z') },
      want: 'ends_at',
    },
    {
      name: 'weekly of 7 days',
      s: { ...base, recurrence: 'weekly' as const, endsAt: d('2026-10-08T00:00:00Z') },
      want: null,
    },
    { name: 'unknown zone', s: { ...base, timezone: 'Mars/Olympus' }, want: 'timezone' },
  ])('$name', ({ s, want }) => {
    expect(scheduleProblem(s)?.field ?? null).toBe(want);
  });
});
