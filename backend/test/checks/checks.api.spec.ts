import { eq } from 'drizzle-orm';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../../src/checks/check.events.js';
import { ChecksService } from '../../src/checks/checks.service.js';
import { SecretBox } from '../../src/common/secret-box.js';
import { checkResults, endpoints, endpointStateChanges } from '../../src/db/schema.js';
import { ENDPOINT_CHANGED, type EndpointChangedEvent } from '../../src/endpoints/endpoint.events.js';
import { createTestApp, type TestApp } from '../app.js';
import { insertEndpoint } from '../factories/endpoints.js';
import { startTarget, type TargetServer } from '../servers/target.js';

describe('check engine API', () => {
  let t: TestApp;
  let target: TargetServer;
  const completed: CheckCompletedEvent[] = [];
  const changed: EndpointStateChangedEvent[] = [];

  beforeAll(async () => {
    target = await startTarget();
    t = await createTestApp({ CHECKS: 'off' });
    const events = t.app.get(EventEmitter2);
    events.on(CHECK_COMPLETED, (e: CheckCompletedEvent) => completed.push(e));
    events.on(ENDPOINT_STATE_CHANGED, (e: EndpointStateChangedEvent) => changed.push(e));
  });
  afterAll(async () => {
    await t.close();
    await target.close();
  });

  describe('POST /api/v1/endpoints/{id}/check', () => {
    it('runs one check now, stores it, moves PENDING → UP and emits both events', async () => {
      const endpoint = await insertEndpoint(t.database, { url: `${target.url}/ok` });
      const res = await t
        .http()
        .post(`/api/v1/endpoints/${endpoint.id}/check`)
        .set(await t.auth('editor'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        endpoint_id: endpoint.id,
        ok: true,
        status_code: 200,
        error_kind: null,
        attempts: 1,
      });
      expect(typeof res.body.id).toBe('number');
      expect(res.body.connect_ms).toBeGreaterThanOrEqual(0);
      const [stored] = await t.database.db.select().from(checkResults).where(eq(checkResults.id, res.body.id));
      expect(stored).toMatchObject({ endpointId: endpoint.id, ok: true, statusCode: 200 });
      const [row] = await t.database.db.select().from(endpoints).where(eq(endpoints.id, endpoint.id));
      expect(row).toMatchObject({ status: 'UP', consecutiveSuccesses: 1, lastLatencyMs: res.body.latency_ms });
      expect(row!.lastCheckedAt?.toISOString()).toBe(res.body.checked_at);
      const changes = await t.database.db
        .select()
        .from(endpointStateChanges)
        .where(eq(endpointStateChanges.endpointId, endpoint.id));
      expect(changes).toEqual([
        expect.objectContaining({ fromStatus: 'PENDING', toStatus: 'UP', checkResultId: res.body.id }),
      ]);
      expect(completed.find((e) => e.checkResultId === res.body.id)).toMatchObject({
        endpointId: endpoint.id,
        ok: true,
        status: 'UP',
      });
      expect(changed.find((e) => e.endpointId === endpoint.id)).toMatchObject({
        from: 'PENDING',
        to: 'UP',
        endpointName: endpoint.name,
        stateChangeId: changes[0]!.id,
      });
    });

    it('retries a failing endpoint and records one result with the attempts used', async () => {
      const endpoint = await insertEndpoint(t.database, {
        url: `${target.url}/status/503`,
        retries: 2,
        intervalSeconds: 60,
      });
      const res = await t
        .http()
        .post(`/api/v1/endpoints/${endpoint.id}/check`)
        .set(await t.auth('editor'));
      expect(res.body).toMatchObject({ ok: false, status_code: 503, error_kind: 'status', attempts: 3 });
      const rows = await t.database.db.select().from(checkResults).where(eq(checkResults.endpointId, endpoint.id));
      expect(rows).toHaveLength(1);
      expect(target.answered.get('/status/503')).toBeGreaterThanOrEqual(3);
    });

    it('sends decrypted secret headers', async () => {
      const box = t.app.get(SecretBox);
      const endpoint = await insertEndpoint(t.database, {
        url: `${target.url}/echo`,
        headers: [{ name: 'Authorization', value: box.encrypt('Bearer top-secret'), secret: true }],
        assertions: [{ type: 'json_path', path: '$.authorization', op: 'equals', value: 'Bearer top-secret' }],
      });
      const res = await t
        .http()
        .post(`/api/v1/endpoints/${endpoint.id}/check`)
        .set(await t.auth('editor'));
      expect(res.body).toMatchObject({ ok: true, error_kind: null });
    });

    it('404 EndpointNotFound for an unknown id, 400 for a bad one', async () => {
      const missing = await t
        .http()
        .post('/api/v1/endpoints/999999/check')
        .set(await t.auth('editor'));
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('EndpointNotFound');
      const bad = await t
        .http()
        .post('/api/v1/endpoints/abc/check')
        .set(await t.auth('editor'));
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('ValidationFailed');
    });

    it('refuses to probe a push endpoint', async () => {
      const endpoint = await insertEndpoint(t.database, { kind: 'push', url: null });
      const res = await t
        .http()
        .post(`/api/v1/endpoints/${endpoint.id}/check`)
        .set(await t.auth('editor'));
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('NotCheckable');
    });
  });

  describe('POST /api/v1/checks/dry-run', () => {
    it('checks an unsaved body with phases and records nothing', async () => {
      const before = (await t.database.db.select().from(checkResults)).length;
      const res = await t
        .http()
        .post('/api/v1/checks/dry-run')
        .set(await t.auth('editor'))
        .send({
          name: 'x',
          interval: 60,
          url: `${target.url}/ok`,
          assertions: [{ type: 'json_path', path: '$.status', op: 'equals', value: 'healthy' }],
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: true, status_code: 200, attempts: 1 });
      expect(res.body.id).toBeUndefined();
      expect(res.body).toHaveProperty('connect_ms');
      expect(res.body).toHaveProperty('ttfb_ms');
      expect((await t.database.db.select().from(checkResults)).length).toBe(before);
    });

    it('reports a failure of the unsaved endpoint as a result, not an error', async () => {
      const res = await t
        .http()
        .post('/api/v1/checks/dry-run')
        .set(await t.auth('editor'))
        .send({ url: `${target.url}/slow?ms=2000`, timeout: 0.2 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: false, error_kind: 'timeout' });
    });

    it('400 naming every bad field', async () => {
      const res = await t
        .http()
        .post('/api/v1/checks/dry-run')
        .set(await t.auth('editor'))
        .send({ url: 'file:///etc/passwd', method: 'FETCH', timeout: 100, assertions: [{ type: 'nope' }] });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ValidationFailed');
      const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['assertions.0.type', 'method', 'timeout', 'url']);
    });
  });

  describe('GET /api/v1/endpoints/{id}/checks', () => {
    it('lists newest first with cursor pagination and a time range', async () => {
      const endpoint = await insertEndpoint(t.database);
      const service = t.app.get(ChecksService);
      const base = Date.parse('2026-11-30T00:00:00Z');
      for (let i = 0; i < 5; i++) {
        await service.recordExternalResult(endpoint.id, {
          checkedAt: new Date(base + i * 60_000),
          ok: i !== 2,
          latencyMs: i,
        });
      }
      const page1 = await t
        .http()
        .get(`/api/v1/endpoints/${endpoint.id}/checks?limit=2`)
        .set(await t.auth('viewer'));
      expect(page1.status).toBe(200);
      expect(page1.body.checks.map((c: { latency_ms: number }) => c.latency_ms)).toEqual([4, 3]);
      expect(page1.body.next_before).toEqual(expect.any(String));
      const page2 = await t
        .http()
        .get(`/api/v1/endpoints/${endpoint.id}/checks?limit=2&before=${page1.body.next_before}`)
        .set(await t.auth('viewer'));
      expect(page2.body.checks.map((c: { latency_ms: number }) => c.latency_ms)).toEqual([2, 1]);
      const page3 = await t
        .http()
        .get(`/api/v1/endpoints/${endpoint.id}/checks?limit=2&before=${page2.body.next_before}`)
        .set(await t.auth('viewer'));
      expect(page3.body).toEqual({ checks: [expect.objectContaining({ latency_ms: 0 })], next_before: null });
      const ranged = await t
        .http()
        .get(
          `/api/v1/endpoints/${endpoint.id}/checks?from=${new Date(base + 60_000).toISOString()}&to=${new Date(base + 180_000).toISOString()}`,
        )
        .set(await t.auth('viewer'));
      expect(ranged.body.checks.map((c: { latency_ms: number }) => c.latency_ms)).toEqual([3, 2, 1]);
      expect(ranged.body.checks[1]).toMatchObject({ ok: false, checked_at: new Date(base + 120_000).toISOString() });
    });

    it('400 for bad query fields, 404 for an unknown endpoint', async () => {
      const endpoint = await insertEndpoint(t.database);
      const bad = await t
        .http()
        .get(`/api/v1/endpoints/${endpoint.id}/checks?limit=0&from=yesterday&before=zzz`)
        .set(await t.auth('viewer'));
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'limit']);
      const cursor = await t
        .http()
        .get(`/api/v1/endpoints/${endpoint.id}/checks?before=zzz`)
        .set(await t.auth('viewer'));
      expect(cursor.status).toBe(400);
      expect(cursor.body.error.details[0].field).toBe('before');
      const missing = await t
        .http()
        .get('/api/v1/endpoints/999999/checks')
        .set(await t.auth('viewer'));
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('EndpointNotFound');
    });
  });

  describe('recordExternalResult', () => {
    it('runs the thresholds: DOWN only after failure_threshold misses, UP after success_threshold', async () => {
      const endpoint = await insertEndpoint(t.database, {
        kind: 'push',
        url: null,
        failureThreshold: 2,
        successThreshold: 2,
      });
      const service = t.app.get(ChecksService);
      const status = async () =>
        (await t.database.db.select().from(endpoints).where(eq(endpoints.id, endpoint.id)))[0]!.status;
      const at = (s: number) => new Date(Date.parse('2026-12-01T00:00:00Z') + s * 1000);
      await service.recordExternalResult(endpoint.id, { checkedAt: at(0), ok: true });
      expect(await status()).toBe('UP');
      await service.recordExternalResult(endpoint.id, {
        checkedAt: at(1),
        ok: false,
        errorKind: 'missed',
        errorMessage: 'no ping for 60 s',
      });
      expect(await status()).toBe('UP');
      await service.recordExternalResult(endpoint.id, {
        checkedAt: at(2),
        ok: false,
        errorKind: 'missed',
        errorMessage: 'no ping for 60 s',
      });
      expect(await status()).toBe('DOWN');
      await service.recordExternalResult(endpoint.id, { checkedAt: at(3), ok: true });
      expect(await status()).toBe('DOWN');
      await service.recordExternalResult(endpoint.id, { checkedAt: at(4), ok: true });
      expect(await status()).toBe('UP');
      const changes = await t.database.db
        .select()
        .from(endpointStateChanges)
        .where(eq(endpointStateChanges.endpointId, endpoint.id));
      expect(changes.map((c) => `${c.fromStatus}→${c.toStatus}`)).toEqual(['PENDING→UP', 'UP→DOWN', 'DOWN→UP']);
      expect(changes[1]!.reason).toBe('2 consecutive failures: no ping for 60 s');
      expect(changed.filter((e) => e.endpointId === endpoint.id).map((e) => e.to)).toEqual(['UP', 'DOWN', 'UP']);
    });

    it('rejects an unknown endpoint', async () => {
      await expect(
        t.app.get(ChecksService).recordExternalResult(999_999, { checkedAt: new Date(), ok: true }),
      ).rejects.toMatchObject({
        code: 'EndpointNotFound',
      });
    });
  });

  describe('endpoint changes', () => {
    it('paused records X → PAUSED and sets PAUSED; resumed → PENDING; both emitted', async () => {
      const endpoint = await insertEndpoint(t.database, { url: `${target.url}/ok` });
      await t
        .http()
        .post(`/api/v1/endpoints/${endpoint.id}/check`)
        .set(await t.auth('editor'));
      const events = t.app.get(EventEmitter2);
      const emit = (change: EndpointChangedEvent['change']) =>
        events.emitAsync(ENDPOINT_CHANGED, {
          endpointId: endpoint.id,
          change,
          at: new Date(),
        } satisfies EndpointChangedEvent);
      await t.database.db.update(endpoints).set({ isActive: false }).where(eq(endpoints.id, endpoint.id));
      await emit('paused');
      let [row] = await t.database.db.select().from(endpoints).where(eq(endpoints.id, endpoint.id));
      expect(row!.status).toBe('PAUSED');
      await t.database.db.update(endpoints).set({ isActive: true }).where(eq(endpoints.id, endpoint.id));
      await emit('resumed');
      [row] = await t.database.db.select().from(endpoints).where(eq(endpoints.id, endpoint.id));
      expect(row!.status).toBe('PENDING');
      const changes = await t.database.db
        .select()
        .from(endpointStateChanges)
        .where(eq(endpointStateChanges.endpointId, endpoint.id));
      expect(changes.map((c) => `${c.fromStatus}→${c.toStatus}`)).toEqual([
        'PENDING→UP',
        'UP→PAUSED',
        'PAUSED→PENDING',
      ]);
      expect(changed.filter((e) => e.endpointId === endpoint.id).map((e) => [e.to, e.check])).toEqual([
        ['UP', expect.any(Object)],
        ['PAUSED', null],
        ['PENDING', null],
      ]);
    });
  });
});
