import { createTestApp, type TestApp } from '../app.js';
import { bearer, login, setupAdmin } from './helpers.js';

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await setupAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 with Retry-After after 5 failures for an email, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login(t, 'root@example.com', `wrong-password-${i}`)).status).toBe(401);
    const blocked = await login(t, 'root@example.com');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('TooManyRequests');
    expect(blocked.body.error.request_id).toMatch(/.+/);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another email from the same address is not affected.
    expect((await login(t, 'someone@example.com', 'wrong-password')).status).toBe(401);
  });

  it('counts failures only: successful logins do not add up', async () => {
    const t2 = await createTestApp();
    try {
      await setupAdmin(t2);
      for (let i = 0; i < 8; i++) expect((await login(t2, 'root@example.com')).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await login(t2, 'root@example.com', 'wrong-password')).status).toBe(401);
      expect((await login(t2, 'root@example.com')).status).toBe(200);
    } finally {
      await t2.close();
    }
  });
});

describe('the general API rate limit', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
    admin = bearer(await setupAdmin(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits each caller across all routes, with Retry-After in the error shape', async () => {
    // setup above counted once against this IP, not against the admin.
    for (let i = 0; i < 3; i++) await t.http().get('/api/v1/auth/me').set(admin).expect(200);
    await t.http().get('/api/v1/system').set(admin).expect(200);
    await t.http().get('/api/v1/users').set(admin).expect(200);
    const limited = await t.http().get('/api/v1/auth/me').set(admin).expect(429);
    expect(limited.body.error).toMatchObject({ code: 'TooManyRequests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not apply to other public routes such as /health', async () => {
    for (let i = 0; i < 10; i++) await t.http().get('/health').expect(200);
    for (let i = 0; i < 10; i++) await t.http().get('/api/v1/auth/status').expect(200);
  });

  it('applies to login per IP', async () => {
    let status = 0;
    for (let i = 0; i < 6 && status !== 429; i++) status = (await login(t, 'root@example.com')).status;
    expect(status).toBe(429);
  });
});
