import { EventEmitter2 } from '@nestjs/event-emitter';
import { count, eq, sql } from 'drizzle-orm';
import { ResultWriter } from '../../src/checks/result-writer.js';
import { checkResults, endpoints } from '../../src/db/schema.js';
import { ENDPOINT_CHANGED, type EndpointChangedEvent } from '../../src/endpoints/endpoint.events.js';
import { createTestApp } from '../app.js';
import { createTestDatabase } from '../database.js';
import { insertEndpoint, insertEndpoints, makeEndpoint } from '../factories/endpoints.js';
import { startTarget, type TargetServer } from '../servers/target.js';
import { waitFor } from '../wait-for.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('check scheduler', () => {
  let target: TargetServer;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(async () => {
    await target.close();
  });

  it('200 endpoints at a 1 s interval for 5 s: each checked 4–6 times, never two at once, all stored', async () => {
    const database = await createTestDatabase();
    const rows = await insertEndpoints(
      database,
      Array.from({ length: 200 }, (_, i) =>
        makeEndpoint({ url: `${target.url}/health/s${i}`, intervalSeconds: 1, timeoutMs: 900 }),
      ),
    );
    target.answered.clear();
    target.maxConcurrentPerPath.clear();
    // Every endpoint is on 127.0.0.1: the per-host limit is not what this test is about.
    const t = await createTestApp({ MAX_CHECKS_PER_HOST: '256' }, database);
    try {
      // Warm-up: every endpoint's first check, and the 200 PENDING → UP changes it causes, written.
      // A start-up stall only skips slots (by design, see the stall test), so the count starts after.
      await waitFor(async () => {
        const [up] = await database.db.select({ n: count() }).from(endpoints).where(eq(endpoints.status, 'UP'));
        return up!.n === 200;
      }, 15_000);
      const before = rows.map((_, i) => target.answered.get(`/health/s${i}`) ?? 0);
      await sleep(5_000);
      const counts = rows.map((_, i) => (target.answered.get(`/health/s${i}`) ?? 0) - before[i]!);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(4);
      expect(Math.max(...counts)).toBeLessThanOrEqual(6);
      expect(Math.max(...rows.map((_, i) => target.maxConcurrentPerPath.get(`/health/s${i}`) ?? 0))).toBe(1);
      const [stored] = await database.db.select({ n: count() }).from(checkResults);
      expect(stored!.n).toBeGreaterThanOrEqual(800);
      const [up] = await database.db.select({ n: count() }).from(endpoints).where(eq(endpoints.status, 'UP'));
      expect(up!.n).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('create, update, pause and delete take effect at once', async () => {
    const t = await createTestApp();
    const events = t.app.get(EventEmitter2);
    const emit = (endpointId: number, change: EndpointChangedEvent['change']) =>
      events.emitAsync(ENDPOINT_CHANGED, { endpointId, change, at: new Date() } satisfies EndpointChangedEvent);
    try {
      const endpoint = await insertEndpoint(t.database, { url: `${target.url}/health/live-a`, intervalSeconds: 3_600 });
      await emit(endpoint.id, 'created');
      await waitFor(() => (target.answered.get('/health/live-a') ?? 0) === 1, 2_000);

      await t.database.db
        .update(endpoints)
        .set({ url: `${target.url}/health/live-b`, intervalSeconds: 1 })
        .where(eq(endpoints.id, endpoint.id));
      await emit(endpoint.id, 'updated');
      await waitFor(() => (target.answered.get('/health/live-b') ?? 0) >= 2, 3_000);

      await t.database.db.update(endpoints).set({ isActive: false }).where(eq(endpoints.id, endpoint.id));
      await emit(endpoint.id, 'paused');
      await sleep(200);
      const afterPause = target.answered.get('/health/live-b');
      await sleep(1_500);
      expect(target.answered.get('/health/live-b')).toBe(afterPause);

      await t.database.db.update(endpoints).set({ isActive: true }).where(eq(endpoints.id, endpoint.id));
      await emit(endpoint.id, 'resumed');
      await waitFor(() => (target.answered.get('/health/live-b') ?? 0) > afterPause!, 1_000);

      await t.database.db.delete(endpoints).where(eq(endpoints.id, endpoint.id));
      await emit(endpoint.id, 'deleted');
      await sleep(200);
      const afterDelete = target.answered.get('/health/live-b');
      await sleep(1_500);
      expect(target.answered.get('/health/live-b')).toBe(afterDelete);
    } finally {
      await t.close();
    }
  });

  it('"Check now" never runs alongside a scheduled check of the same endpoint, nor another "Check now"', async () => {
    const t = await createTestApp();
    const events = t.app.get(EventEmitter2);
    try {
      const endpoint = await insertEndpoint(t.database, {
        url: `${target.url}/slow?ms=600`,
        intervalSeconds: 3_600,
        timeoutMs: 5_000,
      });
      target.answered.delete('/slow');
      target.received.delete('/slow');
      target.maxConcurrentPerPath.delete('/slow');
      // Created: the scheduler runs it at once; the slow target keeps that run going for 600 ms.
      await events.emitAsync(ENDPOINT_CHANGED, {
        endpointId: endpoint.id,
        change: 'created',
        at: new Date(),
      } satisfies EndpointChangedEvent);
      await waitFor(() => target.received.get('/slow') === 1, 2_000);
      const auth = await t.auth('editor');
      const [a, b] = await Promise.all([
        t.http().post(`/api/v1/endpoints/${endpoint.id}/check`).set(auth),
        t.http().post(`/api/v1/endpoints/${endpoint.id}/check`).set(auth),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.id).not.toBe(b.body.id);
      expect(target.answered.get('/slow')).toBe(3);
      expect(target.maxConcurrentPerPath.get('/slow')).toBe(1);
      await waitFor(async () => {
        const [stored] = await t.database.db
          .select({ n: count() })
          .from(checkResults)
          .where(eq(checkResults.endpointId, endpoint.id));
        return stored!.n === 3;
      }, 2_000);
    } finally {
      await t.close();
    }
  });

  it('push endpoints are never probed', async () => {
    const database = await createTestDatabase();
    await insertEndpoint(database, { kind: 'push', url: `${target.url}/health/push`, intervalSeconds: 1 });
    const t = await createTestApp({}, database);
    try {
      await sleep(1_500);
      expect(target.answered.get('/health/push')).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('after a stall an overdue endpoint runs once, not once per missed interval', async () => {
    const database = await createTestDatabase();
    await insertEndpoints(
      database,
      Array.from({ length: 20 }, (_, i) => makeEndpoint({ url: `${target.url}/health/stall${i}`, intervalSeconds: 1 })),
    );
    const t = await createTestApp({}, database);
    try {
      await sleep(1_200);
      const before = Array.from({ length: 20 }, (_, i) => target.answered.get(`/health/stall${i}`) ?? 0);
      const blockedUntil = Date.now() + 3_500;
      while (Date.now() < blockedUntil) {
        // the event loop is stalled for 3.5 intervals
      }
      // Less than one interval: the overdue run, plus at most the next grid point.
      await sleep(900);
      const after = Array.from({ length: 20 }, (_, i) => target.answered.get(`/health/stall${i}`) ?? 0);
      const ran = after.map((n, i) => n - before[i]!);
      expect(Math.max(...ran)).toBeLessThanOrEqual(2);
      expect(ran.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
    } finally {
      await t.close();
    }
  });

  it('while the database is unavailable results are buffered, and written when it is back', async () => {
    const database = await createTestDatabase();
    await insertEndpoints(
      database,
      Array.from({ length: 10 }, (_, i) =>
        makeEndpoint({ url: `${target.url}/health/buffer${i}`, intervalSeconds: 1 }),
      ),
    );
    const t = await createTestApp({}, database);
    const answered = () =>
      Array.from({ length: 10 }, (_, i) => target.answered.get(`/health/buffer${i}`) ?? 0).reduce((a, b) => a + b, 0);
    try {
      // A real failure of the real database: the table the writer inserts into is gone for a while.
      await database.db.execute(sql`alter table check_results rename to check_results_away`);
      const answeredBefore = answered();
      await sleep(2_500);
      expect(answered() - answeredBefore).toBeGreaterThanOrEqual(10);
      expect(t.app.get(ResultWriter).pending).toBeGreaterThanOrEqual(10);
      await database.db.execute(sql`alter table check_results_away rename to check_results`);
      await waitFor(() => t.app.get(ResultWriter).pending === 0, 15_000);
      const [stored] = await database.db.select({ n: count() }).from(checkResults);
      // Checks keep running meanwhile: everything answered up to the flush is stored.
      expect(stored!.n).toBeGreaterThanOrEqual(answered() - 10);
      expect(stored!.n).toBeGreaterThan(20);
    } finally {
      await t.close();
    }
  });
});
