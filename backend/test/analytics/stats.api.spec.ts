import { exactPercentile, sortNumbers } from '../../src/analytics/percentiles.js';
import type { CheckResultRow, EndpointRow } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint, seedHistory } from '../factories/analytics.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('stats routes', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let seeded: EndpointRow;
  let fresh: EndpointRow;
  let checks: CheckResultRow[];
  let now: Date;
  let from: Date;

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    headers = await t.auth('viewer');
    now = new Date();
    const seedFrom = new Date(now.getTime() - 24 * HOUR - 30 * MIN);
    from = new Date(seedFrom.getTime() + 30 * MIN);
    seeded = await makeEndpoint(t.database.db, { name: 'orders api', createdAt: new Date(seedFrom.getTime() - MIN) });
    // One check a minute; minutes 630–659 after seedFrom fail (a 30-minute outage inside the window).
    checks = await seedHistory(t.app, t.database.db, seeded, {
      from: seedFrom,
      to: now,
      down: [{ startMinute: 630, minutes: 30 }],
    });
    fresh = await makeEndpoint(t.database.db, { name: 'never checked', status: 'PENDING' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => t.http().get(path).set(headers);

  describe('GET /api/v1/stats/uptime/{id}', () => {
    it('answers hand-computed figures for a day with one 30-minute outage', async () => {
      const res = await get(
        `/api/v1/stats/uptime/${seeded.id}?from=${from.toISOString()}&to=${now.toISOString()}`,
      ).expect(200);
      const inWindow = checks.filter((c) => c.checkedAt >= from && c.checkedAt < now);
      const okLatencies = sortNumbers(inWindow.filter((c) => c.ok).map((c) => c.latencyMs!));
      expect(res.body).toMatchObject({
        endpoint_id: seeded.id,
        endpoint_name: 'orders api',
        period: 'custom',
        total_checks: 1440,
        successful_checks: 1410,
        failed_checks: 30,
        uptime_percentage: 97.917, // 100 × (86,400 − 1,800) / 86,400
        check_uptime_percentage: 97.917, // 1,410 / 1,440
        downtime_seconds: 1800,
        degraded_seconds: 0,
        incidents: 1,
        p50_ms: exactPercentile(okLatencies, 50),
        p95_ms: exactPercentile(okLatencies, 95),
        p99_ms: exactPercentile(okLatencies, 99),
        min_ms: okLatencies[0],
        max_ms: okLatencies[okLatencies.length - 1],
      });
      const mean = okLatencies.reduce((a, b) => a + b, 0) / okLatencies.length;
      expect(res.body.average_response_time).toBeCloseTo(mean / 1000, 3);
      expect(res.body.last_check).toMatchObject({
        ok: true,
        checked_at: checks[checks.length - 1]!.checkedAt.toISOString(),
      });
    });

    it('answers period=7d from the same data and names the period', async () => {
      const res = await get(`/api/v1/stats/uptime/${seeded.id}?period=7d`).expect(200);
      expect(res.body.period).toBe('7d');
      expect(res.body.total_checks).toBe(checks.length);
      expect(res.body.incidents).toBe(1);
    });

    it('answers an endpoint that was never checked with nulls, never NaN', async () => {
      const res = await get(`/api/v1/stats/uptime/${fresh.id}`).expect(200);
      expect(res.body).toMatchObject({
        period: '24h',
        uptime_percentage: null,
        check_uptime_percentage: null,
        total_checks: 0,
        average_response_time: null,
        p50_ms: null,
        p95_ms: null,
        p99_ms: null,
        last_check: null,
      });
      expect(JSON.stringify(res.body)).not.toMatch(/NaN|Infinity/);
    });

    it.each([
      ['?period=2w', 'period'],
      ['?from=yesterday', 'from'],
      [`?from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z`, 'from'],
      [`?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`, 'from'],
      [`?to=2026-10-01T00:00:00Z`, 'from'],
    ])('refuses %s with 400 naming %s', async (query, field) => {
      const res = await get(`/api/v1/stats/uptime/${seeded.id}${query}`).expect(400);
      expect(res.body.error.code).toBe('ValidationFailed');
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('answers an unknown endpoint with 404 EndpointNotFound and a bad id with 400', async () => {
      expect((await get('/api/v1/stats/uptime/999999').expect(404)).body.error.code).toBe('EndpointNotFound');
      expect((await get('/api/v1/stats/uptime/abc').expect(400)).body.error.details[0].field).toBe('id');
    });
  });

  describe('GET /api/v1/stats/history/{id}', () => {
    it('returns the newest checks first, limited', async () => {
      const res = await get(`/api/v1/stats/history/${seeded.id}?limit=5`).expect(200);
      expect(res.body.checks).toHaveLength(5);
      expect(res.body.checks[0].checked_at).toBe(checks[checks.length - 1]!.checkedAt.toISOString());
      const times = res.body.checks.map((c: { checked_at: string }) => c.checked_at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('filters by from_date and to_date (a date means that whole UTC day)', async () => {
      const day = checks[0]!.checkedAt.toISOString().slice(0, 10);
      const res = await get(`/api/v1/stats/history/${seeded.id}?limit=1000&from_date=${day}&to_date=${day}`).expect(
        200,
      );
      const expected = checks.filter((c) => c.checkedAt.toISOString().startsWith(day)).length;
      expect(res.body.checks).toHaveLength(Math.min(expected, 1000));
      expect(res.body.checks.every((c: { checked_at: string }) => c.checked_at.startsWith(day))).toBe(true);
    });

    it.each([
      ['?limit=0', 'limit'],
      ['?limit=5000', 'limit'],
      ['?from_date=25-01-2024', 'from_date'],
      ['?from_date=2024-02-01&to_date=2024-01-01', 'from_date'],
    ])('refuses %s', async (query, field) => {
      const res = await get(`/api/v1/stats/history/${seeded.id}${query}`).expect(400);
      expect(res.body.error.details[0].field).toBe(field);
    });

    it('404s an unknown endpoint', async () => {
      expect((await get('/api/v1/stats/history/424242').expect(404)).body.error.code).toBe('EndpointNotFound');
    });
  });

  describe('GET /api/v1/stats/latency/{id}', () => {
    it('chooses 5-minute buckets for 24h, at most ~500 points, failures marked', async () => {
      const res = await get(`/api/v1/stats/latency/${seeded.id}?period=24h`).expect(200);
      expect(res.body.bucket_seconds).toBe(300);
      expect(res.body.points.length).toBeGreaterThanOrEqual(288);
      expect(res.body.points.length).toBeLessThanOrEqual(289);
      expect(res.body.exact_percentiles).toBe(true);
      const failures = res.body.points.reduce((s: number, p: { failures: number }) => s + p.failures, 0);
      expect(failures).toBe(30);
      const full = res.body.points.find((p: { count: number }) => p.count === 5);
      expect(full).toMatchObject({ t: expect.any(String), p50_ms: expect.any(Number), p95_ms: expect.any(Number) });
      expect(full.p50_ms).toBeLessThanOrEqual(full.p95_ms);
      const down = res.body.points.find(
        (p: { failures: number; count: number }) => p.failures === p.count && p.count > 0,
      );
      expect(down.p95_ms).toBeNull();
    });

    it('takes an explicit bucket and refuses a bad one', async () => {
      const res = await get(`/api/v1/stats/latency/${seeded.id}?period=24h&bucket=1h`).expect(200);
      expect(res.body.bucket_seconds).toBe(3600);
      expect(res.body.points.reduce((s: number, p: { count: number }) => s + p.count, 0)).toBeGreaterThanOrEqual(1439);
      for (const [query, field] of [
        ['bucket=1s', 'bucket'],
        ['bucket=often', 'bucket'],
        ['period=30d&bucket=1m', 'bucket'],
        ['period=forever', 'period'],
      ]) {
        const bad = await get(`/api/v1/stats/latency/${seeded.id}?${query}`).expect(400);
        expect(bad.body.error.details[0].field).toBe(field);
      }
    });
  });

  describe('GET /api/v1/stats/daily/{id}', () => {
    it('gives one row per UTC day, today last, null before the endpoint existed', async () => {
      const res = await get(`/api/v1/stats/daily/${seeded.id}?days=5`).expect(200);
      expect(res.body.days).toHaveLength(5);
      expect(res.body.days[4].date).toBe(new Date().toISOString().slice(0, 10));
      expect(res.body.days[0]).toMatchObject({ uptime_percentage: null, total_checks: 0 });
      const total = res.body.days.reduce((s: number, d: { total_checks: number }) => s + d.total_checks, 0);
      expect(total).toBe(checks.length);
      const down = res.body.days.reduce((s: number, d: { downtime_seconds: number }) => s + d.downtime_seconds, 0);
      expect(down).toBe(1800);
      expect(
        res.body.days.some(
          (d: { uptime_percentage: number | null }) => d.uptime_percentage !== null && d.uptime_percentage < 100,
        ),
      ).toBe(true);
    });

    it('refuses days=0 and days=1000', async () => {
      await get(`/api/v1/stats/daily/${seeded.id}?days=0`).expect(400);
      await get(`/api/v1/stats/daily/${seeded.id}?days=1000`).expect(400);
    });
  });

  describe('GET /api/v1/stats/overview', () => {
    it('gives one row per endpoint with uptime, p95, counts and an hourly sparkline', async () => {
      const res = await get('/api/v1/stats/overview?period=24h').expect(200);
      expect(res.body.endpoints.map((e: { endpoint_id: number }) => e.endpoint_id)).toEqual([seeded.id, fresh.id]);
      const [a, b] = res.body.endpoints;
      expect(a.total_checks).toBeGreaterThanOrEqual(1439);
      expect(a.failed_checks).toBe(30);
      // The dashboard window starts at the top of the hour 24 h ago (here before the first check).
      expect(Date.parse(res.body.from) % HOUR).toBe(0);
      const countedMs = Date.parse(res.body.to) - Math.max(Date.parse(res.body.from), checks[0]!.checkedAt.getTime());
      expect(a.uptime_percentage).toBe(Math.round((100_000 * (countedMs - 1800_000)) / countedMs) / 1000);
      const exact = (await get(`/api/v1/stats/uptime/${seeded.id}`).expect(200)).body.p95_ms;
      expect(Math.abs(a.p95_ms - exact) / exact).toBeLessThanOrEqual(0.02);
      expect(a.sparkline).toMatchObject({ start: res.body.from, bucket_seconds: 3600 });
      expect(a.sparkline.avg_ms.length).toBeGreaterThanOrEqual(24);
      expect(a.sparkline.avg_ms.length).toBeLessThanOrEqual(26);
      expect(a.sparkline.count.reduce((x: number, y: number) => x + y, 0)).toBe(a.total_checks);
      expect(a.sparkline.failures.reduce((x: number, y: number) => x + y, 0)).toBe(30);
      expect(b).toMatchObject({ uptime_percentage: null, total_checks: 0, p95_ms: null, status: 'PENDING' });
      expect(res.body.total).toBe(2);
    });

    it('with limit, gives only the endpoints with the lowest uptime (no figures last), the same rows', async () => {
      const all = (await get('/api/v1/stats/overview?period=24h').expect(200)).body;
      const one = (await get('/api/v1/stats/overview?period=24h&limit=1').expect(200)).body;
      expect(one.total).toBe(2);
      expect(one.endpoints).toEqual([all.endpoints[0]]);
      const [never] = (await get('/api/v1/stats/overview?period=24h&limit=5').expect(200)).body.endpoints.slice(1);
      expect(never.endpoint_id).toBe(fresh.id);
    });

    it.each(['0', '-1', '1.5', 'many', '100001'])('refuses limit=%s, naming the field', async (limit) => {
      const res = await get(`/api/v1/stats/overview?period=24h&limit=${limit}`).expect(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['limit']);
    });
  });

  describe('GET /api/v1/stats/summary', () => {
    it('gives totals by status, 24h uptime, last-hour latency and the 10 latest failures', async () => {
      const res = await get('/api/v1/stats/summary').expect(200);
      expect(res.body.totals).toEqual({ total: 2, up: 1, down: 0, degraded: 0, paused: 0, pending: 1 });
      expect(res.body.uptime_24h).toBeGreaterThan(97);
      expect(res.body.uptime_24h).toBeLessThan(100);
      expect(res.body.average_latency_ms_1h).toBeGreaterThan(50);
      expect(res.body.open_incidents).toBe(0);
      expect(res.body.recent_failures).toHaveLength(10);
      expect(res.body.recent_failures[0]).toMatchObject({
        endpoint_id: seeded.id,
        endpoint_name: 'orders api',
        error_kind: 'status',
      });
    });
  });
});
