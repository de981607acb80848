import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Writes a check history straight into a stopped server's embedded database folder (the e2e server
 * has already migrated it), so analytics pages have months-like data without a seeding route in the
 * product. Set-based SQL (generate_series), as the benchmark does.
 */
export interface SeededHistory {
  checkoutId: number;
  searchId: number;
  outageStart: Date;
  outageMinutes: number;
  /** "2026-11": the month holding the history. */
  month: string;
}

export async function seedAnalyticsHistory(dataDir: string, now: Date): Promise<SeededHistory> {
  const db = await PGlite.create(path.join(dataDir, 'pgdata'));
  try {
    const outageMinutes = 30;
    // The last two days of the previous UTC month, so that month's report is complete and stable.
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const from = new Date(monthStart.getTime() - 2 * 86_400_000);
    const outageStart = new Date(monthStart.getTime() - 86_400_000);
    const created = new Date(from.getTime() - 60_000);
    const insert = async (name: string, status: string, sla: number | null) =>
      (
        await db.query<{ id: number }>(
          `insert into endpoints (name, url, status, sla_target, created_at) values ($1, $2, $3, $4, $5) returning id::int as id`,
          [name, `http://127.0.0.1:9/${name}`, status, sla, created],
        )
      ).rows[0]!.id;
    const checkoutId = await insert('checkout api', 'UP', 99.9);
    const searchId = await insert('search api', 'DOWN', null);
    const outageEnd = new Date(outageStart.getTime() + outageMinutes * 60_000);
    await db.query(
      `insert into check_results (endpoint_id, checked_at, ok, status_code, latency_ms, error_kind, error_message)
       select $1, t, not down, case when down then 503 else 200 end,
              case when down then null else 60 + (extract(epoch from t)::bigint % 97) end,
              case when down then 'status' end, case when down then 'expected 200-399, got 503' end
         from generate_series($2::timestamptz, $3::timestamptz, interval '5 minutes') as t,
              lateral (select t >= $4::timestamptz and t < $5::timestamptz as down) d`,
      [checkoutId, from, new Date(monthStart.getTime() - 1), outageStart, outageEnd],
    );
    await db.query(
      `insert into endpoint_state_changes (endpoint_id, from_status, to_status, at) values
         ($1, 'PENDING', 'UP', $2), ($1, 'UP', 'DOWN', $3), ($1, 'DOWN', 'UP', $4), ($5, 'PENDING', 'DOWN', $6)`,
      [checkoutId, from, outageStart, outageEnd, searchId, new Date(now.getTime() - 600_000)],
    );
    await db.query(
      `insert into incidents (endpoint_id, started_at, resolved_at, cause_kind, cause_message, failed_checks) values
         ($1, $2, $3, 'status', 'expected 200-399, got 503', 6), ($4, $5, null, 'refused', 'connection refused', 2)`,
      [checkoutId, outageStart, outageEnd, searchId, new Date(now.getTime() - 600_000)],
    );
    return { checkoutId, searchId, outageStart, outageMinutes, month: from.toISOString().slice(0, 7) };
  } finally {
    await db.close();
  }
}
