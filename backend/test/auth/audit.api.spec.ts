import { createTestApp, type TestApp } from '../app.js';
import { bearer, createUser, login, PASSWORD, setupAdmin } from './helpers.js';

interface Entry {
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: string;
  ip: string | null;
  actor: { user_id: number | null; api_key_id: number | null; email: string | null };
  details: Record<string, unknown> | null;
}

describe('audit log', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await setupAdmin(t);
    admin = bearer(res);
    adminId = res.body.user.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const entries = async (query = ''): Promise<Entry[]> =>
    (await t.http().get(`/api/v1/audit${query}`).set(admin).expect(200)).body.items;

  it('records logins, successful and failed, with the IP and never the password', async () => {
    await login(t, 'root@example.com', 'a-wrong-password');
    await login(t, 'root@example.com');
    const logins = (await entries('?entity=auth')).filter((e) => e.action === 'auth.login');
    expect(logins.slice(0, 2)).toMatchObject([
      { outcome: 'success', actor: { user_id: adminId, email: 'root@example.com' } },
      { outcome: 'failure', details: { email: 'root@example.com', reason: 'wrong_password' } },
    ]);
    expect(logins[0]!.ip).toMatch(/127\.0\.0\.1/);
    const all = JSON.stringify(await entries());
    expect(all).not.toContain('a-wrong-password');
    expect(all).not.toContain(PASSWORD);
  });

  it('records every successful mutation of the API: actor, route, entity and id', async () => {
    const user = await createUser(t, admin, 'editor');
    await t.http().patch(`/api/v1/users/${user.id}`).set(admin).send({ name: 'Renamed' }).expect(200);
    const key = await t.http().post('/api/v1/api-keys').set(bearer(user.session)).send({ name: 'ci' }).expect(201);
    await t.http().delete(`/api/v1/api-keys/${key.body.id}`).set(admin).expect(204);
    // A refused mutation is not recorded as done.
    await t.http().patch(`/api/v1/users/${user.id}`).set(admin).send({ role: 'nope' }).expect(400);

    const log = (await entries()).filter((e) => e.entity !== 'auth');
    expect(log.slice(0, 4)).toMatchObject([
      {
        action: 'DELETE /api/v1/api-keys/:id',
        entity: 'api-keys',
        entity_id: String(key.body.id),
        actor: { user_id: adminId },
      },
      {
        action: 'POST /api/v1/api-keys',
        entity: 'api-keys',
        entity_id: String(key.body.id),
        actor: { user_id: user.id },
      },
      { action: 'PATCH /api/v1/users/:id', entity: 'users', entity_id: String(user.id) },
      { action: 'POST /api/v1/users', entity: 'users', entity_id: String(user.id) },
    ]);
    expect(JSON.stringify(log)).not.toContain(key.body.key);
  });

  it('names the API key that acted', async () => {
    const key = await t.http().post('/api/v1/api-keys').set(admin).send({ name: 'robot' }).expect(201);
    await t.http().patch('/api/v1/auth/me').set('X-API-Key', key.body.key).send({ name: 'Root' }).expect(200);
    const [latest] = await entries();
    expect(latest).toMatchObject({
      action: 'PATCH /api/v1/auth/me',
      actor: { user_id: adminId, api_key_id: key.body.id },
    });
  });

  it('filters by actor, entity and time, and pages', async () => {
    const user = await createUser(t, admin, 'viewer');
    const mine = await entries(`?actor=${user.id}`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actor.user_id === user.id)).toBe(true);
    expect((await entries('?entity=users')).every((e) => e.entity === 'users')).toBe(true);
    expect(await entries(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    const page = (await t.http().get('/api/v1/audit?limit=2').set(admin).expect(200)).body;
    expect(page.items).toHaveLength(2);
    const next = (await t.http().get(`/api/v1/audit?limit=2&before=${page.next_before}`).set(admin).expect(200)).body;
    expect(next.items[0].id).toBeLessThan(page.items[1].id);
  });

  it.each([
    ['?actor=abc', 'actor'],
    ['?from=yesterday', 'from'],
    ['?limit=0', 'limit'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await t.http().get(`/api/v1/audit${query}`).set(admin).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });
});
