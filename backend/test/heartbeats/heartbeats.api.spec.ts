import { randomBytes } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { eq, sql } from 'drizzle-orm';
import { ENDPOINT_STATE_CHANGED, type EndpointStateChangedEvent } from '../../src/checks/check.events.js';
import { checkResults, endpoints, endpointStateChanges } from '../../src/db/schema.js';
import { HeartbeatSweeper } from '../../src/heartbeats/heartbeat-sweeper.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from '../endpoints/endpoint-factory.js';

describe('heartbeat monitors (push endpoints)', () => {
  let t: TestApp;
  const changes: EndpointStateChangedEvent[] = [];
  beforeAll(async () => {
    // No timers: the test runs the sweeper's tick itself.
    t = await createTestApp({ HEARTBEAT_SWEEP_SECONDS: '0', CHECKS: 'false' });
    t.app.get(EventEmitter2).on(ENDPOINT_STATE_CHANGED, (e: EndpointStateChangedEvent) => void changes.push(e));
  });
  afterAll(() => t.close());

  const pushMonitor = async (overrides: Record<string, unknown> = {}) => {
    const created = await makeEndpoint(t, {
      kind: 'push',
      url: undefined,
      period_seconds: 60,
      grace_seconds: 30,
      ...overrides,
    });
    return { id: created.id as number, path: created.ping_url as string };
  };
  const results = (id: number) =>
    t.database.db.select().from(checkResults).where(eq(checkResults.endpointId, id)).orderBy(checkResults.id);
  const transitions = async (id: number) =>
    (
      await t.database.db
        .select()
        .from(endpointStateChanges)
        .where(eq(endpointStateChanges.endpointId, id))
        .orderBy(endpointStateChanges.id)
    ).map((c) => `${c.fromStatus}→${c.toStatus}`);
  const row = async (id: number) => (await t.database.db.select().from(endpoints).where(eq(endpoints.id, id)))[0]!;
  /** Everything that anchors the next expected ping moves `seconds` into the past. */
  const age = (id: number, seconds: number) =>
    t.database.db.execute(sql`
      update endpoints set
        created_at = created_at - make_interval(secs => ${seconds}),
        status_since = status_since - make_interval(secs => ${seconds}),
        last_ping_at = last_ping_at - make_interval(secs => ${seconds}),
        last_checked_at = last_checked_at - make_interval(secs => ${seconds})
      where id = ${id}`);
  const sweep = () => t.app.get(HeartbeatSweeper).tick();

  it('records GET, POST and HEAD pings as good check results', async () => {
    const m = await pushMonitor();
    await t.http().get(m.path).expect(200, 'OK');
    await t.http().post(m.path).send({ msg: 'posted' }).expect(200, 'OK');
    await t.http().head(m.path).expect(200);
    const stored = await results(m.id);
    expect(stored.map((r) => r.ok)).toEqual([true, true, true]);
    expect(stored[1]!.details).toEqual({ source: 'push', message: 'posted' });
    const endpoint = await row(m.id);
    expect(endpoint.status).toBe('UP');
    expect(endpoint.lastPingAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records status=down, msg= and /fail as failures', async () => {
    const m = await pushMonitor();
    await t.http().get(`${m.path}?status=down&msg=disk%20full`).expect(200, 'OK');
    await t.http().post(`${m.path}/fail`).expect(200, 'OK');
    const stored = await results(m.id);
    expect(stored.map((r) => [r.ok, r.errorKind, r.errorMessage])).toEqual([
      [false, 'other', 'disk full'],
      [false, 'other', 'The job reported a failure (/fail).'],
    ]);
    expect((await row(m.id)).status).toBe('DOWN');
  });

  it('measures a run from /start to its ping, or takes duration_ms', async () => {
    const m = await pushMonitor();
    await t.http().get(`${m.path}/start`).expect(200, 'OK');
    expect((await row(m.id)).runStartedAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await t.http().get(m.path).expect(200);
    await t.http().get(`${m.path}?duration_ms=1234`).expect(200);
    await t.http().get(m.path).expect(200);
    const latencies = (await results(m.id)).map((r) => r.latencyMs);
    expect(latencies[0]).toBeGreaterThanOrEqual(25);
    expect(latencies.slice(1)).toEqual([1234, null]);
    expect((await row(m.id)).runStartedAt).toBeNull();
  });

  it('answers an unknown, a malformed and a deleted token exactly alike, and records nothing', async () => {
    const m = await pushMonitor();
    await t
      .http()
      .delete(`/api/v1/endpoints/${m.id}`)
      .set(await t.auth('editor'))
      .expect(204);
    const paths = [
      m.path,
      `/api/v1/push/${randomBytes(32).toString('base64url')}`,
      '/api/v1/push/short',
      `${m.path}/start`,
      `${m.path}/fail`,
    ];
    const answers = await Promise.all(paths.map((p) => t.http().get(p)));
    for (const res of answers) {
      expect([res.status, res.type, res.text]).toEqual([404, 'text/plain', 'No push monitor has this ping URL.']);
    }
    const [{ n }] = (
      (await t.database.db.execute(
        sql`select count(*)::int as n from check_results where endpoint_id = ${m.id}`,
      )) as unknown as {
        rows: { n: number }[];
      }
    ).rows as [{ n: number }];
    expect(n).toBe(0);
  });

  it('needs no credentials, refuses bad parameters with plain text, and serves no other method', async () => {
    const m = await pushMonitor();
    const bad = await t.http().get(`${m.path}?status=sideways&duration_ms=-5`).expect(400);
    expect(bad.type).toBe('text/plain');
    expect(bad.text).toMatch(/^Invalid ping: status .*; duration_ms /);
    const put = await t.http().put(m.path).expect(404);
    expect(put.body.error.code).toBe('RouteNotFound');
    expect(await results(m.id)).toEqual([]);
  });

  it('late → DOWN (missed, once) → ping → UP, with exactly one state change each way', async () => {
    const m = await pushMonitor({ period_seconds: 60, grace_seconds: 30 });
    await t.http().get(m.path).expect(200);
    await sweep();
    expect((await row(m.id)).status).toBe('UP');

    await age(m.id, 89); // within period + grace: still fine
    await sweep();
    expect((await row(m.id)).status).toBe('UP');

    await age(m.id, 2); // 91 s of silence
    const before = changes.length;
    await sweep();
    await sweep(); // the same missed period is recorded once
    const endpoint = await row(m.id);
    expect(endpoint.status).toBe('DOWN');
    const missed = (await results(m.id)).filter((r) => r.errorKind === 'missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.errorMessage).toMatch(/^No ping by .* \(expected at .*\)\.$/);
    const downs = changes.slice(before).filter((c) => c.endpointId === m.id && c.to === 'DOWN');
    expect(downs.map((c) => c.check?.errorKind)).toEqual(['missed']);

    await t.http().get(m.path).expect(200);
    expect((await row(m.id)).status).toBe('UP');
    expect(await transitions(m.id)).toEqual(['PENDING→UP', 'UP→DOWN', 'DOWN→UP']);
  });

  it('records one more miss per further silent period, without another state change', async () => {
    const m = await pushMonitor({ period_seconds: 60, grace_seconds: 0 });
    await t.http().get(m.path).expect(200);
    await age(m.id, 61);
    await sweep();
    await age(m.id, 61);
    await sweep();
    expect((await results(m.id)).map((r) => r.errorKind)).toEqual([null, 'missed', 'missed']);
    expect(await transitions(m.id)).toEqual(['PENDING→UP', 'UP→DOWN']);
  });

  it('follows a cron schedule in its timezone: missed only after the expected run + grace', async () => {
    // Every day at 02:00 in Tokyo; pinged "yesterday" 25 h ago, so today's run is overdue.
    const late = await pushMonitor({
      period_seconds: null,
      cron: '0 2 * * *',
      timezone: 'Asia/Tokyo',
      grace_seconds: 600,
    });
    await t.http().get(late.path).expect(200);
    await age(late.id, 25 * 3600);
    // Pinged just now: the next run is up to a day away.
    const fresh = await pushMonitor({
      period_seconds: null,
      cron: '0 2 * * *',
      timezone: 'Asia/Tokyo',
      grace_seconds: 600,
    });
    await t.http().get(fresh.path).expect(200);
    await sweep();
    expect((await row(late.id)).status).toBe('DOWN');
    expect((await row(fresh.id)).status).toBe('UP');
  });

  it('leaves paused push monitors alone', async () => {
    const m = await pushMonitor({ period_seconds: 60, grace_seconds: 0 });
    await t.http().get(m.path).expect(200);
    await t
      .http()
      .post(`/api/v1/endpoints/${m.id}/pause`)
      .set(await t.auth('editor'))
      .expect(200);
    await age(m.id, 600);
    await sweep();
    expect((await results(m.id)).filter((r) => r.errorKind === 'missed')).toEqual([]);
  });
});
