import { Injectable } from '@nestjs/common';
import { sql, type SQL } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { queryRows, toDate } from './db-rows.js';
import { bucketSql, HISTOGRAM_BIN_SQL, ts } from './window-query.js';

export type RollupLevel = 'hourly' | 'daily' | 'open_from' | 'open_until';
type Tx = Pick<Db, 'execute'>;

// Arbitrary but fixed: two apimon processes never roll up at the same time.
const ROLLUP_LOCK_KEY = 7_411_003_772;

const ROLLUP_COLUMNS = sql.raw(
  'endpoint_id, bucket_start, checks, ok_checks, degraded_checks, latency_count, latency_sum_ms, latency_min_ms, latency_max_ms, hist_bins, hist_counts',
);
const UPSERT = sql.raw(`on conflict (endpoint_id, bucket_start) do update set
  checks = excluded.checks, ok_checks = excluded.ok_checks, degraded_checks = excluded.degraded_checks,
  latency_count = excluded.latency_count, latency_sum_ms = excluded.latency_sum_ms, latency_min_ms = excluded.latency_min_ms,
  latency_max_ms = excluded.latency_max_ms, hist_bins = excluded.hist_bins, hist_counts = excluded.hist_counts`);

/**
 * Upserts whole rollup buckets: `scalars` gives one row per (endpoint_id, t = bucket epoch seconds)
 * with the counts and latency figures, `bins` one row per (endpoint_id, t, bin) with its count.
 */
function upsertRollups(
  table: 'check_rollups_hourly' | 'check_rollups_daily' | 'check_rollups_open',
  scalars: SQL,
  bins: SQL,
): SQL {
  return sql`insert into ${sql.raw(table)} (${ROLLUP_COLUMNS})
    select s.endpoint_id, to_timestamp(s.t), s.checks, s.ok, s.degraded, s.latency_count, s.latency_sum, s.latency_min, s.latency_max,
           coalesce(h.bins, '{}'), coalesce(h.counts, '{}')
      from (${scalars}) s
      left join (select endpoint_id, t, array_agg(bin order by bin) as bins, array_agg(n order by bin) as counts
                   from (${bins}) b group by 1, 2) h on h.endpoint_id = s.endpoint_id and h.t = s.t
    ${UPSERT}`;
}

/** The per-hour rows of the raw results in [from, to), upserted into `table`. */
function hourRollupSql(table: 'check_rollups_hourly' | 'check_rollups_open', from: Date, to: Date): SQL {
  const hour = bucketSql(sql.raw('checked_at'), 3600);
  const where = sql`checked_at >= ${ts(from.getTime())} and checked_at < ${ts(to.getTime())}`;
  return upsertRollups(
    table,
    sql`select endpoint_id, ${hour} as t, count(*)::int as checks, count(*) filter (where ok)::int as ok,
               count(*) filter (where degraded)::int as degraded, count(latency_ms) filter (where ok)::int as latency_count,
               coalesce(sum(latency_ms) filter (where ok), 0)::bigint as latency_sum,
               min(latency_ms) filter (where ok) as latency_min, max(latency_ms) filter (where ok) as latency_max
          from check_results where ${where} group by 1, 2`,
    sql`select endpoint_id, ${hour} as t, ${HISTOGRAM_BIN_SQL(sql.raw('latency_ms'))} as bin, count(*)::int as n
          from check_results where ${where} and ok and latency_ms is not null group by 1, 2, 3`,
  );
}

/** Write-side SQL of analytics: rollups (idempotent upserts), their watermarks, and retention. */
@Injectable()
export class RollupRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /**
   * Runs `work` in one transaction holding the rollup lock; returns undefined without running it when
   * another process holds the lock.
   */
  async locked<T>(work: (tx: Tx) => Promise<T>): Promise<T | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${ROLLUP_LOCK_KEY}) as locked`,
      );
      if (!row?.locked) return undefined;
      return work(tx);
    });
  }

  async watermark(tx: Tx, level: RollupLevel): Promise<Date | null> {
    const [row] = await queryRows<{ watermark: Date | string }>(
      tx,
      sql`select watermark from rollup_watermarks where level = ${level}`,
    );
    return row ? toDate(row.watermark) : null;
  }

  async setWatermark(tx: Tx, level: RollupLevel, at: Date): Promise<void> {
    await tx.execute(sql`insert into rollup_watermarks (level, watermark, updated_at) values (${level}, ${ts(at.getTime())}, now())
      on conflict (level) do update set watermark = excluded.watermark, updated_at = now()`);
  }

  async firstCheckAt(tx: Tx): Promise<Date | null> {
    const [row] = await queryRows<{ at: Date | string | null }>(
      tx,
      sql`select min(checked_at) as at from check_results`,
    );
    return row?.at ? toDate(row.at) : null;
  }

  async firstHourlyAt(tx: Tx): Promise<Date | null> {
    const [row] = await queryRows<{ at: Date | string | null }>(
      tx,
      sql`select min(bucket_start) as at from check_rollups_hourly`,
    );
    return row?.at ? toDate(row.at) : null;
  }

  /** Recomputes the hourly rows of [from, to) from raw results (whole hours). */
  async rollupHours(tx: Tx, from: Date, to: Date): Promise<void> {
    await tx.execute(hourRollupSql('check_rollups_hourly', from, to));
  }

  /**
   * Rewrites the open edge: check_rollups_open becomes the per-hour summary of the raw results of
   * [from, until) (from = the hourly watermark), and open_from/open_until say so. Readers check that
   * coverage in the statement that reads the rows, so they never see one without the other.
   */
  async refreshOpenEdge(tx: Tx, from: Date, until: Date): Promise<void> {
    await tx.execute(sql`delete from check_rollups_open`);
    if (until > from) await tx.execute(hourRollupSql('check_rollups_open', from, until));
    await this.setWatermark(tx, 'open_from', from);
    await this.setWatermark(tx, 'open_until', until > from ? until : from);
  }

  /** Recomputes the daily rows of [from, to) from the hourly rows (whole UTC days). */
  async rollupDays(tx: Tx, from: Date, to: Date): Promise<void> {
    const day = bucketSql(sql.raw('bucket_start'), 86_400);
    const where = sql`bucket_start >= ${ts(from.getTime())} and bucket_start < ${ts(to.getTime())}`;
    await tx.execute(
      upsertRollups(
        'check_rollups_daily',
        sql`select endpoint_id, ${day} as t, sum(checks)::int as checks, sum(ok_checks)::int as ok, sum(degraded_checks)::int as degraded,
                   sum(latency_count)::int as latency_count, sum(latency_sum_ms)::bigint as latency_sum,
                   min(latency_min_ms) as latency_min, max(latency_max_ms) as latency_max
              from check_rollups_hourly where ${where} group by 1, 2`,
        sql`select endpoint_id, ${day} as t, u.bin, sum(u.n)::int as n
              from check_rollups_hourly, unnest(hist_bins, hist_counts) as u(bin, n) where ${where} group by 1, 2, 3`,
      ),
    );
  }

  /** Deletes up to `batch` raw results older than `before`; returns how many went. */
  async deleteRawBefore(before: Date, batch: number): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      this.db,
      sql`with gone as (delete from check_results where id in
            (select id from check_results where checked_at < ${ts(before.getTime())} limit ${batch}) returning 1)
          select count(*)::int as n from gone`,
    );
    return rows[0]?.n ?? 0;
  }

  async deleteRollupsBefore(before: Date): Promise<void> {
    await this.db.execute(sql`delete from check_rollups_hourly where bucket_start < ${ts(before.getTime())}`);
    await this.db.execute(sql`delete from check_rollups_daily where bucket_start < ${ts(before.getTime())}`);
  }
}
