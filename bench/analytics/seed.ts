import { sql } from 'drizzle-orm';
import type { Db } from '../../backend/src/db/database.js';

export interface SeedOptions {
  endpoints: number;
  days: number;
  intervalSeconds: number;
  /** The history ends here (exclusive); it starts `days` days earlier. */
  end: Date;
  /** Days inserted at the same time (separate connections). */
  concurrency?: number;
}

export interface SeedFigures {
  rawRows: number;
  seedSeconds: number;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => sql.raw(`'${d.toISOString()}'::timestamptz`);

/**
 * Synthetic history, all server-side (INSERT … SELECT generate_series: no rows cross the wire).
 * Latency 40–250 ms with a 1-in-97 spike of +800 ms; every tenth endpoint has one 20-minute outage
 * (with its state changes and incident) on a day of its own.
 */
export async function seedHistory(db: Db, o: SeedOptions): Promise<SeedFigures> {
  const from = new Date(o.end.getTime() - o.days * DAY_MS);
  const perDay = Math.floor(86_400 / o.intervalSeconds);
  await db.execute(sql`insert into endpoints (name, url, status, created_at, sla_target, tags, interval_seconds)
    select 'bench ' || g, 'http://127.0.0.1:9/' || g, 'UP', ${iso(new Date(from.getTime() - 60_000))},
           case when g % 3 = 0 then 99.9 end, array['bench', 'group-' || (g % 5)], ${o.intervalSeconds}
      from generate_series(1, ${o.endpoints}) g`);
  const started = performance.now();
  // One statement per day keeps each transaction to a day of rows (1.44 M at 1,000 endpoints);
  // `concurrency` days at a time on PostgreSQL's pool (PGlite has one connection anyway).
  let next = 0;
  const worker = async () => {
    for (let day = next++; day < o.days; day = next++) {
      await insertChecks(db, o, new Date(from.getTime() + day * DAY_MS), perDay, day);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 1) }, worker));
  const seedSeconds = (performance.now() - started) / 1000;
  // The outages: state changes and incidents that match them.
  const outage = sql`${iso(from)} + (e.id % ${o.days}) * interval '1 day' + interval '10 hours'`;
  await db.execute(sql`insert into endpoint_state_changes (endpoint_id, from_status, to_status, at)
    select id, 'PENDING', 'UP', ${iso(from)} from endpoints
    union all select e.id, 'UP', 'DOWN', ${outage} from endpoints e where e.id % 10 = 0
    union all select e.id, 'DOWN', 'UP', ${outage} + interval '20 minutes' from endpoints e where e.id % 10 = 0`);
  await db.execute(sql`insert into incidents (endpoint_id, started_at, resolved_at, cause_kind, cause_message, failed_checks)
    select e.id, ${outage}, ${outage} + interval '20 minutes', 'status', 'expected 200-399, got 503', ${Math.ceil(1200 / o.intervalSeconds)}
      from endpoints e where e.id % 10 = 0`);
  return { rawRows: o.endpoints * perDay * o.days, seedSeconds };
}

/**
 * `count` checks per endpoint every interval from `start` (time-major, the order the engine writes
 * them in). With `outageDay`, every tenth endpoint whose id % days is that day is down 10:00–10:20.
 */
async function insertChecks(db: Db, o: SeedOptions, start: Date, count: number, outageDay: number | null) {
  const down =
    outageDay === null
      ? sql`false`
      : sql`(e.id % 10 = 0 and e.id % ${o.days} = ${outageDay} and s * ${o.intervalSeconds} >= 36000 and s * ${o.intervalSeconds} < 37200)`;
  await db.execute(sql`insert into check_results (endpoint_id, checked_at, ok, status_code, latency_ms, error_kind, error_message)
    select e.id, ${iso(start)} + s * ${sql.raw(`interval '${o.intervalSeconds} seconds'`)}, not d.down,
           case when d.down then 503 else 200 end,
           case when d.down then null else 40 + ((e.id * 7919 + s * 104729) % 211)::int + case when (e.id + s) % 97 = 0 then 800 else 0 end end,
           case when d.down then 'status' end, case when d.down then 'expected 200-399, got 503' end
      from generate_series(0, ${count - 1}) s cross join endpoints e
      cross join lateral (select ${down} as down) d`);
}

/**
 * Checks from the end of the seeded history up to `until` (all successful), so the open hour holds
 * results up to the last minute when the routes are timed, as it would with the engine running.
 */
export async function topUpHistory(db: Db, o: SeedOptions, until: Date): Promise<number> {
  const count = Math.floor((until.getTime() - o.end.getTime()) / (o.intervalSeconds * 1000));
  if (count > 0) await insertChecks(db, o, o.end, count, null);
  return Math.max(0, count) * o.endpoints;
}
