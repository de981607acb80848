/**
 * Fixed log-scale latency histogram (the DDSketch mapping with a fixed α).
 *
 * Bin 0 holds latencies ≤ 1 ms; bin i ≥ 1 holds (γ^(i−1), γ^i] ms with γ = (1+α)/(1−α), α = 0.02.
 * A bin is reported as 2γ^i/(γ+1), which is within α = 2 % of every value in the bin, so any
 * percentile read from the histogram is within 2 % (relative) of the exact nearest-rank percentile,
 * and is also clamped into the exact [min, max]. 1 ms … 120 s spans 292 bins; a bucket stores only
 * the bins it uses (sparse: parallel arrays of bin numbers and counts), typically a few dozen.
 *
 * The same mapping exists in SQL (`HISTOGRAM_BIN_SQL` in analytics.repository.ts) so rollups and raw
 * edges land in identical bins.
 */
export const HISTOGRAM_ALPHA = 0.02;
export const HISTOGRAM_GAMMA = (1 + HISTOGRAM_ALPHA) / (1 - HISTOGRAM_ALPHA);
export const HISTOGRAM_LN_GAMMA = Math.log(HISTOGRAM_GAMMA);

/** Sparse histogram: bins[k] (ascending) holds counts[k] values. */
export interface Histogram {
  bins: number[];
  counts: number[];
}

export function binOf(latencyMs: number): number {
  return latencyMs <= 1 ? 0 : Math.ceil(Math.log(latencyMs) / HISTOGRAM_LN_GAMMA);
}

export function binValue(bin: number): number {
  return bin === 0 ? 1 : (2 * HISTOGRAM_GAMMA ** bin) / (HISTOGRAM_GAMMA + 1);
}

export function histogramOf(latenciesMs: readonly number[]): Histogram {
  const map = new Map<number, number>();
  for (const v of latenciesMs) map.set(binOf(v), (map.get(binOf(v)) ?? 0) + 1);
  return fromMap(map);
}

/**
 * Bin-wise sum. Bins are small non-negative integers (292 for 120 s), so the counts are added into a
 * dense array rather than a Map: the all-endpoint routes merge tens of thousands of histograms.
 */
export function mergeHistograms(histograms: readonly Histogram[]): Histogram {
  if (histograms.length === 1) return histograms[0]!;
  if (histograms.length === 2) return mergeTwo(histograms[0]!, histograms[1]!);
  let top = -1;
  let bottom = 0;
  for (const h of histograms) {
    if (!h.bins.length) continue;
    top = Math.max(top, h.bins[h.bins.length - 1]!);
    bottom = Math.min(bottom, h.bins[0]!);
  }
  if (top < 0) return { bins: [], counts: [] };
  if (top > DENSE_LIMIT || bottom < 0) return mergeSparse(histograms);
  // One scratch array, left all zero after each call (nothing here awaits), instead of a new one
  // per merge: the all-endpoint routes merge a few histograms for each of 1,000 endpoints.
  const dense = SCRATCH;
  for (const h of histograms) for (let k = 0; k < h.bins.length; k++) dense[h.bins[k]!]! += h.counts[k]!;
  const bins: number[] = [];
  const counts: number[] = [];
  for (let bin = 0; bin <= top; bin++) {
    if (dense[bin] !== 0) {
      bins.push(bin);
      counts.push(dense[bin]!);
      dense[bin] = 0;
    }
  }
  return { bins, counts };
}

/** γ^4096 ms is far beyond any latency: past it (a smallint bin is possible) a Map is used instead. */
const DENSE_LIMIT = 4096;
const SCRATCH = new Float64Array(DENSE_LIMIT + 1);

/** Two sorted sparse histograms in one pass (a window's closed part plus its edge). */
function mergeTwo(a: Histogram, b: Histogram): Histogram {
  const bins: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.bins.length || j < b.bins.length) {
    const ba = i < a.bins.length ? a.bins[i]! : Infinity;
    const bb = j < b.bins.length ? b.bins[j]! : Infinity;
    if (ba <= bb) {
      bins.push(ba);
      counts.push(a.counts[i++]! + (ba === bb ? b.counts[j++]! : 0));
    } else {
      bins.push(bb);
      counts.push(b.counts[j++]!);
    }
  }
  return { bins, counts };
}

function mergeSparse(histograms: readonly Histogram[]): Histogram {
  const map = new Map<number, number>();
  for (const h of histograms) h.bins.forEach((bin, k) => map.set(bin, (map.get(bin) ?? 0) + h.counts[k]!));
  return fromMap(map);
}

function fromMap(map: Map<number, number>): Histogram {
  const bins = [...map.keys()].sort((a, b) => a - b);
  return { bins, counts: bins.map((b) => map.get(b)!) };
}

/** Nearest-rank percentile read from the histogram, clamped into [minMs, maxMs]; empty → null. */
export function histogramPercentile(
  h: Histogram,
  p: number,
  minMs: number | null,
  maxMs: number | null,
): number | null {
  const total = h.counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let cumulative = 0;
  for (let k = 0; k < h.bins.length; k++) {
    cumulative += h.counts[k]!;
    if (cumulative >= rank) {
      let value = binValue(h.bins[k]!);
      if (minMs !== null) value = Math.max(value, minMs);
      if (maxMs !== null) value = Math.min(value, maxMs);
      return Math.round(value * 100) / 100;
    }
  }
  return maxMs;
}
