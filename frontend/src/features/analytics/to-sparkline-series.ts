import type { OverviewRow } from './api/types';

export interface Sparkline {
  /** SVG polyline points of average latency, scaled into width × height; gaps split segments. */
  segments: string[];
  /** x positions of buckets with failures (drawn as red ticks). */
  failureXs: number[];
}

export function toSparklineSeries(spark: OverviewRow['sparkline'], width: number, height: number): Sparkline {
  const points = spark.avg_ms.map((avg, k) => ({ avg_ms: avg, failures: spark.failures[k] ?? 0 }));
  const values = points.map((p) => p.avg_ms).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const x = (k: number) => Math.round(k * step * 10) / 10;
  const y = (v: number) => Math.round((height - (v / max) * (height - 2) - 1) * 10) / 10;
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, k) => {
    if (p.avg_ms === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(k)},${y(p.avg_ms)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return { segments, failureXs: points.flatMap((p, k) => (p.failures > 0 ? [x(k)] : [])) };
}
