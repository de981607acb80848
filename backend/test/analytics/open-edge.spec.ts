import { sql } from 'drizzle-orm';
import { RollupService } from '../../src/analytics/rollup.service.js';
import { StatsService } from '../../src/analytics/stats.service.js';
import type { EndpointRow } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint, seedHistory } from '../factories/analytics.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;

async function rows<T>(t: TestApp, statement: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/**
 * The open-edge rollup (check_rollups_open) answers the running hour of windows that end now. It is a
 * storage path only: every figure must be exactly what the raw rows give.
 */
describe('the open-edge rollup', () => {
  let t: TestApp;
  // 40 minutes into an hour that has ended, so the open edge covers [hh:00, hh:38) whatever the time.
  const now = new Date(floorHour(Date.now()) - HOUR + 40 * MINUTE);
  const from = new Date(now.getTime() - 30 * HOUR - 17 * MINUTE);
  const endpoints: EndpointRow[] = [];

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    const openHourMinute = (now.getTime() - 40 * MINUTE - from.getTime()) / MINUTE;
    for (const down of [
      // An outage inside the covered part of the open hour, and one across its end (open_until).
      [{ startMinute: openHourMinute + 8, minutes: 6 }],
      [{ startMinute: openHourMinute + 37, minutes: 3 }],
      [],
    ]) {
      const endpoint = await makeEndpoint(t.database.db, { createdAt: new Date(from.getTime() - MINUTE) });
      await seedHistory(t.app, t.database.db, endpoint, { from, to: now, down, intervalSeconds: 30 });
      endpoints.push(endpoint);
    }
    await t.app.get(RollupService).run(now);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  /** Every route shape that reads the open edge, over windows ending at `now`. */
  async function figures(alsoShort: boolean) {
    const stats = t.app.get(StatsService);
    const infos = await Promise.all(endpoints.map((e) => stats.endpointOrThrow(e.id)));
    const day = { from: new Date(now.getTime() - 24 * HOUR), to: now };
    const long = { from: new Date(now.getTime() - 30 * HOUR), to: now };
    return {
      overview: await stats.overview(day),
      all: await stats.figures(infos, long, false),
      one: await Promise.all(infos.map((e) => stats.figures([e], long, false))),
      hourly: await Promise.all(infos.map((e) => stats.latencySeries(e.id, long, 3600))),
      twoHourly: await Promise.all(infos.map((e) => stats.latencySeries(e.id, long, 7200))),
      daily: await Promise.all(infos.map((e) => stats.latencySeries(e.id, long, 86_400))),
      // Ends before open_until: the open edge does not fit, so raw rows answer it.
      short: alsoShort
        ? await stats.figures(infos, { from: long.from, to: new Date(now.getTime() - 5 * MINUTE) }, false)
        : null,
    };
  }

  it('covers the open hour from the hourly watermark to 2 minutes before the run', async () => {
    const marks = await rows<{ level: string; watermark: string | Date }>(
      t,
      sql`select level, watermark from rollup_watermarks order by level`,
    );
    const at = (level: string) => new Date(marks.find((m) => m.level === level)!.watermark).getTime();
    expect(at('hourly')).toBe(floorHour(now.getTime()));
    expect(at('open_from')).toBe(floorHour(now.getTime()));
    expect(at('open_until')).toBe(now.getTime() - 2 * MINUTE);
    const open = await rows<{ checks: number }>(t, sql`select checks from check_rollups_open order by endpoint_id`);
    // 38 minutes of one check every 30 s, per endpoint.
    expect(open.map((r) => r.checks)).toEqual([76, 76, 76]);
  });

  it('gives exactly the figures of the raw rows, and is really read', async () => {
    const withOpenEdge = await figures(true);
    expect(withOpenEdge.overview.rows.map((r) => r.figures.failures)).toEqual([12, 6, 0]);

    // Without it (as before any run), the same open edge comes from raw rows alone.
    await t.database.db.execute(sql`delete from check_rollups_open`);
    await t.database.db.execute(sql`delete from rollup_watermarks where level in ('open_from', 'open_until')`);
    expect(await figures(true)).toEqual(withOpenEdge);

    // Rebuilt, and with the raw rows it covers gone, nothing changes: those rows are not read.
    await t.app.get(RollupService).run(now);
    await t.database.db.execute(
      sql`delete from check_results where checked_at >= ${new Date(floorHour(now.getTime())).toISOString()}::timestamptz
            and checked_at < ${new Date(now.getTime() - 2 * MINUTE).toISOString()}::timestamptz`,
    );
    const { short, ...rest } = await figures(false);
    expect(short).toBeNull();
    const { short: _ignored, ...expected } = withOpenEdge;
    expect(rest).toEqual(expected);
  });
});
