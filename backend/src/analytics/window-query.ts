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

interface AggregateInput {
  plan: WindowPlan;
  endpointIds: number[] | null;
  bucketSeconds: number | null;
  withHistogram: boolean;
}

// Histogram arrays travel as text ('{3,5,8}', parsed by parseIntArray): the drivers' generic array
// parsers allocated several MB per all-endpoint request.
const ROLLUP_SELECT = sql.raw(`endpoint_id, bucket_start, checks, ok_checks, degraded_checks, latency_count,
  latency_sum_ms, latency_min_ms, latency_max_ms, hist_bins, hist_counts`);

/**
 * The rollup rows of the plan (daily and hourly ranges) as stored, with each row's bucket: callers
 * sum the rows of one (endpoint, bucket) group in JS (sumPerGroup). Merging the sparse histograms in
 * SQL (unnest and regroup) cost far more: 24 ms against 5 ms for one endpoint's 720 hourly rows of a
 * 30-day series, about a second for 1,000 endpoints' SLA month.
 */
export function rollupAggregateSql({ plan, endpointIds, bucketSeconds, withHistogram }: AggregateInput): SQL {
  const rows = (table: 'check_rollups_daily' | 'check_rollups_hourly', ranges: Interval[]) =>
    sql`select ${ROLLUP_SELECT} from ${sql.raw(table)}
         where ${endpointFilter(sql.raw('endpoint_id'), endpointIds)} and (${rangesSql(sql.raw('bucket_start'), ranges)})`;
  const roll = sql`${rows('check_rollups_daily', plan.daily ? [plan.daily] : [])} union all ${rows('check_rollups_hourly', plan.hourly)}`;
  return sql`select endpoint_id::float8 as endpoint_id, ${bucketSql(sql.raw('bucket_start'), bucketSeconds)} as bucket, checks,
                    ok_checks as ok, degraded_checks as degraded, latency_count, latency_sum_ms::float8 as latency_sum,
                    latency_min_ms as latency_min, latency_max_ms as latency_max
                    ${withHistogram ? sql`, hist_bins::text as bins, hist_counts::text as counts` : sql``}
               from (${roll}) r order by 1, 2`;
}

/**
 * The raw rows of the plan's edges in one pass: grouped by (endpoint, bucket, histogram bin), then
 * folded into one row per (endpoint, bucket) with the sparse histogram of its successful checks.
 * With `openRollup`, the window's open edge (the raw range that starts on an hour, at the hourly
 * watermark) is answered from the open-edge rollup for the part it covers and from raw rows only
 * for the rest (see openEdge()); those rollup rows come back as rows of their own.
 */
export function rawAggregateSql(input: AggregateInput & { openRollup?: boolean }): SQL {
  const { plan, endpointIds, bucketSeconds, withHistogram } = input;
  const edge = input.openRollup ? openEdge(plan.raw) : null;
  const bin = withHistogram
    ? sql`case when ok and latency_ms is not null then ${HISTOGRAM_BIN_SQL(sql.raw('latency_ms'))} end`
    : sql`null::smallint`;
  const checkedAt = sql.raw('checked_at');
  const where = edge
    ? sql.join([rangesSql(checkedAt, edge.others), edge.rawRange(checkedAt)], sql` or `)
    : rangesSql(checkedAt, plan.raw);
  const open = edge
    ? sql` union all
      select endpoint_id::float8, ${bucketSql(sql.raw('bucket_start'), bucketSeconds)}, checks, ok_checks, degraded_checks,
             latency_count, latency_sum_ms::float8, latency_min_ms, latency_max_ms ${withHistogram ? sql`, hist_bins::text, hist_counts::text` : sql``}
        from check_rollups_open
       where exists (select 1 from open_cover) and ${endpointFilter(sql.raw('endpoint_id'), endpointIds)}`
    : sql``;
  return sql`with ${edge ? sql`${edge.cover}, ` : sql``}g as (
      select endpoint_id, ${bucketSql(checkedAt, bucketSeconds)} as bucket, ${bin} as bin,
             count(*)::int as checks, count(*) filter (where ok)::int as ok, count(*) filter (where degraded)::int as degraded,
             count(latency_ms) filter (where ok)::int as latency_count, coalesce(sum(latency_ms) filter (where ok), 0)::float8 as latency_sum,
             min(latency_ms) filter (where ok) as latency_min, max(latency_ms) filter (where ok) as latency_max
        from check_results
       where ${endpointFilter(sql.raw('endpoint_id'), endpointIds)} and (${where})
       group by 1, 2, 3
    )
    select endpoint_id::float8 as endpoint_id, bucket, sum(checks)::int as checks, sum(ok)::int as ok, sum(degraded)::int as degraded,
           sum(latency_count)::int as latency_count, sum(latency_sum)::float8 as latency_sum,
           min(latency_min)::int as latency_min, max(latency_max)::int as latency_max
           ${
             withHistogram
               ? sql`, coalesce(array_agg(bin order by bin) filter (where bin is not null), '{}')::text as bins,
                       coalesce(array_agg(latency_count order by bin) filter (where bin is not null), '{}')::text as counts`
               : sql``
           }
      from g group by 1, 2${open}
     order by 1, 2`;
}

/**
 * The open edge [a, b) of a window (a on an hour) and how to read it. check_rollups_open summarises
 * the raw rows of [open_from, open_until) (both in rollup_watermarks, rewritten with the rows in one
 * transaction). It is used when that range lies inside the edge; raw rows then cover [a, open_from)
 * and [open_until, b), otherwise the whole edge. The coverage is read in the same statement as the
 * rows (one snapshot), so a refresh between planning and reading can never count a check twice.
 */
function openEdge(raw: Interval[]) {
  const last = raw[raw.length - 1];
  if (!last || last.startMs % 3_600_000 !== 0) return null;
  const a = ts(last.startMs);
  const b = ts(last.endMs);
  return {
    others: raw.slice(0, -1),
    cover: sql`open_cover as (
        select s, p from (select max(watermark) filter (where level = 'open_from') as s,
                                 max(watermark) filter (where level = 'open_until') as p
                            from rollup_watermarks where level in ('open_from', 'open_until')) w
         where s >= ${a} and p <= ${b} and p > s)`,
    // The constant bounds first: without them the planner cannot use the checked_at index for
    // bounds that come from a subquery, and scanned every raw row (~300 ms at 43 M rows).
    rawRange: (column: SQL) =>
      sql`(${column} >= ${a} and ${column} < ${b} and ((${column} < coalesce((select s from open_cover), ${b}))
           or ${column} >= (select p from open_cover)))`,
  };
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
