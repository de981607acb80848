import type { LatencyPoint } from './api/types';

export interface LatencyChartPoint {
  tMs: number;
  p50: number | null;
  p95: number | null;
  failures: number;
  count: number;
  /** Where a failure marker sits: on the p95 line, or at the top of the chart when nothing succeeded. */
  failureY: number | null;
}

/** Chart rows from the API's buckets; empty buckets stay gaps (null), failures get a marker. */
export function toLatencySeries(points: LatencyPoint[]): LatencyChartPoint[] {
  const top = Math.max(0, ...points.map((p) => p.p95_ms ?? 0));
  return points.map((p) => ({
    tMs: Date.parse(p.t),
    p50: p.p50_ms,
    p95: p.p95_ms,
    failures: p.failures,
    count: p.count,
    failureY: p.failures > 0 ? (p.p95_ms ?? p.p50_ms ?? top) : null,
  }));
}

/** Tick label for a bucket start: clock time for short ranges, the date for long ones (UTC). */
export function formatTick(tMs: number, bucketSeconds: number): string {
  const iso = new Date(tMs).toISOString();
  return bucketSeconds >= 3600 * 2 ? iso.slice(5, 10) : iso.slice(11, 16);
}
