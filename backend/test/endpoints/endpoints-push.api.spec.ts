import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SecretBox } from '../../src/common/secret-box.js';
import { endpoints } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from './endpoint-factory.js';

describe('push (heartbeat) endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://apimon.example.test/' });
  });
  afterAll(async () => {
    await t.close();
  });

  const row = async (id: number) => (await t.database.db.select().from(endpoints).where(eq(endpoints.id, id)))[0]!;

  it('needs no url, gets a random token stored hashed and encrypted, and answers with its ping URL', async () => {
    const created = await makeEndpoint(t, {
      kind: 'push',
      url: undefined,
      name: 'nightly backup',
      period_seconds: 86_400,
      grace_seconds: 600,
    });
    expect(created).toMatchObject({
      kind: 'push',
      url: null,
      period_seconds: 86_400,
      grace_seconds: 600,
      cron: null,
      timezone: null,
    });
    const match = /^https:\/\/apimon\.example\.test\/api\/v1\/push\/([A-Za-z0-9_-]{43})$/.exec(created.ping_url);
    expect(match).not.toBeNull();
    const token = match![1]!;
    const stored = await row(created.id);
    expect(stored.pushTokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(t.app.get(SecretBox).decrypt(stored.pushTokenEncrypted!)).toBe(token);
    expect(stored.pushTokenEncrypted).not.toContain(token);
    // Seen again later (editors copy it from the detail page), unchanged by edits.
    await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ grace_seconds: 60 })
      .expect(200);
    const again = await t
      .http()
      .get(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .expect(200);
    expect(again.body.ping_url).toBe(created.ping_url);
    expect(again.body.grace_seconds).toBe(60);
  });

  it('shows the ping URL to editors and admins only: a viewer could post pings with its token', async () => {
    const created = await makeEndpoint(t, { kind: 'push', name: 'hourly export', period_seconds: 3_600 });
    const token = /\/api\/v1\/push\/([A-Za-z0-9_-]{43})$/.exec(created.ping_url)![1]!;
    const get = (headers: Record<string, string>) =>
      t.http().get(`/api/v1/endpoints/${created.id}`).set(headers).expect(200);
    const listed = async (headers: Record<string, string>) =>
      (await t.http().get('/api/v1/endpoints?kind=push&limit=500').set(headers).expect(200)).body.endpoints.find(
        (e: { id: number }) => e.id === created.id,
      );

    for (const role of ['editor', 'admin'] as const) {
      expect((await get(await t.auth(role))).body.ping_url).toBe(created.ping_url);
      expect((await listed(await t.auth(role))).ping_url).toBe(created.ping_url);
    }
    // A viewer's session, and a viewer-role API key of an editor, see the monitor but no token.
    const key = await t
      .http()
      .post('/api/v1/api-keys')
      .set(await t.auth('editor'))
      .send({ name: 'read only', role: 'viewer' })
      .expect(201);
    for (const viewer of [await t.auth('viewer'), { 'X-API-Key': key.body.key as string }]) {
      const detail = (await get(viewer)).body;
      expect(detail).toMatchObject({ id: created.id, kind: 'push', period_seconds: 3_600, ping_url: null });
      expect(JSON.stringify(detail)).not.toContain(token);
      const row = await listed(viewer);
      expect(row).toMatchObject({ id: created.id, ping_url: null });
      expect(JSON.stringify(row)).not.toContain(token);
    }
  });

  it('gives every push monitor its own token', async () => {
    const a = await makeEndpoint(t, { kind: 'push', period_seconds: 60 });
    const b = await makeEndpoint(t, { kind: 'push', period_seconds: 60 });
    expect(a.ping_url).not.toBe(b.ping_url);
    expect((await row(a.id)).pushTokenHash).not.toBe((await row(b.id)).pushTokenHash);
  });

  it('accepts a cron schedule with a timezone (UTC by default) and the default grace', async () => {
    const berlin = await makeEndpoint(t, { kind: 'push', cron: '0 3 * * *', timezone: 'Europe/Berlin' });
    expect(berlin).toMatchObject({
      cron: '0 3 * * *',
      timezone: 'Europe/Berlin',
      period_seconds: null,
      grace_seconds: 300,
    });
    const utc = await makeEndpoint(t, { kind: 'push', cron: '*/15 * * * *' });
    expect(utc.timezone).toBe('UTC');
  });

  it.each([
    ['neither period nor cron', {}, 'period_seconds'],
    ['both period and cron', { period_seconds: 60, cron: '* * * * *' }, 'cron'],
    ['a bad cron', { cron: '61 * * * *' }, 'cron'],
    ['a cron with too many fields', { cron: '* * * * * * *' }, 'cron'],
    ['an unknown timezone', { cron: '0 3 * * *', timezone: 'Mars/Olympus' }, 'timezone'],
    ['a period below 5 s', { period_seconds: 1 }, 'period_seconds'],
    ['a negative grace', { period_seconds: 60, grace_seconds: -1 }, 'grace_seconds'],
  ])('refuses %s naming the field', async (_label, fields, field) => {
    const res = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth('editor'))
      .send({ name: 'bad push', kind: 'push', ...fields })
      .expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect(await t.database.db.select().from(endpoints).where(eq(endpoints.name, 'bad push'))).toEqual([]);
  });

  it('gives http endpoints no token and no ping URL', async () => {
    const http = await makeEndpoint(t);
    expect(http.ping_url).toBeNull();
    expect((await row(http.id)).pushTokenHash).toBeNull();
  });
});
