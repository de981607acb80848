import type { AggregateRow } from './analytics.repository.js';
import { mergeHistograms } from './histogram.js';

/**
 * One row holding the sum of `rows` (all of one group): counts and latency sums added, min of the
 * minima, max of the maxima, histograms merged bin by bin. Summing in any grouping gives the same
 * row, so a window's closed part can be summed once and reused with its open edge.
 */
export function sumAggregates(rows: readonly AggregateRow[], endpointId = 0, bucket = 0): AggregateRow {
  let checks = 0;
  let ok = 0;
  let degraded = 0;
  let latencyCount = 0;
  let latencySumMs = 0;
  let latencyMinMs: number | null = null;
  let latencyMaxMs: number | null = null;
  for (const r of rows) {
    checks += r.checks;
    ok += r.ok;
    degraded += r.degraded;
    latencyCount += r.latencyCount;
    latencySumMs += r.latencySumMs;
    if (r.latencyMinMs !== null && (latencyMinMs === null || r.latencyMinMs < latencyMinMs))
      latencyMinMs = r.latencyMinMs;
    if (r.latencyMaxMs !== null && (latencyMaxMs === null || r.latencyMaxMs > latencyMaxMs))
      latencyMaxMs = r.latencyMaxMs;
  }
  const histogram = mergeHistograms(rows.map((r) => r.histogram));
  return {
    endpointId,
    bucket,
    checks,
    ok,
    degraded,
    latencyCount,
    latencySumMs,
    latencyMinMs,
    latencyMaxMs,
    histogram,
  };
}

/** Rows by endpoint id, in input order within each endpoint. */
export function groupByEndpoint(rows: readonly AggregateRow[]): Map<number, AggregateRow[]> {
  const out = new Map<number, AggregateRow[]>();
  for (const r of rows) {
    const own = out.get(r.endpointId);
    if (own) own.push(r);
    else out.set(r.endpointId, [r]);
  }
  return out;
}

/**
 * Rows summed per (endpoint, bucket), in first-seen order: rollup rows fetched as stored become one
 * row per group, as SQL's unnest-and-regroup would give, for a fraction of its cost.
 */
export function sumPerGroup(rows: readonly AggregateRow[]): AggregateRow[] {
  const groups = new Map<string, AggregateRow[]>();
  for (const r of rows) {
    const key = `${r.endpointId}:${r.bucket}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? g[0]! : sumAggregates(g, g[0]!.endpointId, g[0]!.bucket)));
}
