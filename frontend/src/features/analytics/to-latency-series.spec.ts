import { formatTick, toLatencySeries } from './to-latency-series';

const point = (t: string, over: Partial<Parameters<typeof toLatencySeries>[0][number]> = {}) => ({
  t,
  count: 5,
  failures: 0,
  avg_ms: 100,
  p50_ms: 90,
  p95_ms: 150,
  p99_ms: 200,
  min_ms: 50,
  max_ms: 210,
  ...over,
});

describe('toLatencySeries', () => {
  it('keeps empty buckets as gaps and marks failures on p95, or at the top when all failed', () => {
    const series = toLatencySeries([
      point('2026-10-01T00:00:00Z'),
      point('2026-10-01T00:05:00Z', { count: 0, p50_ms: null, p95_ms: null }),
      point('2026-10-01T00:10:00Z', { failures: 2, p95_ms: 400 }),
      point('2026-10-01T00:15:00Z', { failures: 5, p50_ms: null, p95_ms: null }),
    ]);
    expect(series.map((s) => [s.p50, s.p95, s.failureY])).toEqual([
      [90, 150, null],
      [null, null, null],
      [90, 400, 400],
      [null, null, 400],
    ]);
    expect(series[0]!.tMs).toBe(Date.parse('2026-10-01T00:00:00Z'));
  });

  it('gives no markers and no crash for an empty series', () => {
    expect(toLatencySeries([])).toEqual([]);
  });
});

describe('formatTick', () => {
  it.each([
    [300, '08:05'],
    [3600, '08:05'],
    [7200, '10-03'],
    [86_400, '10-03'],
  ])('bucket %i s → %s', (bucket, want) => {
    expect(formatTick(Date.parse('2026-10-03T08:05:00Z'), bucket)).toBe(want);
  });
});
