import type { EndpointStatus } from '../db/schema.js';
import { downtimePeriods, firstOfTrailingRun, type CheckPoint } from './downtime.js';

const T0 = Date.parse('2026-10-01T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
/** One check a minute from minute 0: "+" ok, "-" failed. */
const checks = (pattern: string): CheckPoint[] => [...pattern].map((c, k) => ({ checkedAt: at(k), ok: c === '+' }));
const change = (minutes: number, from: EndpointStatus, to: EndpointStatus) => ({ at: at(minutes), from, to });

describe('firstOfTrailingRun', () => {
  it.each([
    { pattern: '++---', want: 2 },
    { pattern: '-----', want: 0 },
    { pattern: '---++', want: null },
    { pattern: '', want: null },
  ])('first failure of the trailing run in $pattern is minute $want', ({ pattern, want }) => {
    expect(firstOfTrailingRun(checks(pattern), (c) => !c.ok)?.checkedAt ?? null).toEqual(
      want === null ? null : at(want),
    );
  });
});

describe('downtimePeriods', () => {
  it.each([
    {
      name: 'failure_threshold 3: starts at the first of the three failures',
      pattern: '+++---++++',
      changes: [change(0, 'PENDING', 'UP'), change(5, 'UP', 'DOWN'), change(6, 'DOWN', 'UP')],
      want: [{ startedAt: at(3), resolvedAt: at(6) }],
    },
    {
      name: 'success_threshold 2: ends at the first of the good checks',
      pattern: '++--+-++++',
      changes: [change(2, 'UP', 'DOWN'), change(7, 'DOWN', 'UP')],
      want: [{ startedAt: at(2), resolvedAt: at(6) }],
    },
    {
      name: 'recovering as DEGRADED ends the period too',
      pattern: '+-+',
      changes: [change(1, 'UP', 'DOWN'), change(2, 'DOWN', 'DEGRADED')],
      want: [{ startedAt: at(1), resolvedAt: at(2) }],
    },
    {
      name: 'still down: open period',
      pattern: '++---',
      changes: [change(2, 'UP', 'DOWN')],
      want: [{ startedAt: at(2), resolvedAt: null }],
    },
    {
      name: 'paused while down: the period ends at the pause',
      pattern: '+--',
      changes: [change(1, 'UP', 'DOWN'), change(2.5, 'DOWN', 'PAUSED')],
      want: [{ startedAt: at(1), resolvedAt: at(2.5) }],
    },
    {
      name: 'first check ever fails: PENDING → DOWN',
      pattern: '-+',
      changes: [change(0, 'PENDING', 'DOWN'), change(1, 'DOWN', 'UP')],
      want: [{ startedAt: at(0), resolvedAt: at(1) }],
    },
    {
      name: 'two separate incidents',
      pattern: '+-+-+',
      changes: [change(1, 'UP', 'DOWN'), change(2, 'DOWN', 'UP'), change(3, 'UP', 'DOWN'), change(4, 'DOWN', 'UP')],
      want: [
        { startedAt: at(1), resolvedAt: at(2) },
        { startedAt: at(3), resolvedAt: at(4) },
      ],
    },
  ])('$name', ({ pattern, changes, want }) => {
    expect(downtimePeriods(changes, checks(pattern))).toEqual(want);
  });
});
