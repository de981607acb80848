import { eq } from 'drizzle-orm';
import { ENDPOINT_CHANGED, type EndpointChangedEvent } from '../../src/endpoints/endpoint.events.js';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { endpoints } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { endpointBody, makeEndpoint } from './endpoint-factory.js';

describe('endpoints CRUD', () => {
  let t: TestApp;
  const changes: EndpointChangedEvent[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(EventEmitter2).on(ENDPOINT_CHANGED, (event: EndpointChangedEvent) => void changes.push(event));
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    changes.length = 0;
  });

  it('creates an endpoint with the defaults of issue 4 and reads it back', async () => {
    const res = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth('editor'))
      .send({ name: '  Orders API ', url: 'https://orders.example.test/health' })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      kind: 'http',
      name: 'Orders API',
      url: 'https://orders.example.test/health',
      method: 'GET',
      headers: [],
      body: null,
      content_type: null,
      interval: 60,
      timeout: 10,
      expected_status: ['200-399'],
      assertions: [],
      health_body: false,
      retries: 1,
      failure_threshold: 1,
      success_threshold: 1,
      degraded_above_ms: null,
      follow_redirects: true,
      verify_tls: true,
      tags: [],
      is_active: true,
      description: null,
      sla_target: null,
      managed_by: null,
      status: 'PENDING',
      last_checked_at: null,
      last_latency_ms: null,
      ping_url: null,
    });
    expect(Date.parse(res.body.status_since)).not.toBeNaN();
    expect(Date.parse(res.body.created_at)).not.toBeNaN();
    const got = await t
      .http()
      .get(`/api/v1/endpoints/${res.body.id}`)
      .set(await t.auth('viewer'))
      .expect(200);
    expect(got.body).toEqual(res.body);
    const [row] = await t.database.db.select().from(endpoints).where(eq(endpoints.id, res.body.id));
    expect(row).toMatchObject({ intervalSeconds: 60, timeoutMs: 10_000, expectedStatus: ['200-399'] });
    expect(changes).toEqual([{ endpointId: res.body.id, change: 'created', at: expect.any(Date) }]);
  });

  it('stores every field and maps timeout seconds to timeoutMs', async () => {
    const body = {
      name: 'Full',
      url: 'http://127.0.0.1:8080/api/health?x=1',
      method: 'POST',
      headers: [{ name: 'Accept', value: 'application/json' }],
      body: '{"ping":true}',
      content_type: 'application/json',
      interval: 30,
      timeout: 2.5,
      expected_status: ['200-299', 304],
      assertions: [
        { type: 'body_contains', value: 'ok' },
        { type: 'body_matches', pattern: '"status":\\s*"up"', flags: 'i' },
        { type: 'json_path', path: '$.status', op: 'equals', value: 'healthy' },
        { type: 'json_path', path: '$.db', op: 'one_of', values: ['up', 'ok'] },
        { type: 'header', name: 'Content-Type', op: 'matches', value: '^application/json' },
        { type: 'response_time_below', ms: 500 },
      ],
      health_body: true,
      retries: 3,
      failure_threshold: 2,
      success_threshold: 3,
      degraded_above_ms: 800,
      follow_redirects: false,
      verify_tls: false,
      tags: ['prod', 'orders', 'prod'],
      is_active: false,
      description: 'The orders service',
      sla_target: 99.9,
    };
    const res = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth('editor'))
      .send(body)
      .expect(201);
    expect(res.body).toMatchObject({
      ...body,
      headers: [{ name: 'Accept', value: 'application/json', secret: false }],
      tags: ['prod', 'orders'],
    });
    const [row] = await t.database.db.select().from(endpoints).where(eq(endpoints.id, res.body.id));
    expect(row).toMatchObject({ timeoutMs: 2500, intervalSeconds: 30, degradedAboveMs: 800, isActive: false });
    // Created inactive, so PAUSED from the start rather than PENDING.
    expect(res.body.status).toBe('PAUSED');
  });

  it('normalises expected_status: a single code, codes as strings, spaced ranges', async () => {
    const one = await makeEndpoint(t, { expected_status: 204 });
    expect(one.expected_status).toEqual([204]);
    const many = await makeEndpoint(t, { expected_status: ['301', ' 200 - 204 '] });
    expect(many.expected_status).toEqual([301, '200-204']);
  });

  it('replaces with PUT (missing fields back to defaults) and emits updated', async () => {
    const created = await makeEndpoint(t, { retries: 4, tags: ['a'] });
    changes.length = 0;
    const res = await t
      .http()
      .put(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ name: 'Renamed', url: 'https://renamed.example.test/' })
      .expect(200);
    expect(res.body).toMatchObject({ id: created.id, name: 'Renamed', retries: 1, tags: [] });
    expect(Date.parse(res.body.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));
    expect(changes).toEqual([{ endpointId: created.id, change: 'updated', at: expect.any(Date) }]);
  });

  it('patches only the given fields and re-validates the merged whole', async () => {
    const created = await makeEndpoint(t, { interval: 30, timeout: 5, tags: ['keep'] });
    const res = await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ retries: 0 })
      .expect(200);
    expect(res.body).toMatchObject({ interval: 30, timeout: 5, tags: ['keep'], retries: 0, name: created.name });
    // The merged definition breaks "timeout below interval": named, nothing stored.
    const bad = await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ interval: 5 })
      .expect(400);
    expect(bad.body.error.details).toEqual([{ field: 'timeout', message: 'must be below the interval (5 s)' }]);
    const after = await t
      .http()
      .get(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('viewer'))
      .expect(200);
    expect(after.body.interval).toBe(30);
  });

  it('ignores read-only fields sent back by a client', async () => {
    const created = await makeEndpoint(t);
    const res = await t
      .http()
      .put(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ ...created, status: 'UP', last_latency_ms: 1, managed_by: 'config', id: 999 })
      .expect(200);
    expect(res.body).toMatchObject({ id: created.id, status: 'PENDING', last_latency_ms: null, managed_by: null });
  });

  it('refuses to change the kind', async () => {
    const created = await makeEndpoint(t);
    const res = await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ kind: 'push', period_seconds: 60 })
      .expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'kind' })]);
  });

  it('deletes with 204 and emits deleted; the id is then unknown', async () => {
    const created = await makeEndpoint(t);
    changes.length = 0;
    await t
      .http()
      .delete(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .expect(204);
    expect(changes).toEqual([{ endpointId: created.id, change: 'deleted', at: expect.any(Date) }]);
    const res = await t
      .http()
      .get(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('viewer'))
      .expect(404);
    expect(res.body.error.code).toBe('EndpointNotFound');
  });

  it('pauses and resumes: is_active flips, one event each, repeating is a no-op', async () => {
    const created = await makeEndpoint(t);
    changes.length = 0;
    const paused = await t
      .http()
      .post(`/api/v1/endpoints/${created.id}/pause`)
      .set(await t.auth('editor'))
      .expect(200);
    expect(paused.body.is_active).toBe(false);
    await t
      .http()
      .post(`/api/v1/endpoints/${created.id}/pause`)
      .set(await t.auth('editor'))
      .expect(200);
    const resumed = await t
      .http()
      .post(`/api/v1/endpoints/${created.id}/resume`)
      .set(await t.auth('editor'))
      .expect(200);
    expect(resumed.body.is_active).toBe(true);
    expect(changes.map((c) => c.change)).toEqual(['paused', 'resumed']);
  });

  it('emits paused when an update switches is_active off', async () => {
    const created = await makeEndpoint(t);
    changes.length = 0;
    await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ is_active: false })
      .expect(200);
    expect(changes.map((c) => c.change)).toEqual(['paused']);
  });

  it('waits for ENDPOINT_CHANGED listeners before answering', async () => {
    const emitter = t.app.get(EventEmitter2);
    let finished = false;
    const listener = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished = true;
    };
    emitter.on(ENDPOINT_CHANGED, listener);
    try {
      await t
        .http()
        .post('/api/v1/endpoints')
        .set(await t.auth('editor'))
        .send(endpointBody())
        .expect(201);
      expect(finished).toBe(true);
    } finally {
      emitter.off(ENDPOINT_CHANGED, listener);
    }
  });

  it.each([
    ['get', ''],
    ['put', ''],
    ['patch', ''],
    ['delete', ''],
    ['post', '/pause'],
    ['post', '/resume'],
  ] as const)('answers %s of an unknown id%s with 404 EndpointNotFound', async (method, suffix) => {
    const res = await t
      .http()
      [method](`/api/v1/endpoints/987654${suffix}`)
      .set(await t.auth('editor'))
      .send(endpointBody());
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('EndpointNotFound');
  });

  it('documents its routes and the live stream in the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/endpoints',
        '/api/v1/endpoints/tags',
        '/api/v1/endpoints/{id}',
        '/api/v1/endpoints/{id}/pause',
        '/api/v1/endpoints/{id}/resume',
        '/api/v1/events',
      ]),
    );
  });

  it('answers a non-numeric id with 400 naming id', async () => {
    const res = await t
      .http()
      .get('/api/v1/endpoints/abc')
      .set(await t.auth('viewer'))
      .expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'id' })]);
  });
});
