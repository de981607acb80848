import type { EndpointStatus } from '../db/schema.js';
import { checkUptimePercentage, periodsIn, statusSegments, timeWeightedUptime, type StateChange } from './uptime.js';

const T0 = Date.parse('2026-10-01T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const ms = (minutes: number) => T0 + minutes * 60_000;
const change = (minutes: number, from: EndpointStatus, to: EndpointStatus): StateChange => ({
  at: at(minutes),
  from,
  to,
});

describe('statusSegments', () => {
  it('is PENDING before creation, then follows the changes', () => {
    const segments = statusSegments({
      changes: [change(10, 'PENDING', 'UP'), change(30, 'UP', 'DOWN')],
      createdAt: at(5),
      current: 'DOWN',
      from: at(0),
      to: at(60),
    });
    expect(segments).toEqual([
      { startMs: ms(0), endMs: ms(5), status: 'PENDING' },
      { startMs: ms(5), endMs: ms(10), status: 'PENDING' },
      { startMs: ms(10), endMs: ms(30), status: 'UP' },
      { startMs: ms(30), endMs: ms(60), status: 'DOWN' },
    ]);
  });

  it('starts the window in the status of the last change before it', () => {
    const segments = statusSegments({
      changes: [change(-100, 'PENDING', 'UP'), change(-50, 'UP', 'PAUSED')],
      createdAt: at(-200),
      current: 'PAUSED',
      from: at(0),
      to: at(10),
    });
    expect(segments).toEqual([{ startMs: ms(0), endMs: ms(10), status: 'PAUSED' }]);
  });

  it('uses the current status when nothing ever changed', () => {
    expect(statusSegments({ changes: [], createdAt: at(-1), current: 'UP', from: at(0), to: at(1) })).toEqual([
      { startMs: ms(0), endMs: ms(1), status: 'UP' },
    ]);
  });
});

describe('timeWeightedUptime (hand-computed windows)', () => {
  const day = { from: at(0), to: at(1440) };
  const upAllDay = statusSegments({ changes: [], createdAt: at(-10), current: 'UP', ...day });
  it.each([
    {
      name: 'no downtime',
      segments: upAllDay,
      downtime: [],
      maintenance: [],
      want: { countedSeconds: 86_400, downtimeSeconds: 0, degradedSeconds: 0, uptimePercentage: 100 },
    },
    {
      name: '14.4 minutes down in a day = 99 %',
      segments: upAllDay,
      downtime: [{ startMs: ms(100), endMs: ms(114.4) }],
      maintenance: [],
      want: { countedSeconds: 86_400, downtimeSeconds: 864, degradedSeconds: 0, uptimePercentage: 99 },
    },
    {
      name: 'a pause is excluded: 60 min down over 720 counted min',
      segments: statusSegments({
        changes: [change(0, 'UP', 'UP'), change(720, 'UP', 'PAUSED')],
        createdAt: at(-10),
        current: 'PAUSED',
        ...day,
      }),
      downtime: [{ startMs: ms(60), endMs: ms(120) }],
      maintenance: [],
      want: { countedSeconds: 43_200, downtimeSeconds: 3600, degradedSeconds: 0, uptimePercentage: 91.667 },
    },
    {
      name: 'maintenance hides downtime inside it',
      segments: upAllDay,
      downtime: [{ startMs: ms(60), endMs: ms(180) }],
      maintenance: [{ startMs: ms(120), endMs: ms(240) }],
      want: { countedSeconds: 79_200, downtimeSeconds: 3600, degradedSeconds: 0, uptimePercentage: 95.455 },
    },
    {
      name: 'PENDING before the first check and after a resume is excluded',
      segments: statusSegments({
        changes: [
          change(240, 'PENDING', 'UP'),
          change(600, 'UP', 'PAUSED'),
          change(700, 'PAUSED', 'PENDING'),
          change(760, 'PENDING', 'UP'),
        ],
        createdAt: at(120),
        current: 'UP',
        ...day,
      }),
      downtime: [{ startMs: ms(1000), endMs: ms(1036) }],
      maintenance: [],
      // counted = (600−240) + (1440−760) = 1040 min; 36 min down
      want: { countedSeconds: 62_400, downtimeSeconds: 2160, degradedSeconds: 0, uptimePercentage: 96.538 },
    },
    {
      name: 'DEGRADED counts as up and is reported separately',
      segments: statusSegments({
        changes: [change(100, 'UP', 'DEGRADED'), change(160, 'DEGRADED', 'UP')],
        createdAt: at(-10),
        current: 'UP',
        ...day,
      }),
      downtime: [],
      maintenance: [],
      want: { countedSeconds: 86_400, downtimeSeconds: 0, degradedSeconds: 3600, uptimePercentage: 100 },
    },
    {
      name: 'an open incident at the window edge counts up to the end of the window',
      segments: statusSegments({ changes: [change(1400, 'UP', 'DOWN')], createdAt: at(-10), current: 'DOWN', ...day }),
      downtime: periodsIn([{ startedAt: at(1398), resolvedAt: null }], at(0), at(1440)),
      maintenance: [],
      want: { countedSeconds: 86_400, downtimeSeconds: 2520, degradedSeconds: 0, uptimePercentage: 97.083 },
    },
    {
      name: 'an incident that started before the window counts only inside it',
      segments: upAllDay,
      downtime: periodsIn([{ startedAt: at(-30), resolvedAt: at(30) }], at(0), at(1440)),
      maintenance: [],
      want: { countedSeconds: 86_400, downtimeSeconds: 1800, degradedSeconds: 0, uptimePercentage: 97.917 },
    },
    {
      name: 'an empty window (never checked) is null, not NaN',
      segments: statusSegments({ changes: [], createdAt: at(-10), current: 'PENDING', ...day }),
      downtime: [],
      maintenance: [],
      want: { countedSeconds: 0, downtimeSeconds: 0, degradedSeconds: 0, uptimePercentage: null },
    },
    {
      name: 'a window entirely in maintenance is null',
      segments: upAllDay,
      downtime: [{ startMs: ms(10), endMs: ms(20) }],
      maintenance: [{ startMs: ms(-10), endMs: ms(1500) }],
      want: { countedSeconds: 0, downtimeSeconds: 0, degradedSeconds: 0, uptimePercentage: null },
    },
  ])('$name', ({ segments, downtime, maintenance, want }) => {
    expect(timeWeightedUptime({ ...day, segments, downtime, maintenance })).toEqual(want);
  });

  it('keeps UTC day boundaries exact: a period across midnight splits by the millisecond', () => {
    const firstDay = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-10-02T00:00:00Z') };
    const secondDay = { from: new Date('2026-10-02T00:00:00Z'), to: new Date('2026-10-03T00:00:00Z') };
    const incident = [{ startedAt: new Date('2026-10-01T23:50:00Z'), resolvedAt: new Date('2026-10-02T00:20:00Z') }];
    const run = (w: { from: Date; to: Date }) =>
      timeWeightedUptime({
        ...w,
        segments: statusSegments({ changes: [], createdAt: at(-10), current: 'UP', ...w }),
        downtime: periodsIn(incident, w.from, w.to),
        maintenance: [],
      });
    expect(run(firstDay).downtimeSeconds).toBe(600);
    expect(run(secondDay).downtimeSeconds).toBe(1200);
  });
});

describe('checkUptimePercentage', () => {
  it.each([
    [0, 0, null],
    [3, 3, 100],
    [2, 3, 66.667],
    [0, 5, 0],
  ])('%i of %i → %s', (ok, total, want) => {
    expect(checkUptimePercentage(ok, total)).toBe(want);
  });
});
