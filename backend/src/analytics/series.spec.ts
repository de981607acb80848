import type { AggregateRow } from './analytics.repository.js';
import { bucketSums, sparkColumns } from './series.js';

const H = 3600;
const row = (bucket: number, checks: number, ok: number, latencySumMs: number): AggregateRow => ({
  endpointId: 1,
  bucket,
  checks,
  ok,
  degraded: 0,
  latencyCount: ok,
  latencySumMs,
  latencyMinMs: null,
  latencyMaxMs: null,
  histogram: { bins: [], counts: [] },
});
const window = { from: new Date(0), to: new Date(3 * H * 1000 + 60_000) };

describe('sparkColumns', () => {
  it('has every bucket of the window, empty ones as 0 checks and no average', () => {
    const spark = sparkColumns([bucketSums([row(H, 4, 3, 300)])], window, H);
    expect(spark).toEqual({
      start: new Date(0),
      count: [0, 4, 0, 0],
      failures: [0, 1, 0, 0],
      avgMs: [null, 100, null, null],
    });
  });

  it('gives the same columns from parts summed separately as from all rows at once', () => {
    const closed = [row(0, 60, 60, 6000), row(H, 60, 59, 5900), row(2 * H, 60, 60, 7200)];
    const edges = [row(3 * H, 1, 1, 333), row(3 * H, 2, 1, 101), row(2 * H, 0, 0, 0)];
    expect(sparkColumns([bucketSums(closed), bucketSums(edges)], window, H)).toEqual(
      sparkColumns([bucketSums([...closed, ...edges])], window, H),
    );
  });
});
