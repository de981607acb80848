import { sql, type SQL } from 'drizzle-orm';
import { HISTOGRAM_LN_GAMMA } from './histogram.js';
import type { Interval } from './intervals.js';
import type { WindowPlan } from './buckets.js';

/** The histogram bin of a raw latency in SQL: the same mapping as binOf() in histogram.ts. */
export const HISTOGRAM_BIN_SQL = (latency: SQL) =>
  sql`(case when ${latency} <= 1 then 0 else ceil(ln(${latency}::float8) / ${sql.raw(String(HISTOGRAM_LN_GAMMA))}) end)::smallint`;

/** floor(t / bucket) × bucket as epoch seconds; no bucket = one group for the whole window. */
export const bucketSql = (column: SQL, bucketSeconds: number | null) =>
  bucketSeconds
    ? sql`(floor(extract(epoch from ${column}) / ${sql.raw(String(bucketSeconds))}) * ${sql.raw(String(bucketSeconds))})::float8`
    : sql`0::float8`;

export const ts = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;

export function rangesSql(column: SQL, ranges: Interval[]): SQL {
  if (!ranges.length) return sql`false`;
  return sql.join(
    ranges.map((r) => sql`(${column} >= ${ts(r.startMs)} and ${column} < ${ts(r.endMs)})`),
    sql` or `,
  );
}

export function endpointFilter(column: SQL, endpointIds: number[] | null): SQL {
  if (endpointIds === null) return sql`true`;
  if (!endpointIds.length) return sql`false`;
  return sql`${column} in (${sql.join(
    endpointIds.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

/**
 * One statement answering a window for many endpoints at once: rollup rows for the closed buckets of
 * the plan and raw rows for its edges, grouped by (endpoint, bucket). Counts and latency scalars come
 * from `scalars`, the merged sparse histogram from `hist` (skipped when not wanted).
 */
export function windowAggregateSql(input: {
  plan: WindowPlan;
  endpointIds: number[] | null;
  bucketSeconds: number | null;
  withHistogram: boolean;
}): SQL {
  const { plan, endpointIds, bucketSeconds } = input;
  const b = (col: string) => bucketSql(sql.raw(col), bucketSeconds);
  const rollupWhere = (table: 'check_rollups_daily' | 'check_rollups_hourly', ranges: Interval[]) =>
    sql`select endpoint_id, bucket_start, checks, ok_checks, degraded_checks, latency_count, latency_sum_ms, latency_min_ms, latency_max_ms, hist_bins, hist_counts
        from ${sql.raw(table)} where ${endpointFilter(sql.raw('endpoint_id'), endpointIds)} and (${rangesSql(sql.raw('bucket_start'), ranges)})`;
  const roll = sql`${rollupWhere('check_rollups_daily', plan.daily ? [plan.daily] : [])} union all ${rollupWhere('check_rollups_hourly', plan.hourly)}`;
  const raw = sql`select endpoint_id, checked_at, ok, degraded, latency_ms from check_results
        where ${endpointFilter(sql.raw('endpoint_id'), endpointIds)} and (${rangesSql(sql.raw('checked_at'), plan.raw)})`;
  const histogram = input.withHistogram
    ? sql`, bins as (
        select endpoint_id, ${b('bucket_start')} as bucket, u.bin, sum(u.n)::int as n
          from roll, unnest(hist_bins, hist_counts) as u(bin, n) group by 1, 2, 3
        union all
        select endpoint_id, ${b('checked_at')}, ${HISTOGRAM_BIN_SQL(sql.raw('latency_ms'))}, count(*)::int
          from raw where ok and latency_ms is not null group by 1, 2, 3
      ), hist as (
        select endpoint_id, bucket, array_agg(bin order by bin) as bins, array_agg(n order by bin) as counts
          from (select endpoint_id, bucket, bin, sum(n)::int as n from bins group by 1, 2, 3) merged group by 1, 2
      )`
    : sql``;
  return sql`with roll as (${roll}), raw as (${raw}), scalars as (
      select endpoint_id, ${b('bucket_start')} as bucket, sum(checks)::int as checks, sum(ok_checks)::int as ok,
             sum(degraded_checks)::int as degraded, sum(latency_count)::int as latency_count,
             sum(latency_sum_ms)::float8 as latency_sum, min(latency_min_ms) as latency_min, max(latency_max_ms) as latency_max
        from roll group by 1, 2
      union all
      select endpoint_id, ${b('checked_at')}, count(*)::int, count(*) filter (where ok)::int, count(*) filter (where degraded)::int,
             count(latency_ms) filter (where ok)::int, coalesce(sum(latency_ms) filter (where ok), 0)::float8,
             min(latency_ms) filter (where ok), max(latency_ms) filter (where ok)
        from raw group by 1, 2
    )${histogram}
    , totals as (
      select endpoint_id, bucket, sum(checks)::int as checks, sum(ok)::int as ok, sum(degraded)::int as degraded,
             sum(latency_count)::int as latency_count, sum(latency_sum)::float8 as latency_sum,
             min(latency_min)::int as latency_min, max(latency_max)::int as latency_max
        from scalars group by endpoint_id, bucket
    )
    select t.endpoint_id::float8 as endpoint_id, t.bucket, t.checks, t.ok, t.degraded, t.latency_count, t.latency_sum,
           t.latency_min, t.latency_max ${input.withHistogram ? sql`, h.bins, h.counts` : sql``}
      from totals t ${input.withHistogram ? sql`left join hist h on h.endpoint_id = t.endpoint_id and h.bucket = t.bucket` : sql``}
     order by t.endpoint_id, t.bucket`;
}

/** Exact nearest-rank percentiles of successful checks' latency over raw rows, grouped like above. */
export function exactPercentilesSql(input: {
  ranges: Interval[];
  endpointIds: number[] | null;
  bucketSeconds: number | null;
}): SQL {
  return sql`select endpoint_id::float8 as endpoint_id, ${bucketSql(sql.raw('checked_at'), input.bucketSeconds)} as bucket,
        percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency_ms) as p
      from check_results
     where ${endpointFilter(sql.raw('endpoint_id'), input.endpointIds)} and (${rangesSql(sql.raw('checked_at'), input.ranges)})
       and ok and latency_ms is not null
     group by 1, 2`;
}
