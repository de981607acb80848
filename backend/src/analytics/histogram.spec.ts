import { binOf, binValue, histogramOf, histogramPercentile, HISTOGRAM_ALPHA, mergeHistograms } from './histogram.js';
import { exactPercentile, sortNumbers } from './percentiles.js';
import { seededRandom as random } from '../../test/random.js';

describe('log-scale histogram', () => {
  it.each([0, 1, 2, 3, 10, 99, 100, 101, 1234, 60_000])('bin of %i ms reports a value within 2 %', (ms) => {
    const value = binValue(binOf(ms));
    if (ms <= 1) expect(value).toBe(1);
    else expect(Math.abs(value - ms) / ms).toBeLessThanOrEqual(HISTOGRAM_ALPHA + 1e-12);
  });

  it('spans 1 ms to 120 s in under 300 bins', () => {
    expect(binOf(120_000)).toBeLessThan(300);
  });

  it.each([
    { name: 'lognormal around 120 ms', seed: 1, sample: (r: () => number) => 120 * Math.exp(0.6 * gauss(r)) },
    { name: 'uniform 1–5000 ms', seed: 2, sample: (r: () => number) => 1 + r() * 4999 },
    {
      name: 'bimodal 20 ms / 2 s',
      seed: 3,
      sample: (r: () => number) => (r() < 0.9 ? 20 + r() * 5 : 2000 + r() * 500),
    },
  ])('p50/p95/p99 of 10,000 random latencies ($name) are within 2 % of exact', ({ seed, sample }) => {
    const r = random(seed);
    const latencies = Array.from({ length: 10_000 }, () => Math.max(0, Math.round(sample(r))));
    const sorted = sortNumbers(latencies);
    // Merging ten partial histograms must give the same answer as one: rollups depend on it.
    const parts = Array.from({ length: 10 }, (_, k) => histogramOf(latencies.slice(k * 1000, (k + 1) * 1000)));
    const merged = mergeHistograms(parts);
    expect(merged).toEqual(histogramOf(latencies));
    for (const p of [50, 95, 99]) {
      const exact = exactPercentile(sorted, p)!;
      const estimate = histogramPercentile(merged, p, sorted[0]!, sorted[sorted.length - 1]!)!;
      expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_ALPHA + 0.0005);
    }
  });

  it.each([
    { name: 'no histograms', parts: [] },
    { name: 'empty ones', parts: [histogramOf([]), histogramOf([])] },
    { name: 'one', parts: [histogramOf([5, 5, 300])] },
    { name: 'two overlapping', parts: [histogramOf([3, 3, 800]), histogramOf([1, 3, 9000])] },
    { name: 'two, one empty', parts: [histogramOf([]), histogramOf([40, 41])] },
    { name: 'disjoint and overlapping bins', parts: [histogramOf([1, 2, 3]), histogramOf([3, 800]), histogramOf([])] },
    { name: 'a bin past the dense range', parts: [{ bins: [2, 5000], counts: [1, 2] }, histogramOf([2, 9])] },
    { name: 'three, twice in a row', parts: [histogramOf([7, 7]), histogramOf([7, 300]), histogramOf([2])] },
  ])('merging ($name) adds counts bin by bin', ({ parts }) => {
    const expected = new Map<number, number>();
    for (const h of parts) h.bins.forEach((b, k) => expected.set(b, (expected.get(b) ?? 0) + h.counts[k]!));
    const bins = [...expected.keys()].sort((a, b) => a - b);
    expect(mergeHistograms(parts)).toEqual({ bins, counts: bins.map((b) => expected.get(b)) });
  });

  it('answers null for an empty histogram and clamps into [min, max]', () => {
    expect(histogramPercentile({ bins: [], counts: [] }, 95, null, null)).toBeNull();
    expect(histogramPercentile(histogramOf([0, 0, 0]), 50, 0, 0)).toBe(0);
    expect(histogramPercentile(histogramOf([500]), 99, 500, 500)).toBe(500);
  });
});

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
