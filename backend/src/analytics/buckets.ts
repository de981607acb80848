import type { Interval } from './intervals.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const PERIODS = ['1h', '24h', '7d', '30d', '90d', '1y'] as const;
export type Period = (typeof PERIODS)[number];
const PERIOD_MS: Record<Period, number> = {
  '1h': HOUR_MS,
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
  '90d': 90 * DAY_MS,
  '1y': 365 * DAY_MS,
};

export function periodWindow(period: Period, now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - PERIOD_MS[period]), to: now };
}

/** Bucket sizes a chart may use, smallest first; every one divides a day, so buckets align to UTC midnight. */
export const BUCKET_SECONDS = [60, 300, 900, 1800, 3600, 7200, 86_400] as const;
export const MAX_POINTS = 500;

/** The smallest bucket that gives at most 500 points: 1 min for 1 h, 5 min for 24 h, 30 min for 7 d, 2 h for 30 d, 1 d for 90 d. */
export function chooseBucketSeconds(windowMs: number): number {
  return BUCKET_SECONDS.find((b) => windowMs / (b * 1000) <= MAX_POINTS) ?? BUCKET_SECONDS[BUCKET_SECONDS.length - 1]!;
}

/** "5m", "1h", "1d", "90s" → seconds; anything else → null. */
export function parseBucket(text: string): number | null {
  const match = /^(\d{1,6})([smhd])$/.exec(text);
  if (!match) return null;
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * unit;
  return seconds > 0 ? seconds : null;
}

export interface WindowPlan {
  /** Read from raw check results (the window's open edges, or everything when no rollup fits). */
  raw: Interval[];
  hourly: Interval[];
  daily: Interval | null;
}

const floorTo = (ms: number, unit: number) => Math.floor(ms / unit) * unit;
const ceilTo = (ms: number, unit: number) => Math.ceil(ms / unit) * unit;

/**
 * Which source answers which part of [from, to): daily rollups for whole closed days, hourly rollups
 * for whole closed hours around them, raw rows for the partial hours at the edges and anything after
 * the rollup watermarks. With a bucket, a rollup level is used only if the bucket is a multiple of it.
 */
export function planWindow(input: {
  from: Date;
  to: Date;
  hourlyWatermark: Date | null;
  dailyWatermark: Date | null;
  bucketSeconds?: number | null;
  rawOnly?: boolean;
}): WindowPlan {
  const fromMs = input.from.getTime();
  const toMs = input.to.getTime();
  const all: WindowPlan = { raw: toMs > fromMs ? [{ startMs: fromMs, endMs: toMs }] : [], hourly: [], daily: null };
  const bucketMs = input.bucketSeconds ? input.bucketSeconds * 1000 : null;
  if (input.rawOnly || !input.hourlyWatermark || (bucketMs !== null && bucketMs % HOUR_MS !== 0)) return all;
  const h1 = ceilTo(fromMs, HOUR_MS);
  const h2 = Math.min(floorTo(toMs, HOUR_MS), input.hourlyWatermark.getTime());
  if (h2 <= h1) return all;
  const raw = [
    { startMs: fromMs, endMs: h1 },
    { startMs: h2, endMs: toMs },
  ].filter((i) => i.endMs > i.startMs);
  let daily: Interval | null = null;
  if (input.dailyWatermark && (bucketMs === null || bucketMs % DAY_MS === 0)) {
    const d1 = ceilTo(fromMs, DAY_MS);
    const d2 = Math.min(floorTo(toMs, DAY_MS), input.dailyWatermark.getTime(), h2);
    if (d2 > d1) daily = { startMs: d1, endMs: d2 };
  }
  const hourly = daily
    ? [
        { startMs: h1, endMs: daily.startMs },
        { startMs: daily.endMs, endMs: h2 },
      ].filter((i) => i.endMs > i.startMs)
    : [{ startMs: h1, endMs: h2 }];
  return { raw, hourly, daily };
}
