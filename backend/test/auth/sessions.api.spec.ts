import { eq } from 'drizzle-orm';
import type { Response } from 'supertest';
import { REFRESH_REUSE_GRACE_MS } from '../../src/auth/sessions.service.js';
import { sessions } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { bearer, createUser, login, PASSWORD, refreshCookieOf, setupAdmin } from './helpers.js';

describe('first-run setup', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('is required until the first admin exists, then answers 409 forever', async () => {
    expect((await t.http().get('/api/v1/auth/status').expect(200)).body).toEqual({ setup_required: true });
    const res = await setupAdmin(t, 'Root@Example.com');
    expect(res.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      user: { email: 'root@example.com', name: 'Root', role: 'admin', disabled: false },
    });
    expect(res.body.access_token).toMatch(/^eyJ/);
    expect((await t.http().get('/api/v1/auth/status').expect(200)).body).toEqual({ setup_required: false });
    const again = await t
      .http()
      .post('/api/v1/auth/setup')
      .send({ email: 'other@example.com', password: PASSWORD, name: 'Other' })
      .expect(409);
    expect(again.body.error.code).toBe('SetupAlreadyDone');
  });

  it('creates exactly one admin from two concurrent requests', async () => {
    const [a, b] = await Promise.all(
      ['a@example.com', 'b@example.com'].map((email) =>
        t.http().post('/api/v1/auth/setup').send({ email, password: PASSWORD, name: 'Racer' }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([201, 409]);
    const winner = a!.status === 201 ? a! : b!;
    const users = await t.http().get('/api/v1/users').set(bearer(winner)).expect(200);
    expect(users.body.items).toHaveLength(1);
  });

  it.each([
    [{ email: 'x@example.com', password: 'short', name: 'X' }, 'password', 'must be at least 10 characters'],
    [{ email: 'x@example.com', password: 'x@example.com', name: 'X' }, 'password', 'must not be your email address'],
    [{ email: 'x@example.com', password: 'password123', name: 'X' }, 'password', 'is too common; choose another'],
    [{ email: 'not-an-email', password: PASSWORD, name: 'X' }, 'email', 'must be an email address'],
    [{ email: 'x@example.com', password: PASSWORD, name: '' }, 'name', 'must not be empty'],
  ])('refuses %j (%s) and stores nothing', async (body, field, message) => {
    const res = await t.http().post('/api/v1/auth/setup').send(body).expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details).toEqual([{ field, message }]);
    expect((await t.http().get('/api/v1/auth/status')).body.setup_required).toBe(true);
  });
});

/** The session id inside an access token. */
function sessionIdOf(res: Response): string {
  const payload = (res.body.access_token as string).split('.')[1]!;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sid: string }).sid;
}

describe('sessions', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = bearer(await setupAdmin(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs in case-insensitively and sets an httpOnly, SameSite=Strict refresh cookie', async () => {
    const res = await login(t, 'ROOT@example.com');
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('root@example.com');
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('apimon_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; behind HTTPS the cookie is Secure
    const me = await t.http().get('/api/v1/auth/me').set(bearer(res)).expect(200);
    expect(me.body).toMatchObject({ role: 'admin', user: { email: 'root@example.com' }, auth: { kind: 'session' } });
    expect(me.body.user.last_login_at).toMatch(/^\d{4}-/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await login(t, 'root@example.com', 'not-the-password');
    const unknown = await login(t, 'nobody@example.com', 'not-the-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.code).toBe('InvalidCredentials');
    expect(unknown.body.error.code).toBe('InvalidCredentials');
  });

  it('rotates the refresh token, and revokes the session when a used one comes back', async () => {
    const first = await login(t, 'root@example.com');
    const cookie1 = refreshCookieOf(first);
    const second = await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie1).expect(200);
    const cookie2 = refreshCookieOf(second);
    expect(cookie2).not.toBe(cookie1);
    await t.http().get('/api/v1/auth/me').set(bearer(second)).expect(200);

    // The old token again, after the grace for racing tabs: theft is assumed and the whole session ends.
    await t.database.db
      .update(sessions)
      .set({ refreshedAt: new Date(Date.now() - REFRESH_REUSE_GRACE_MS - 1000) })
      .where(eq(sessions.id, sessionIdOf(second)));
    const reuse = await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie1).expect(401);
    expect(reuse.body.error.code).toBe('RefreshTokenReused');
    await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie2).expect(401);
    const me = await t.http().get('/api/v1/auth/me').set(bearer(second)).expect(401);
    expect(me.body.error.code).toBe('SessionRevoked');
  });

  it('lets two tabs refresh with the same cookie at once without ending the session', async () => {
    const first = await login(t, 'root@example.com');
    const cookie = refreshCookieOf(first);
    const [a, b] = await Promise.all([
      t.http().post('/api/v1/auth/refresh').set('Cookie', cookie),
      t.http().post('/api/v1/auth/refresh').set('Cookie', cookie),
    ]);
    expect([a!.status, b!.status]).toEqual([200, 200]);
    // Exactly one of them rotated the cookie; the other got an access token only.
    const rotated = [a!, b!].filter((r) => ([] as string[]).concat(r.headers['set-cookie'] ?? []).length > 0);
    expect(rotated).toHaveLength(1);
    await t.http().get('/api/v1/auth/me').set(bearer(a!)).expect(200);
    await t.http().get('/api/v1/auth/me').set(bearer(b!)).expect(200);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', refreshCookieOf(rotated[0]!)).expect(200);
  });

  it('refuses a refresh without, or with a malformed, cookie', async () => {
    await t.http().post('/api/v1/auth/refresh').expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', 'apimon_refresh=garbage').expect(401);
  });

  it('logout revokes the session at once, access token included', async () => {
    const res = await login(t, 'root@example.com');
    await t.http().post('/api/v1/auth/logout').set(bearer(res)).expect(204);
    await t.http().get('/api/v1/auth/me').set(bearer(res)).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', refreshCookieOf(res)).expect(401);
  });

  it('logout also works with only the refresh cookie (expired access token)', async () => {
    const res = await login(t, 'root@example.com');
    await t.http().post('/api/v1/auth/logout').set('Cookie', refreshCookieOf(res)).expect(204);
    await t.http().get('/api/v1/auth/me').set(bearer(res)).expect(401);
  });

  it('a password change revokes every session of the user and starts a new one', async () => {
    const user = await createUser(t, admin, 'editor');
    const other = await login(t, user.email);
    const changed = await t
      .http()
      .post('/api/v1/auth/me/password')
      .set(bearer(user.session))
      .send({ current_password: PASSWORD, new_password: 'another-fine-password' })
      .expect(200);
    await t.http().get('/api/v1/auth/me').set(bearer(user.session)).expect(401);
    await t.http().get('/api/v1/auth/me').set(bearer(other)).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', refreshCookieOf(other)).expect(401);
    await t.http().get('/api/v1/auth/me').set(bearer(changed)).expect(200);
    expect((await login(t, user.email)).status).toBe(401);
    expect((await login(t, user.email, 'another-fine-password')).status).toBe(200);
  });

  it('a password change needs the current password and follows the policy', async () => {
    const user = await createUser(t, admin, 'viewer');
    const wrong = await t
      .http()
      .post('/api/v1/auth/me/password')
      .set(bearer(user.session))
      .send({ current_password: 'not-it-at-all', new_password: 'another-fine-password' })
      .expect(400);
    expect(wrong.body.error.details).toEqual([{ field: 'current_password', message: 'is wrong' }]);
    const weak = await t
      .http()
      .post('/api/v1/auth/me/password')
      .set(bearer(user.session))
      .send({ current_password: PASSWORD, new_password: 'short' })
      .expect(400);
    expect(weak.body.error.details).toEqual([{ field: 'new_password', message: 'must be at least 10 characters' }]);
    await t.http().get('/api/v1/auth/me').set(bearer(user.session)).expect(200);
  });

  it('disabling a user revokes their sessions; they can neither log in nor refresh', async () => {
    const user = await createUser(t, admin, 'editor');
    await t.http().patch(`/api/v1/users/${user.id}`).set(admin).send({ disabled: true }).expect(200);
    await t.http().get('/api/v1/auth/me').set(bearer(user.session)).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', refreshCookieOf(user.session)).expect(401);
    expect((await login(t, user.email)).status).toBe(401);
    await t.http().patch(`/api/v1/users/${user.id}`).set(admin).send({ disabled: false }).expect(200);
    expect((await login(t, user.email)).status).toBe(200);
  });

  it('a role change takes effect on the next request, without a new token', async () => {
    const user = await createUser(t, admin, 'editor');
    await t.http().get('/api/v1/api-keys').set(bearer(user.session)).expect(200);
    await t.http().post('/api/v1/api-keys').set(bearer(user.session)).send({ name: 'ci' }).expect(201);
    await t.http().patch(`/api/v1/users/${user.id}`).set(admin).send({ role: 'viewer' }).expect(200);
    await t.http().post('/api/v1/api-keys').set(bearer(user.session)).send({ name: 'ci' }).expect(403);
  });

  it('updates the own name', async () => {
    const user = await createUser(t, admin, 'viewer');
    const res = await t
      .http()
      .patch('/api/v1/auth/me')
      .set(bearer(user.session))
      .send({ name: 'New Name' })
      .expect(200);
    expect(res.body.name).toBe('New Name');
  });
});
