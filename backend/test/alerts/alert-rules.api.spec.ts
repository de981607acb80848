import { alertRules } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from './factories.js';

describe('alert rules API', () => {
  let t: TestApp;
  let channelId: number;
  beforeAll(async () => {
    t = await createTestApp({ CHECKS: 'off' });
    const res = await t
      .http()
      .post('/api/v1/alert-channels')
      .set(await t.auth())
      .send({ name: 'hook', type: 'webhook', config: { url: 'http://127.0.0.1:9/' } });
    channelId = res.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates, reads, updates and deletes a rule with its defaults', async () => {
    const endpoint = await makeEndpoint(t.database);
    const created = await t
      .http()
      .post('/api/v1/alert-rules')
      .set(await t.auth())
      .send({
        name: 'Payments',
        scope: 'endpoint',
        endpoint_id: endpoint.id,
        events: ['down', 'recovered'],
        channel_ids: [channelId],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Payments',
      scope: 'endpoint',
      endpoint_id: endpoint.id,
      tag: null,
      events: ['down', 'recovered'],
      channel_ids: [channelId],
      down_after_minutes: 0,
      renotify_minutes: null,
      latency_consecutive: 3,
      cert_expiry_days: 14,
      flap_threshold: null,
      flap_window_minutes: 10,
      enabled: true,
    });
    const id = created.body.id;
    const updated = await t
      .http()
      .put(`/api/v1/alert-rules/${id}`)
      .set(await t.auth())
      .send({ ...created.body, events: ['down', 'latency_above'], latency_threshold_ms: 800, renotify_minutes: 30 })
      .expect(200);
    expect(updated.body).toMatchObject({
      events: ['down', 'latency_above'],
      latency_threshold_ms: 800,
      renotify_minutes: 30,
    });
    expect(
      (
        await t
          .http()
          .get(`/api/v1/alert-rules/${id}`)
          .set(await t.auth())
          .expect(200)
      ).body.renotify_minutes,
    ).toBe(30);
    await t
      .http()
      .delete(`/api/v1/alert-rules/${id}`)
      .set(await t.auth())
      .expect(204);
    const gone = await t
      .http()
      .get(`/api/v1/alert-rules/${id}`)
      .set(await t.auth())
      .expect(404);
    expect(gone.body.error.code).toBe('AlertRuleNotFound');
  });

  it('lists the rules that apply to one endpoint: by id, by tag and the defaults', async () => {
    const endpoint = await makeEndpoint(t.database, { name: 'Edge', tags: ['edge', 'eu'] });
    const other = await makeEndpoint(t.database, { name: 'Other', tags: ['us'] });
    const headers = await t.auth();
    const post = (body: object) =>
      t
        .http()
        .post('/api/v1/alert-rules')
        .set(headers)
        .send({ events: ['down'], channel_ids: [channelId], ...body })
        .expect(201);
    const all = (await post({ name: 'All', scope: 'all' })).body.id;
    const byTag = (await post({ name: 'EU', scope: 'tag', tag: 'eu' })).body.id;
    const byId = (await post({ name: 'Mine', scope: 'endpoint', endpoint_id: endpoint.id })).body.id;
    await post({ name: 'US', scope: 'tag', tag: 'us' });
    await post({ name: 'Theirs', scope: 'endpoint', endpoint_id: other.id });
    const res = await t
      .http()
      .get('/api/v1/alert-rules')
      .query({ endpoint_id: endpoint.id })
      .set(await t.auth())
      .expect(200);
    expect(res.body.items.map((r: { id: number }) => r.id)).toEqual([all, byTag, byId]);
  });

  it.each([
    [{ scope: 'endpoint' }, ['endpoint_id']],
    [{ scope: 'tag' }, ['tag']],
    [{ scope: 'all', tag: 'x' }, ['tag']],
    [{ scope: 'all', events: [] }, ['events']],
    [{ scope: 'all', events: ['down', 'exploded'] }, ['events.1']],
    [{ scope: 'all', events: ['latency_above'] }, ['latency_threshold_ms']],
    [{ scope: 'all', channel_ids: [] }, ['channel_ids']],
    [{ scope: 'all', down_after_minutes: -1, flap_threshold: 0 }, ['down_after_minutes', 'flap_threshold']],
    [{ scope: 'all', channel_ids: [987654] }, ['channel_ids']],
    [{ scope: 'endpoint', endpoint_id: 987654 }, ['endpoint_id']],
    [{ scope: 'planet' }, ['scope']],
  ])('answers 400 naming each bad field for %j, storing nothing', async (overrides, fields) => {
    const before = (await t.database.db.select().from(alertRules)).length;
    const res = await t
      .http()
      .post('/api/v1/alert-rules')
      .set(await t.auth())
      .send({ name: 'Bad', events: ['down'], channel_ids: [channelId], ...overrides })
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(fields);
    expect((await t.database.db.select().from(alertRules)).length).toBe(before);
  });

  it('drops a deleted channel from its rules', async () => {
    const extra = await t
      .http()
      .post('/api/v1/alert-channels')
      .set(await t.auth())
      .send({ name: 'temp', type: 'webhook', config: { url: 'http://127.0.0.1:9/' } });
    const rule = await t
      .http()
      .post('/api/v1/alert-rules')
      .set(await t.auth())
      .send({ name: 'Two', scope: 'all', events: ['down'], channel_ids: [channelId, extra.body.id] })
      .expect(201);
    await t
      .http()
      .delete(`/api/v1/alert-channels/${extra.body.id}`)
      .set(await t.auth())
      .expect(204);
    const res = await t
      .http()
      .get(`/api/v1/alert-rules/${rule.body.id}`)
      .set(await t.auth())
      .expect(200);
    expect(res.body.channel_ids).toEqual([channelId]);
  });
});
