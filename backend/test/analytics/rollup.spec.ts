import { sql } from 'drizzle-orm';
import { RollupService } from '../../src/analytics/rollup.service.js';
import { StatsService } from '../../src/analytics/stats.service.js';
import { histogramOf, histogramPercentile } from '../../src/analytics/histogram.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint, seedHistory } from '../factories/analytics.js';

const HOUR = 3_600_000;
const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;

async function table(t: TestApp, name: string) {
  const result = (await t.database.db.execute(
    sql.raw(`select * from ${name} order by endpoint_id, bucket_start`),
  )) as unknown as {
    rows: unknown[];
  };
  return result.rows;
}

describe('rollups over a 3-day synthetic history', () => {
  let t: TestApp;
  let now: Date;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    now = new Date();
    const from = new Date(now.getTime() - 72 * HOUR - 17 * 60_000);
    for (const down of [
      [
        { startMinute: 300, minutes: 45 },
        { startMinute: 2000, minutes: 7 },
      ],
      [{ startMinute: 1439, minutes: 3 }],
    ]) {
      const endpoint = await makeEndpoint(t.database.db, { createdAt: new Date(from.getTime() - 60_000) });
      await seedHistory(t.app, t.database.db, endpoint, { from, to: now, down });
      ids.push(endpoint.id);
    }
    await t.app.get(RollupService).run(now);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('gives the same uptime from rollups + raw edges as from raw rows alone (within 0.001 %)', async () => {
    const stats = t.app.get(StatsService);
    const window = { from: new Date(now.getTime() - 72 * HOUR), to: now };
    for (const id of ids) {
      const raw = (await stats.uptime(id, window, 'raw')).figures;
      const rolled = (await stats.uptime(id, window, 'auto')).figures;
      expect(raw.count).toBeGreaterThan(4000);
      expect(rolled.count).toBe(raw.count);
      expect(rolled.okChecks).toBe(raw.okChecks);
      expect(Math.abs(rolled.checkUptimePercentage! - raw.checkUptimePercentage!)).toBeLessThanOrEqual(0.001);
      expect(Math.abs(rolled.uptimePercentage! - raw.uptimePercentage!)).toBeLessThanOrEqual(0.001);
      expect(raw.uptimePercentage).toBeLessThan(100);
      expect(rolled.avgMs).toBeCloseTo(raw.avgMs!, 1);
      expect([rolled.minMs, rolled.maxMs]).toEqual([raw.minMs, raw.maxMs]);
      for (const p of ['p50Ms', 'p95Ms', 'p99Ms'] as const) {
        expect(Math.abs(rolled[p]! - raw[p]!) / raw[p]!).toBeLessThanOrEqual(0.02);
      }
    }
  });

  it('gives a 2-hour latency series from hourly rollups that matches its raw rows bucket by bucket', async () => {
    const stats = t.app.get(StatsService);
    const window = { from: new Date(now.getTime() - 72 * HOUR), to: now };
    for (const id of ids) {
      const series = await stats.latencySeries(id, window, 7200);
      expect(series.exact).toBe(false);
      const raw = (await t.database.db.execute(
        sql`select extract(epoch from checked_at)::float8 * 1000 as at, ok, latency_ms from check_results
             where endpoint_id = ${id} and checked_at >= ${window.from.toISOString()}::timestamptz
               and checked_at < ${series.to.toISOString()}::timestamptz`,
      )) as unknown as { rows: { at: number; ok: boolean; latency_ms: number | null }[] };
      const byBucket = new Map<number, { checks: number; latencies: number[] }>();
      for (const r of raw.rows) {
        const t0 = Math.floor(r.at / (2 * HOUR)) * 2 * HOUR;
        const bucket = byBucket.get(t0) ?? { checks: 0, latencies: [] };
        bucket.checks++;
        if (r.ok && r.latency_ms !== null) bucket.latencies.push(r.latency_ms);
        byBucket.set(t0, bucket);
      }
      expect(series.points).toHaveLength(37);
      for (const point of series.points) {
        const expected = byBucket.get(point.t.getTime()) ?? { checks: 0, latencies: [] };
        const h = histogramOf(expected.latencies);
        const min = expected.latencies.length ? Math.min(...expected.latencies) : null;
        const max = expected.latencies.length ? Math.max(...expected.latencies) : null;
        expect(point.figures.count).toBe(expected.checks);
        expect([point.figures.minMs, point.figures.maxMs]).toEqual([min, max]);
        expect([point.figures.p50Ms, point.figures.p95Ms, point.figures.p99Ms]).toEqual(
          [50, 95, 99].map((p) => histogramPercentile(h, p, min, max)),
        );
      }
      expect(series.points.reduce((n, p) => n + p.figures.count, 0)).toBe(raw.rows.length);
    }
  });

  it('really answers closed hours from rollups: deleting their raw rows changes nothing', async () => {
    const stats = t.app.get(StatsService);
    const window = { from: new Date(now.getTime() - 72 * HOUR), to: now };
    const before = await Promise.all(ids.map((id) => stats.uptime(id, window, 'auto')));
    const h1 = floorHour(window.from.getTime()) + HOUR;
    const watermark = floorHour(now.getTime() - 2 * 60_000);
    await t.database.db.execute(
      sql`delete from check_results where checked_at >= ${new Date(h1).toISOString()}::timestamptz and checked_at < ${new Date(watermark - 25 * HOUR).toISOString()}::timestamptz`,
    );
    const after = await Promise.all(ids.map((id) => stats.uptime(id, window, 'auto')));
    expect(after.map((a) => a.figures)).toEqual(before.map((b) => b.figures));
  });

  it('running the rollup again, or from scratch, changes nothing', async () => {
    const rollups = t.app.get(RollupService);
    const hourly = await table(t, 'check_rollups_hourly');
    const daily = await table(t, 'check_rollups_daily');
    expect(hourly.length).toBeGreaterThanOrEqual(2 * 71);
    expect(daily.length).toBeGreaterThanOrEqual(2 * 2);
    await rollups.run(now);
    expect(await table(t, 'check_rollups_hourly')).toEqual(hourly);
    expect(await table(t, 'check_rollups_daily')).toEqual(daily);
  });
});

describe('rollup after downtime', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('fills a 5-hour gap with no hole and no double count', async () => {
    const now = new Date();
    const from = new Date(floorHour(now.getTime()) - 10 * HOUR);
    const endpoint = await makeEndpoint(t.database.db);
    await seedHistory(t.app, t.database.db, endpoint, { from, to: now, intervalSeconds: 120 });
    const rollups = t.app.get(RollupService);
    const first = await rollups.run(new Date(now.getTime() - 5 * HOUR));
    expect(first.hourlyWatermark!.getTime()).toBe(floorHour(now.getTime() - 5 * HOUR - 2 * 60_000));
    const rowsAfterFirst = await table(t, 'check_rollups_hourly');
    // The process was down for 5 hours; the next run picks up at the watermark.
    const second = await rollups.run(now);
    const closedHour = floorHour(now.getTime() - 2 * 60_000);
    expect(second.hourlyWatermark!.getTime()).toBe(closedHour);
    const rows = (await table(t, 'check_rollups_hourly')) as { bucket_start: Date | string; checks: number }[];
    expect(rows.length).toBeGreaterThan(rowsAfterFirst.length);
    const starts = rows.map((r) => new Date(r.bucket_start).getTime());
    const expected = Array.from({ length: (closedHour - from.getTime()) / HOUR }, (_, k) => from.getTime() + k * HOUR);
    expect(starts).toEqual(expected);
    expect(rows.every((r) => r.checks === 30)).toBe(true);
  });
});

describe('retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0', RAW_RETENTION_DAYS: '1', ROLLUP_RETENTION_DAYS: '2' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('deletes raw rows past RAW_RETENTION_DAYS only once rolled up, and rollups past ROLLUP_RETENTION_DAYS', async () => {
    const now = new Date();
    const endpoint = await makeEndpoint(t.database.db);
    const from = new Date(now.getTime() - 3 * 24 * HOUR);
    await seedHistory(t.app, t.database.db, endpoint, { from, to: now, intervalSeconds: 600 });
    const outcome = await t.app.get(RollupService).run(now);
    expect(outcome.rawDeleted).toBeGreaterThan(250);
    const [oldest] = (
      (await t.database.db.execute(sql`select min(checked_at) as at from check_results`)) as unknown as {
        rows: { at: string }[];
      }
    ).rows;
    expect(new Date(oldest!.at).getTime()).toBeGreaterThanOrEqual(now.getTime() - 24 * HOUR);
    const hourly = (await table(t, 'check_rollups_hourly')) as { bucket_start: string }[];
    expect(Math.min(...hourly.map((r) => new Date(r.bucket_start).getTime()))).toBeGreaterThanOrEqual(
      now.getTime() - 48 * HOUR - HOUR,
    );
  });
});
