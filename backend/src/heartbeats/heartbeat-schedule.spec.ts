import { expectedPingAt, heartbeatAnchor, heartbeatVerdict, type HeartbeatSchedule } from './heartbeat-schedule.js';

const d = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('heartbeatAnchor', () => {
  it.each([
    {
      name: 'never pinged: the creation',
      times: { createdAt: d('2026-12-01T00:00:00Z'), lastPingAt: null, lastMissedAt: null },
      expected: '2026-12-01T00:00:00.000Z',
    },
    {
      name: 'the last ping',
      times: { createdAt: d('2026-12-01T00:00:00Z'), lastPingAt: d('2026-12-01T05:00:00Z'), lastMissedAt: null },
      expected: '2026-12-01T05:00:00.000Z',
    },
    {
      name: 'a miss after the last ping',
      times: {
        createdAt: d('2026-12-01T00:00:00Z'),
        lastPingAt: d('2026-12-01T05:00:00Z'),
        lastMissedAt: d('2026-12-01T06:30:00Z'),
      },
      expected: '2026-12-01T06:30:00.000Z',
    },
    {
      name: 'a resume after everything',
      times: {
        createdAt: d('2026-12-01T00:00:00Z'),
        lastPingAt: d('2026-12-01T05:00:00Z'),
        lastMissedAt: null,
        resumedAt: d('2026-12-01T07:00:00Z'),
      },
      expected: '2026-12-01T07:00:00.000Z',
    },
  ])('$name', ({ times, expected }) => {
    expect(iso(heartbeatAnchor(times))).toBe(expected);
  });
});

describe('expectedPingAt', () => {
  it.each<{ name: string; schedule: HeartbeatSchedule; anchor: string; expected: string }>([
    {
      name: 'a period after the anchor',
      schedule: { periodSeconds: 300 },
      anchor: '2026-12-01T06:00:00Z',
      expected: '2026-12-01T06:05:00.000Z',
    },
    {
      name: 'a daily cron later the same day',
      schedule: { cron: '30 23 * * *' },
      anchor: '2026-12-01T06:00:00Z',
      expected: '2026-12-01T23:30:00.000Z',
    },
    {
      name: 'a daily cron across the day boundary (UTC)',
      schedule: { cron: '0 2 * * *' },
      anchor: '2026-12-01T02:05:00Z',
      expected: '2026-12-02T02:00:00.000Z',
    },
    {
      name: 'across the year boundary',
      schedule: { cron: '0 0 1 1 *' },
      anchor: '2026-12-31T23:59:00Z',
      expected: '2027-01-01T00:00:00.000Z',
    },
    // 02:00 in New York (UTC-5 in December) is 07:00 UTC.
    {
      name: 'a cron in a timezone, the same UTC day',
      schedule: { cron: '0 2 * * *', timezone: 'America/New_York' },
      anchor: '2026-12-01T06:00:00Z',
      expected: '2026-12-01T07:00:00.000Z',
    },
    // 23:00 UTC on 1 Dec is already 08:00 on 2 Dec in Tokyo: the next 07:00 there is 3 Dec 07:00 = 2 Dec 22:00 UTC.
    {
      name: 'a cron in a timezone ahead of UTC across its day boundary',
      schedule: { cron: '0 7 * * *', timezone: 'Asia/Tokyo' },
      anchor: '2026-12-01T23:00:00Z',
      expected: '2026-12-02T22:00:00.000Z',
    },
    // Berlin leaves summer time on 25 Oct 2026: 03:00 local is 01:00 UTC before, 02:00 UTC after.
    {
      name: 'a cron across a daylight-saving change',
      schedule: { cron: '0 3 * * *', timezone: 'Europe/Berlin' },
      anchor: '2026-10-24T02:00:00Z',
      expected: '2026-10-25T02:00:00.000Z',
    },
  ])('$name', ({ schedule, anchor, expected }) => {
    expect(iso(expectedPingAt(schedule, d(anchor)))).toBe(expected);
  });
});

describe('heartbeatVerdict', () => {
  const created = d('2026-12-01T00:00:00Z');
  it.each<{
    name: string;
    schedule: HeartbeatSchedule;
    grace: number;
    lastPingAt: string | null;
    lastMissedAt?: string;
    now: string;
    missed: boolean;
    dueBy: string;
  }>([
    {
      name: 'within the period',
      schedule: { periodSeconds: 60 },
      grace: 30,
      lastPingAt: '2026-12-01T06:00:00Z',
      now: '2026-12-01T06:00:59Z',
      missed: false,
      dueBy: '2026-12-01T06:01:30.000Z',
    },
    {
      name: 'late but within the grace',
      schedule: { periodSeconds: 60 },
      grace: 30,
      lastPingAt: '2026-12-01T06:00:00Z',
      now: '2026-12-01T06:01:30Z',
      missed: false,
      dueBy: '2026-12-01T06:01:30.000Z',
    },
    {
      name: 'past period + grace',
      schedule: { periodSeconds: 60 },
      grace: 30,
      lastPingAt: '2026-12-01T06:00:00Z',
      now: '2026-12-01T06:01:31Z',
      missed: true,
      dueBy: '2026-12-01T06:01:30.000Z',
    },
    {
      name: 'never pinged, counted from creation',
      schedule: { periodSeconds: 3600 },
      grace: 0,
      lastPingAt: null,
      now: '2026-12-01T01:00:01Z',
      missed: true,
      dueBy: '2026-12-01T01:00:00.000Z',
    },
    {
      name: 'just recorded missed: the next miss is a period later',
      schedule: { periodSeconds: 60 },
      grace: 30,
      lastPingAt: '2026-12-01T06:00:00Z',
      lastMissedAt: '2026-12-01T06:01:35Z',
      now: '2026-12-01T06:02:00Z',
      missed: false,
      dueBy: '2026-12-01T06:03:05.000Z',
    },
    {
      name: 'a nightly cron job that ran: not due before tomorrow night',
      schedule: { cron: '0 2 * * *', timezone: 'Europe/Berlin' },
      grace: 600,
      lastPingAt: '2026-12-01T01:04:00Z',
      now: '2026-12-01T23:30:00Z',
      missed: false,
      dueBy: '2026-12-02T01:10:00.000Z',
    },
    {
      name: 'a nightly cron job that did not run past midnight UTC',
      schedule: { cron: '0 2 * * *', timezone: 'Europe/Berlin' },
      grace: 600,
      lastPingAt: '2026-12-01T01:04:00Z',
      now: '2026-12-02T01:10:01Z',
      missed: true,
      dueBy: '2026-12-02T01:10:00.000Z',
    },
  ])('$name', ({ schedule, grace, lastPingAt, lastMissedAt, now, missed, dueBy }) => {
    const verdict = heartbeatVerdict(
      schedule,
      grace,
      {
        createdAt: created,
        lastPingAt: lastPingAt ? d(lastPingAt) : null,
        lastMissedAt: lastMissedAt ? d(lastMissedAt) : null,
      },
      d(now),
    );
    expect({ missed: verdict.missed, dueBy: iso(verdict.dueBy) }).toEqual({ missed, dueBy });
  });
});
