import { createTestApp, type TestApp } from '../app.js';
import { bearer, createUser, login, PASSWORD, setupAdmin } from './helpers.js';

describe('user administration', () => {
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

  it('creates users with a password, refuses a taken email (any case)', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ email: 'Dana@Example.com', name: 'Dana', role: 'editor', password: PASSWORD })
      .expect(201);
    expect(res.body).toMatchObject({ email: 'dana@example.com', role: 'editor', invite_pending: false });
    expect(res.body.invite_token).toBeUndefined();
    const dup = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ email: 'DANA@example.com', name: 'Dana 2', role: 'viewer', password: PASSWORD })
      .expect(409);
    expect(dup.body.error.code).toBe('EmailTaken');
    const list = await t.http().get('/api/v1/users').set(admin).expect(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toEqual(['root@example.com', 'dana@example.com']);
  });

  it('invites a user with a one-time token that sets the password and signs in', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(admin)
      .send({ email: 'erin@example.com', name: 'Erin', role: 'viewer' })
      .expect(201);
    expect(res.body.invite_pending).toBe(true);
    expect(res.body.invite_url).toBe(`/accept-invite?token=${res.body.invite_token}`);
    expect((await login(t, 'erin@example.com', 'anything-at-all')).status).toBe(401);
    const weak = await t
      .http()
      .post('/api/v1/auth/accept-invite')
      .send({ token: res.body.invite_token, password: 'short' });
    expect(weak.status).toBe(400);
    const accepted = await t
      .http()
      .post('/api/v1/auth/accept-invite')
      .send({ token: res.body.invite_token, password: 'erins-own-password' })
      .expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'erin@example.com', invite_pending: false });
    await t
      .http()
      .post('/api/v1/auth/accept-invite')
      .send({ token: res.body.invite_token, password: 'erins-own-password' })
      .expect(401);
    expect((await login(t, 'erin@example.com', 'erins-own-password')).status).toBe(200);
  });

  it("resets a password, ending the user's sessions", async () => {
    const user = await createUser(t, admin, 'editor');
    await t
      .http()
      .post(`/api/v1/users/${user.id}/reset-password`)
      .set(admin)
      .send({ password: 'reset-by-the-admin' })
      .expect(201);
    await t.http().get('/api/v1/auth/me').set(bearer(user.session)).expect(401);
    expect((await login(t, user.email, 'reset-by-the-admin')).status).toBe(200);
  });

  it('never leaves the installation without an enabled admin', async () => {
    const demote = await t.http().patch(`/api/v1/users/${adminId}`).set(admin).send({ role: 'editor' }).expect(409);
    expect(demote.body.error.code).toBe('LastAdmin');
    const disable = await t.http().patch(`/api/v1/users/${adminId}`).set(admin).send({ disabled: true }).expect(409);
    expect(disable.body.error.code).toBe('LastAdmin');
    const second = await createUser(t, admin, 'admin');
    const self = await t.http().patch(`/api/v1/users/${adminId}`).set(admin).send({ disabled: true }).expect(409);
    expect(self.body.error.code).toBe('CannotDisableSelf');
    await t.http().patch(`/api/v1/users/${second.id}`).set(admin).send({ role: 'viewer' }).expect(200);
  });

  it.each([
    ['post', '/api/v1/users', { email: 'nope', name: '', role: 'god' }, ['email', 'name', 'role']],
    ['patch', '/api/v1/users/1', {}, [undefined]],
    ['patch', '/api/v1/users/abc', { name: 'x' }, [undefined]],
  ] as const)('%s %s with %j → 400 naming %j', async (method, path, body, fields) => {
    const res = await t.http()[method](path).set(admin).send(body).expect(400);
    expect(res.body.error.details.map((d: { field?: string }) => d.field)).toEqual(fields);
  });

  it('answers 404 for an unknown user', async () => {
    const res = await t.http().patch('/api/v1/users/9999').set(admin).send({ name: 'x' }).expect(404);
    expect(res.body.error.code).toBe('UserNotFound');
  });
});

describe('ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('create the first admin at start-up, once', async () => {
    const env = { ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: 'from-the-environment' };
    const t = await createTestApp(env);
    try {
      expect((await t.http().get('/api/v1/auth/status')).body.setup_required).toBe(false);
      const res = await login(t, 'ops@example.com', 'from-the-environment');
      expect(res.status).toBe(200);
      expect(res.body.user.role).toBe('admin');
      await t
        .http()
        .post('/api/v1/auth/setup')
        .send({ email: 'x@example.com', password: PASSWORD, name: 'X' })
        .expect(409);
    } finally {
      await t.close();
    }
  });

  it('refuse to start with a password the policy rejects', async () => {
    await expect(createTestApp({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'password123' })).rejects.toThrow(
      /ADMIN_PASSWORD: is too common/,
    );
  });
});
