import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app.js';
import { createApiKey, USAGE_FAMILIES } from './usage-keys.js';

describe.each(USAGE_FAMILIES)('the compatible usage API (%s paths) with a usage key', (family, base) => {
  let t: TestApp;
  let key: string;
  const call = (path: string, k = key) => t.http().get(`${base}${path}`).set('X-API-Key', k);
  const tag = (name: string) => `${family}.${name}`;

  beforeAll(async () => {
    t = await createTestApp();
    key = (await createApiKey(t, 'viewer', ['usage'])).key;
  });
  afterAll(() => t.close());

  it('/create → 200 "Tag Created Successfully", then 409 "Tag already exists!"', async () => {
    const first = await call(`/create?tag=${tag('created')}`).expect(200);
    expect(first.text).toBe('Tag Created Successfully');
    expect(first.type).toBe('text/plain');
    const again = await call(`/create?tag=${tag('created')}`).expect(409);
    expect(again.text).toBe('Tag already exists!');
  });

  it('/update → 200 with the new count; /get → 200 with the count, unchanged', async () => {
    await call(`/create?tag=${tag('counted')}`).expect(200);
    await call(`/get?tag=${tag('counted')}`).expect(200, '0');
    await call(`/update?tag=${tag('counted')}`).expect(200, '1');
    await call(`/update?tag=${tag('counted')}`).expect(200, '2');
    await call(`/get?tag=${tag('counted')}`).expect(200, '2');
    await call(`/get?tag=${tag('counted')}`).expect(200, '2');
  });

  it.each(['update', 'get'])('/%s of a missing tag → 404 "Tag does not exist!"', async (verb) => {
    const res = await call(`/${verb}?tag=${tag('never-created')}`).expect(404);
    expect(res.text).toBe('Tag does not exist!');
    expect(res.type).toBe('text/plain');
  });

  it.each(['create', 'update', 'get', 'history'])(
    '/%s with a missing, empty or bad tag → 412 "Invalid Data"',
    async (verb) => {
      for (const query of ['', '?tag=', '?tag=white%20space', `?tag=${'y'.repeat(101)}`, '?tag=a&tag=b']) {
        const res = await call(`/${verb}${query}`).expect(412);
        expect(res.text).toBe('Invalid Data');
      }
    },
  );

  it('/history → 200 JSON of every use, oldest first, keyed from "1"', async () => {
    await call(`/create?tag=${tag('hist')}`).expect(200);
    for (let i = 0; i < 3; i++) await call(`/update?tag=${tag('hist')}`).expect(200);
    const res = await call(`/history?tag=${tag('hist')}`)
      .expect(200)
      .expect('content-type', /application\/json/);
    expect(Object.keys(res.body)).toEqual(['1', '2', '3']);
    const dates = Object.values(res.body as Record<string, { date: string }>).map((v) => v.date);
    for (const date of dates) expect(new Date(date).toISOString()).toBe(date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('/history → 404 "No Data Found!" for a missing tag, a tag without uses, and an inactive tag', async () => {
    expect((await call(`/history?tag=${tag('nothing')}`).expect(404)).text).toBe('No Data Found!');
    await call(`/create?tag=${tag('unused')}`).expect(200);
    expect((await call(`/history?tag=${tag('unused')}`).expect(404)).text).toBe('No Data Found!');
    await call(`/create?tag=${tag('sleepy')}`).expect(200);
    await call(`/update?tag=${tag('sleepy')}`).expect(200, '1');
    const id = (
      await t
        .http()
        .get('/api/v1/usage/tags')
        .set(await t.auth())
    ).body.data.find((x: { name: string }) => x.name === tag('sleepy')).id;
    await t
      .http()
      .patch(`/api/v1/usage/tags/${id}`)
      .set(await t.auth('editor'))
      .send({ is_active: false })
      .expect(200);
    expect((await call(`/history?tag=${tag('sleepy')}`).expect(404)).text).toBe('No Data Found!');
    expect((await call(`/update?tag=${tag('sleepy')}`).expect(404)).text).toBe('Tag does not exist!');
    expect((await call(`/get?tag=${tag('sleepy')}`).expect(404)).text).toBe('Tag does not exist!');
    expect((await call(`/create?tag=${tag('sleepy')}`).expect(409)).text).toBe('Tag already exists!');
  });

  it('takes the key from ?key= for callers that can only send a URL', async () => {
    await t
      .http()
      .get(`${base}/create?tag=${tag('by-url')}&key=${key}`)
      .expect(200, 'Tag Created Successfully');
    await t
      .http()
      .get(`${base}/update?tag=${tag('by-url')}&key=${key}`)
      .expect(200, '1');
  });

  it('a revoked key → 401 "Invalid API key"', async () => {
    const revoked = await createApiKey(t, 'editor', ['usage']);
    await call(`/create?tag=${tag('revoked')}`, revoked.key).expect(200);
    await t
      .http()
      .delete(`/api/v1/api-keys/${revoked.id}`)
      .set(await t.auth('admin'))
      .expect(204);
    for (const verb of ['create', 'update', 'get', 'history']) {
      const res = await call(`/${verb}?tag=${tag('revoked')}`, revoked.key).expect(401);
      expect(res.text).toBe('Invalid API key');
    }
  });

  it('general "api" keys report usage for editors, not for viewers (403)', async () => {
    const editor = await createApiKey(t, 'editor', ['api']);
    const viewer = await createApiKey(t, 'viewer', ['api']);
    await call(`/create?tag=${tag('by-api-key')}`, editor.key).expect(200);
    const res = await call(`/update?tag=${tag('by-api-key')}`, viewer.key).expect(403);
    expect(res.text).toBe('API key may not report usage');
    await call(`/get?tag=${tag('by-api-key')}`).expect(200, '0');
  });

  it('a wrong key is refused even on an anonymous tag', async () => {
    await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: tag('open'), anonymous_updates: true })
      .expect(201);
    await t
      .http()
      .get(`${base}/update?tag=${tag('open')}`)
      .expect(200, '1');
    await call(`/update?tag=${tag('open')}`, 'amk_not_a_key').expect(401, 'Invalid API key');
    await call(`/update?tag=${tag('open')}`).expect(200, '2');
  });
});

describe('history size and paging', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await createApiKey(t, 'editor', ['usage'])).key;
    await t.http().get('/create?tag=long').set('X-API-Key', key).expect(200);
    // 10,005 uses, one second apart, as the update statement would have written them.
    await t.database.db.execute(sql`
      with tag as (update usage_tags set use_count = 10005, last_used_at = now() where name = 'long' returning id)
      insert into usage_events (tag_id, seq, used_at)
      select tag.id, n, timestamptz '2026-11-01T00:00:00Z' + n * interval '1 second' from tag, generate_series(1, 10005) n`);
  });
  afterAll(() => t.close());

  it('the compatible history returns only the last 10,000 uses, keyed from "1"', async () => {
    const res = await t.http().get('/history?tag=long').set('X-API-Key', key).expect(200);
    const keys = Object.keys(res.body);
    expect(keys.length).toBe(10_000);
    expect(keys[0]).toBe('1');
    expect(res.body['1'].date).toBe('2026-11-01T00:00:06.000Z');
    expect(res.body['10000'].date).toBe('2026-11-01T02:46:45.000Z');
  });

  it('the /api/v1 history pages back with ?limit= and ?before=, keyed by use number', async () => {
    const first = await t.http().get('/api/v1/usage/history?tag=long&limit=3').set('X-API-Key', key).expect(200);
    expect(Object.keys(first.body)).toEqual(['10003', '10004', '10005']);
    expect(first.headers['x-next-before']).toBe('10003');
    const second = await t
      .http()
      .get(`/api/v1/usage/history?tag=long&limit=3&before=${first.headers['x-next-before']}`)
      .set('X-API-Key', key)
      .expect(200);
    expect(Object.keys(second.body)).toEqual(['10000', '10001', '10002']);
    const last = await t
      .http()
      .get('/api/v1/usage/history?tag=long&limit=5&before=3')
      .set('X-API-Key', key)
      .expect(200);
    expect(Object.keys(last.body)).toEqual(['1', '2']);
    expect(last.headers['x-next-before']).toBeUndefined();
    const beyond = await t.http().get('/api/v1/usage/history?tag=long&before=1').set('X-API-Key', key).expect(200);
    expect(beyond.body).toEqual({});
  });

  it.each(['limit=0', 'limit=10001', 'limit=abc', 'before=0', 'before=-4'])('refuses ?%s with 412', async (query) => {
    const res = await t.http().get(`/api/v1/usage/history?tag=long&${query}`).set('X-API-Key', key).expect(412);
    expect(res.text).toBe('Invalid Data');
  });
});
