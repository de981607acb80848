import { sql } from 'drizzle-orm';
import type { Db } from '../../backend/src/db/database.js';

export interface SeedOptions {
  endpoints: number;
  days: number;
  intervalSeconds: number;
  /** The history ends here (exclusive); it starts `days` days earlier. */
  end: Date;
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
  for (let day = 0; day < o.days; day++) {
    const dayStart = new Date(from.getTime() + day * DAY_MS);
    // One statement per day keeps each transaction a few hundred MB at most.
    await db.execute(sql`insert into check_results (endpoint_id, checked_at, ok, status_code, latency_ms, error_kind, error_message)
      select e.id, ${iso(dayStart)} + s * ${sql.raw(`interval '${o.intervalSeconds} seconds'`)}, not d.down,
             case when d.down then 503 else 200 end,
             case when d.down then null else 40 + ((e.id * 7919 + s * 104729) % 211)::int + case when (e.id + s) % 97 = 0 then 800 else 0 end end,
             case when d.down then 'status' end, case when d.down then 'expected 200-399, got 503' end
        from endpoints e cross join generate_series(0, ${perDay - 1}) s
        cross join lateral (select (e.id % 10 = 0 and e.id % ${o.days} = ${day}
                                    and s * ${o.intervalSeconds} >= 36000 and s * ${o.intervalSeconds} < 37200) as down) d`);
  }
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
