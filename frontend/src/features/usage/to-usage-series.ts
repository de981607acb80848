import type { UsageSeriesResponse } from './api/types';

export interface UsageChartPoint {
  /** Bucket start, ms since the epoch. */
  at: number;
  /** Axis label: "06:00" for hours, "12-01" for days (UTC). */
  label: string;
  count: number;
}

const SIZE_MS = { hour: 3_600_000, day: 86_400_000 } as const;

/** Every bucket of [from, to), zero where the server reported no uses, ready for the bar chart. */
export function toUsageSeries(series: UsageSeriesResponse): UsageChartPoint[] {
  const size = SIZE_MS[series.bucket];
  const counts = new Map(series.points.map((p) => [Date.parse(p.at), p.count]));
  const out: UsageChartPoint[] = [];
  for (let at = Date.parse(series.from); at < Date.parse(series.to); at += size) {
    const iso = new Date(at).toISOString();
    out.push({
      at,
      label: series.bucket === 'hour' ? iso.slice(11, 16) : iso.slice(5, 10),
      count: counts.get(at) ?? 0,
    });
  }
  return out;
}

/** Total uses of a series. */
export const seriesTotal = (points: UsageChartPoint[]) => points.reduce((sum, p) => sum + p.count, 0);
