import { chooseBucketSeconds, DAY_MS, HOUR_MS, parseBucket, periodWindow, planWindow } from './buckets.js';

const d = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

describe('chooseBucketSeconds', () => {
  it.each([
    ['1h', 60],
    ['24h', 300],
    ['7d', 1800],
    ['30d', 7200],
    ['90d', 86_400],
    ['1y', 86_400],
  ] as const)('%s → %i s, at most ~500 points', (period, want) => {
    const { from, to } = periodWindow(period, d('2026-10-31T12:00:00Z'));
    const windowMs = to.getTime() - from.getTime();
    expect(chooseBucketSeconds(windowMs)).toBe(want);
    if (period !== '1y') expect(windowMs / (want * 1000)).toBeLessThanOrEqual(500);
  });
});

describe('parseBucket', () => {
  it.each([
    ['5m', 300],
    ['1h', 3600],
    ['1d', 86_400],
    ['90s', 90],
    ['0m', null],
    ['5x', null],
    ['', null],
  ])('%s → %s', (text, want) => expect(parseBucket(text)).toBe(want));
});

describe('planWindow', () => {
  const wm = { hourlyWatermark: d('2026-10-10T10:00:00Z'), dailyWatermark: d('2026-10-10T00:00:00Z') };

  it('answers a 3.5-day window from days, hours around them and raw edges', () => {
    const plan = planWindow({ from: d('2026-10-06T22:30:00Z'), to: d('2026-10-10T10:20:00Z'), ...wm });
    expect(plan).toEqual({
      raw: [
        { startMs: ms('2026-10-06T22:30:00Z'), endMs: ms('2026-10-06T23:00:00Z') },
        { startMs: ms('2026-10-10T10:00:00Z'), endMs: ms('2026-10-10T10:20:00Z') },
      ],
      hourly: [
        { startMs: ms('2026-10-06T23:00:00Z'), endMs: ms('2026-10-07T00:00:00Z') },
        { startMs: ms('2026-10-10T00:00:00Z'), endMs: ms('2026-10-10T10:00:00Z') },
      ],
      daily: { startMs: ms('2026-10-07T00:00:00Z'), endMs: ms('2026-10-10T00:00:00Z') },
    });
  });

  it('after the watermark everything is raw: a rollup gap never loses data', () => {
    const plan = planWindow({ from: d('2026-10-10T09:00:00Z'), to: d('2026-10-10T14:00:00Z'), ...wm });
    expect(plan.hourly).toEqual([{ startMs: ms('2026-10-10T09:00:00Z'), endMs: ms('2026-10-10T10:00:00Z') }]);
    expect(plan.raw).toEqual([{ startMs: ms('2026-10-10T10:00:00Z'), endMs: ms('2026-10-10T14:00:00Z') }]);
  });

  it.each([
    { name: 'no rollups yet', input: { hourlyWatermark: null, dailyWatermark: null } },
    { name: 'raw forced', input: { ...wm, rawOnly: true } },
    { name: 'a 5-minute bucket', input: { ...wm, bucketSeconds: 300 } },
    {
      name: 'a window inside one hour',
      input: { ...wm, from: d('2026-10-08T01:10:00Z'), to: d('2026-10-08T01:50:00Z') },
    },
  ])('is all raw for $name', ({ input }) => {
    const from = 'from' in input ? input.from : d('2026-10-06T00:00:00Z');
    const to = 'to' in input ? input.to : d('2026-10-08T00:00:00Z');
    expect(planWindow({ from, to, ...input })).toEqual({
      raw: [{ startMs: from.getTime(), endMs: to.getTime() }],
      hourly: [],
      daily: null,
    });
  });

  it('uses hours but not days for a 2-hour bucket, and covers the window exactly once', () => {
    const from = d('2026-10-01T00:00:00Z');
    const to = d('2026-10-10T10:00:00Z');
    const plan = planWindow({ from, to, ...wm, bucketSeconds: 7200 });
    expect(plan.daily).toBeNull();
    const covered = [...plan.raw, ...plan.hourly].reduce((sum, i) => sum + i.endMs - i.startMs, 0);
    expect(covered).toBe(to.getTime() - from.getTime());
    expect(plan.hourly.every((i) => i.startMs % HOUR_MS === 0 && i.endMs % HOUR_MS === 0)).toBe(true);
    expect(DAY_MS % HOUR_MS).toBe(0);
  });
});
