import { toSparklineSeries } from './to-sparkline-series';

type Point = { avg: number | null; failures: number };
const p = (avg: number | null, failures = 0): Point => ({ avg, failures });
const columns = (points: Point[]) => ({
  start: '2026-10-01T00:00:00Z',
  bucket_seconds: 3600,
  count: points.map(() => 1),
  failures: points.map((x) => x.failures),
  avg_ms: points.map((x) => x.avg),
});

describe('toSparklineSeries', () => {
  it('scales latency into the box, the highest value at the top', () => {
    expect(toSparklineSeries(columns([p(50), p(100), p(0)]), 100, 22)).toEqual({
      segments: ['0,11 50,1 100,21'],
      failureXs: [],
    });
  });

  it('splits at gaps and marks failures', () => {
    expect(toSparklineSeries(columns([p(10), p(null, 3), p(10, 1)]), 10, 12)).toEqual({
      segments: ['0,1', '10,1'],
      failureXs: [5, 10],
    });
  });

  it('draws nothing for no data, without dividing by zero', () => {
    expect(toSparklineSeries(columns([]), 10, 10)).toEqual({ segments: [], failureXs: [] });
    expect(toSparklineSeries(columns([p(null)]), 10, 10)).toEqual({ segments: [], failureXs: [] });
  });
});
