import type { AggregateRow } from './analytics.repository.js';
import { groupByEndpoint, sumAggregates, sumPerGroup } from './aggregate-rows.js';
import { histogramOf } from './histogram.js';

const row = (endpointId: number, bucket: number, latencies: number[], failed = 0): AggregateRow => ({
  endpointId,
  bucket,
  checks: latencies.length + failed,
  ok: latencies.length,
  degraded: 0,
  latencyCount: latencies.length,
  latencySumMs: latencies.reduce((a, b) => a + b, 0),
  latencyMinMs: latencies.length ? Math.min(...latencies) : null,
  latencyMaxMs: latencies.length ? Math.max(...latencies) : null,
  histogram: histogramOf(latencies),
});

describe('sumAggregates', () => {
  it.each([
    { name: 'nothing', parts: [] as number[][] },
    { name: 'one part', parts: [[120, 80]] },
    { name: 'parts with an empty one', parts: [[120, 80], [], [5, 900, 300]] },
  ])('of $name equals the row of all the values at once', ({ parts }) => {
    const all = parts.flat();
    const summed = sumAggregates(
      parts.map((p, k) => row(7, k * 3600, p, 1)),
      7,
    );
    expect(summed).toEqual({ ...row(7, 0, all, parts.length), histogram: histogramOf(all) });
  });

  it('is the same however the rows are grouped first', () => {
    const parts = [[1, 2], [300], [40, 41, 42], [7000]].map((p, k) => row(1, k, p));
    const twoStep = sumAggregates([sumAggregates(parts.slice(0, 2)), sumAggregates(parts.slice(2))]);
    expect(twoStep).toEqual(sumAggregates(parts));
  });
});

describe('groupByEndpoint', () => {
  it('keeps input order within each endpoint', () => {
    const rows = [row(2, 0, [1]), row(1, 0, [2]), row(2, 3600, [3])];
    expect([...groupByEndpoint(rows)].map(([id, r]) => [id, r.map((x) => x.bucket)])).toEqual([
      [2, [0, 3600]],
      [1, [0]],
    ]);
  });
});

describe('sumPerGroup', () => {
  it('sums rows of the same endpoint and bucket, keeps lone rows as they are', () => {
    const lone = row(2, 0, [9]);
    const rows = [row(1, 0, [1, 2]), lone, row(1, 0, [300]), row(1, 3600, [4])];
    expect(sumPerGroup(rows)).toEqual([
      sumAggregates([rows[0]!, rows[2]!], 1, 0),
      lone,
      { ...rows[3]!, histogram: rows[3]!.histogram },
    ]);
    expect(sumPerGroup(rows)[1]).toBe(lone);
  });
});
