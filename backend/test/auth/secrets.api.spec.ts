import { createTestApp, type TestApp } from '../app.js';
import { sessions, users } from '../../src/db/schema.js';
import { bearer, createUser, login, refreshCookieOf, setupAdmin } from './helpers.js';

describe('no response leaks a secret', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('never shows a password hash, refresh token (hash) or an API key after its creation', async () => {
    const bodies: string[] = [];
    const keep = <T extends { text: string; headers: Record<string, unknown> }>(res: T): T => {
      bodies.push(res.text, JSON.stringify(res.headers['set-cookie'] ? {} : res.headers));
      return res;
    };
    const setup = keep(await setupAdmin(t));
    const admin = bearer(setup);
    const user = await createUser(t, admin, 'editor');
    const session = keep(await login(t, user.email));
    const refreshed = keep(await t.http().post('/api/v1/auth/refresh').set('Cookie', refreshCookieOf(session)));
    const key = await t.http().post('/api/v1/api-keys').set(bearer(user.session)).send({ name: 'ci' }).expect(201);
    for (const [path, headers] of [
      ['/api/v1/users', admin],
      ['/api/v1/api-keys', admin],
      ['/api/v1/audit', admin],
      ['/api/v1/auth/me', bearer(refreshed)],
      ['/api/v1/auth/me', { 'X-API-Key': key.body.key as string }],
    ] as const) {
      keep(await t.http().get(path).set(headers).expect(200));
    }
    keep(await t.http().patch('/api/v1/auth/me').set(admin).send({ name: 'Root' }));

    const secrets = [
      ...(await t.database.db.select().from(users)).map((u) => u.passwordHash!),
      ...(await t.database.db.select().from(sessions)).flatMap((s) => [
        s.refreshTokenHash,
        s.previousRefreshTokenHash ?? 'x'.repeat(64),
      ]),
      refreshCookieOf(session).split('=')[1]!,
      key.body.key as string,
    ];
    const everything = bodies.join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/\$argon2id\$/);
    expect(everything).not.toMatch(/password_hash|refresh_token_hash|key_hash/);
  });
});
