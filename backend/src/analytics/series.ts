import type { AggregateRow } from './analytics.repository.js';
import { latencyFigures, type LatencyFigures } from './window-figures.js';

export interface BucketSums {
  count: number;
  ok: number;
  latencyCount: number;
  latencySumMs: number;
}

/** Rows summed per bucket start (epoch ms): what a sparkline needs, no histograms. */
export function bucketSums(rows: readonly AggregateRow[]): Map<number, BucketSums> {
  const byT = new Map<number, BucketSums>();
  for (const r of rows) {
    const p = byT.get(r.bucket * 1000);
    if (p) {
      p.count += r.checks;
      p.ok += r.ok;
      p.latencyCount += r.latencyCount;
      p.latencySumMs += r.latencySumMs;
    } else
      byT.set(r.bucket * 1000, {
        count: r.checks,
        ok: r.ok,
        latencyCount: r.latencyCount,
        latencySumMs: r.latencySumMs,
      });
  }
  return byT;
}

export interface SparkColumns {
  /** The first bucket's start. */
  start: Date;
  count: number[];
  failures: number[];
  avgMs: (number | null)[];
}

/**
 * Sparkline columns over every bucket of the window: counts, failures and average latency (no
 * percentiles: cheap for 1,000 endpoints). `parts` are bucket sums to add up (the cached closed
 * buckets and this request's edges), so the closed part is summed once, not per request.
 */
export function sparkColumns(
  parts: readonly Map<number, BucketSums>[],
  window: { from: Date; to: Date },
  bucketSeconds: number,
): SparkColumns {
  const bucketMs = bucketSeconds * 1000;
  const first = Math.floor(window.from.getTime() / bucketMs) * bucketMs;
  const out: SparkColumns = { start: new Date(first), count: [], failures: [], avgMs: [] };
  for (let t = first; t < window.to.getTime(); t += bucketMs) {
    let count = 0;
    let ok = 0;
    let latencyCount = 0;
    let latencySumMs = 0;
    for (const part of parts) {
      const p = part.get(t);
      if (!p) continue;
      count += p.count;
      ok += p.ok;
      latencyCount += p.latencyCount;
      latencySumMs += p.latencySumMs;
    }
    out.count.push(count);
    out.failures.push(count - ok);
    out.avgMs.push(latencyCount ? Math.round((latencySumMs / latencyCount) * 100) / 100 : null);
  }
  return out;
}

/** Every bucket of [from, to), empty ones included, so charts show gaps as gaps. */
export function fillBuckets(
  rows: AggregateRow[],
  from: Date,
  to: Date,
  bucketSeconds: number,
  exact?: (tMs: number) => [number, number, number] | undefined,
): { t: Date; figures: LatencyFigures }[] {
  const bucketMs = bucketSeconds * 1000;
  const byT = new Map<number, AggregateRow[]>();
  for (const r of rows) byT.set(r.bucket * 1000, [...(byT.get(r.bucket * 1000) ?? []), r]);
  const out: { t: Date; figures: LatencyFigures }[] = [];
  for (let t = Math.floor(from.getTime() / bucketMs) * bucketMs; t < to.getTime(); t += bucketMs) {
    out.push({ t: new Date(t), figures: latencyFigures(byT.get(t) ?? [], exact?.(t)) });
  }
  return out;
}
