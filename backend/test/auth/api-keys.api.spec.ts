import { eq } from 'drizzle-orm';
import { ApiKeysService } from '../../src/auth/api-keys.service.js';
import { apiKeys } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { bearer, createUser, setupAdmin } from './helpers.js';

describe('API keys', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let editor: { id: number; headers: Record<string, string> };
  beforeAll(async () => {
    t = await createTestApp();
    admin = bearer(await setupAdmin(t));
    const user = await createUser(t, admin, 'editor');
    editor = { id: user.id, headers: bearer(user.session) };
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (headers: Record<string, string>, body: Record<string, unknown>) =>
    t.http().post('/api/v1/api-keys').set(headers).send(body);

  it('shows the key once, stores only its hash, and authenticates with X-API-Key', async () => {
    const res = await create(editor.headers, { name: 'ci' }).expect(201);
    expect(res.body).toMatchObject({
      name: 'ci',
      role: 'editor',
      scopes: ['api'],
      expires_at: null,
      user_id: editor.id,
    });
    const key = res.body.key as string;
    expect(key).toMatch(/^apimon_[0-9A-Za-z]{43}$/);
    expect(res.body.prefix).toBe(key.slice(0, 15));

    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, res.body.id));
    expect(row!.keyHash).not.toBe(key);
    expect(row!.keyHash).not.toContain(key.slice(7));
    expect(row!.keyHash).toMatch(/^[0-9a-f]{64}$/);

    const me = await t.http().get('/api/v1/auth/me').set('X-API-Key', key).expect(200);
    expect(me.body).toMatchObject({ role: 'editor', auth: { kind: 'api_key', api_key_id: res.body.id } });
    const [used] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, res.body.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);

    const list = await t.http().get('/api/v1/api-keys').set(editor.headers).expect(200);
    const listed = list.body.items.find((k: { id: number }) => k.id === res.body.id);
    expect(listed).toMatchObject({ name: 'ci', prefix: res.body.prefix });
    expect(listed.key).toBeUndefined();
    expect(JSON.stringify(list.body)).not.toContain(key);
  });

  it('refuses a revoked key at once', async () => {
    const { body } = await create(editor.headers, { name: 'temp' }).expect(201);
    await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(200);
    await t.http().delete(`/api/v1/api-keys/${body.id}`).set(editor.headers).expect(204);
    const res = await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(401);
    expect(res.body.error.code).toBe('InvalidApiKey');
    await t.http().delete(`/api/v1/api-keys/${body.id}`).set(editor.headers).expect(404);
  });

  it('refuses an expired key', async () => {
    const { body } = await create(editor.headers, {
      name: 'short-lived',
      expires_at: new Date(Date.now() + 60_000).toISOString(),
    }).expect(201);
    await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(200);
    await t.database.db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, body.id));
    await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(401);
  });

  it("refuses a key whose owner was disabled, and caps a key at its owner's current role", async () => {
    const owner = await createUser(t, admin, 'editor');
    const { body } = await create(bearer(owner.session), { name: 'k' }).expect(201);
    await t.http().patch(`/api/v1/users/${owner.id}`).set(admin).send({ role: 'viewer' }).expect(200);
    const me = await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(200);
    expect(me.body.role).toBe('viewer');
    await t.http().post('/api/v1/api-keys').set('X-API-Key', body.key).send({ name: 'x' }).expect(403);
    await t.http().patch(`/api/v1/users/${owner.id}`).set(admin).send({ disabled: true }).expect(200);
    await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(401);
  });

  it("a key never exceeds its creator's role", async () => {
    const res = await create(editor.headers, { name: 'too much', role: 'admin' }).expect(400);
    expect(res.body.error.details).toEqual([{ field: 'role', message: 'must not exceed your own role (editor)' }]);
    const viewerKey = await create(editor.headers, { name: 'read only', role: 'viewer' }).expect(201);
    await t.http().get('/api/v1/api-keys').set('X-API-Key', viewerKey.body.key).expect(200);
    await t.http().post('/api/v1/api-keys').set('X-API-Key', viewerKey.body.key).send({ name: 'x' }).expect(403);
  });

  it.each([
    [{}, 'name'],
    [{ name: 'x', role: 'root' }, 'role'],
    [{ name: 'x', expires_at: 'tomorrow' }, 'expires_at'],
    [{ name: 'x', expires_at: '2001-01-01T00:00:00Z' }, 'expires_at'],
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['everything'] }, 'scopes.0'],
  ])('refuses %j naming %s, storing nothing', async (body, field) => {
    const before = (await t.database.db.select().from(apiKeys)).length;
    const res = await create(editor.headers, body).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect((await t.database.db.select().from(apiKeys)).length).toBe(before);
  });

  it('a usage-only key is refused on the API but verifies for usage pings', async () => {
    const { body } = await create(editor.headers, { name: 'pinger', scopes: ['usage'] }).expect(201);
    const res = await t.http().get('/api/v1/auth/me').set('X-API-Key', body.key).expect(403);
    expect(res.body.error.code).toBe('ApiKeyScopeMissing');
    const verified = await t.app.get(ApiKeysService).verify(body.key);
    expect(verified).toEqual({ apiKeyId: body.id, userId: editor.id, role: 'editor', scopes: ['usage'] });
    expect(
      await t.app.get(ApiKeysService).verify(body.key.slice(0, -1) + (body.key.endsWith('a') ? 'b' : 'a')),
    ).toBeNull();
    expect(await t.app.get(ApiKeysService).verify('garbage')).toBeNull();
  });

  it("editors revoke only their own keys; admins see and revoke everyone's", async () => {
    const adminKey = await create(admin, { name: 'admin key' }).expect(201);
    const editorKey = await create(editor.headers, { name: 'editor key' }).expect(201);
    const res = await t.http().delete(`/api/v1/api-keys/${adminKey.body.id}`).set(editor.headers).expect(403);
    expect(res.body.error.code).toBe('Forbidden');
    const editorList = await t.http().get('/api/v1/api-keys').set(editor.headers).expect(200);
    expect(editorList.body.items.map((k: { id: number }) => k.id)).not.toContain(adminKey.body.id);
    const adminList = await t.http().get('/api/v1/api-keys').set(admin).expect(200);
    expect(adminList.body.items.map((k: { id: number }) => k.id)).toEqual(
      expect.arrayContaining([adminKey.body.id, editorKey.body.id]),
    );
    await t.http().delete(`/api/v1/api-keys/${editorKey.body.id}`).set(admin).expect(204);
    await t.http().get('/api/v1/auth/me').set('X-API-Key', editorKey.body.key).expect(401);
  });
});
