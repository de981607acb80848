import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../app.js';
import { USAGE_FAMILIES } from './usage-keys.js';

describe.each(USAGE_FAMILIES)('the compatible usage API at %s, without a valid key', (_label, base) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    // With the SPA served from the same process: the root paths must still reach the usage API.
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-usage-spa-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>apimon spa</title>');
    t = await createTestApp({ STATIC_DIR: dir });
    await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: 'anon', anonymous_updates: true })
      .expect(201);
    await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: 'keyed' })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const plain = (res: { type: string }) => expect(res.type).toBe('text/plain');

  it.each(['create', 'get', 'history'])('/%s without a key → 401 "API key required"', async (call) => {
    const res = await t.http().get(`${base}/${call}?tag=keyed`).set('accept', 'text/html').expect(401);
    expect(res.text).toBe('API key required');
    plain(res);
  });

  it.each(['create', 'update', 'get', 'history'])('/%s with a wrong key → 401 "Invalid API key"', async (call) => {
    const header = await t.http().get(`${base}/${call}?tag=anon`).set('X-API-Key', 'amk_wrong').expect(401);
    expect(header.text).toBe('Invalid API key');
    const query = await t.http().get(`${base}/${call}?tag=anon&key=amk_wrong`).expect(401);
    expect(query.text).toBe('Invalid API key');
    plain(query);
  });

  it('counts key-less updates of an anonymous tag', async () => {
    const first = await t.http().get(`${base}/update?tag=anon`).expect(200);
    plain(first);
    const second = await t.http().get(`${base}/update?tag=anon`).expect(200);
    expect(Number(second.text)).toBe(Number(first.text) + 1);
  });

  it('refuses key-less updates of other tags, and of missing ones, alike', async () => {
    const keyed = await t.http().get(`${base}/update?tag=keyed`).expect(401);
    const missing = await t.http().get(`${base}/update?tag=no-such-tag`).expect(401);
    expect(keyed.text).toBe('API key required');
    expect(missing.text).toBe(keyed.text);
  });

  it.each([
    ['missing', ''],
    ['empty', '?tag='],
    ['with a space', '?tag=a%20b'],
    ['too long', `?tag=${'x'.repeat(101)}`],
    ['repeated', '?tag=a&tag=b'],
  ])('/update with a tag %s → 412 "Invalid Data"', async (_case, query) => {
    const res = await t.http().get(`${base}/update${query}`).expect(412);
    expect(res.text).toBe('Invalid Data');
    plain(res);
  });
});
