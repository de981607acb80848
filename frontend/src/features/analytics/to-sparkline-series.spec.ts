import { toSparklineSeries } from './to-sparkline-series';

const p = (avg: number | null, failures = 0) => ({ t: '2026-10-01T00:00:00Z', count: 1, failures, avg_ms: avg });

describe('toSparklineSeries', () => {
  it('scales latency into the box, the highest value at the top', () => {
    expect(toSparklineSeries([p(50), p(100), p(0)], 100, 22)).toEqual({
      segments: ['0,11 50,1 100,21'],
      failureXs: [],
    });
  });

  it('splits at gaps and marks failures', () => {
    expect(toSparklineSeries([p(10), p(null, 3), p(10, 1)], 10, 12)).toEqual({
      segments: ['0,1', '10,1'],
      failureXs: [5, 10],
    });
  });

  it('draws nothing for no data, without dividing by zero', () => {
    expect(toSparklineSeries([], 10, 10)).toEqual({ segments: [], failureXs: [] });
    expect(toSparklineSeries([p(null)], 10, 10)).toEqual({ segments: [], failureXs: [] });
  });
});
