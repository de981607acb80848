import type { SeriesBucket } from './usage.repository.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Default and largest windows per bucket size: 48 hours / 31 days of hours, 30 days / 366 days of days. */
export const SERIES_WINDOWS: Record<SeriesBucket, { defaultMs: number; maxMs: number }> = {
  hour: { defaultMs: 48 * HOUR_MS, maxMs: 31 * DAY_MS },
  day: { defaultMs: 30 * DAY_MS, maxMs: 366 * DAY_MS },
};

/** Start of the UTC hour or day that contains `at`. */
export function bucketStart(at: Date, bucket: SeriesBucket): Date {
  const size = bucket === 'hour' ? HOUR_MS : DAY_MS;
  return new Date(Math.floor(at.getTime() / size) * size);
}

/**
 * The [from, to) window of a series request: `to` defaults to the end of the current bucket, `from` to
 * the bucket's default window before it; both snap to bucket edges. Null when it is wider than allowed.
 */
export function seriesWindow(
  bucket: SeriesBucket,
  requested: { from?: Date; to?: Date },
  now: Date,
): { from: Date; to: Date } | null {
  const size = bucket === 'hour' ? HOUR_MS : DAY_MS;
  const toBase = requested.to ?? new Date(bucketStart(now, bucket).getTime() + size);
  const to = new Date(Math.ceil(toBase.getTime() / size) * size);
  const from = bucketStart(requested.from ?? new Date(to.getTime() - SERIES_WINDOWS[bucket].defaultMs), bucket);
  if (to.getTime() - from.getTime() > SERIES_WINDOWS[bucket].maxMs) return null;
  return { from, to };
}
