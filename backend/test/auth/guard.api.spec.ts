import { JwtService } from '@nestjs/jwt';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../app.js';
import { bearer, createUser, login, setupAdmin } from './helpers.js';
import { discoverRoutes, expressRoutes, type DiscoveredRoute } from './routes.js';

/**
 * Routes that need no credentials. Adding a @Public()/@PublicStatus() route means adding it here, in
 * review: this list is the whole unauthenticated surface of apimon.
 */
const OPEN_ROUTES: RegExp[] = [
  /^get \/health$/,
  /^get \/api\/v1\/auth\/status$/,
  /^post \/api\/v1\/auth\/(setup|login|refresh|logout|accept-invite)$/,
  // The unified public-status API (PUBLIC_STATUS_API) and pings that carry their own token.
  /^get \/api\/status(\/.*)?$/,
  /^(get|post|head) \/api\/v1\/(heartbeat|heartbeats|push|usage|ping)(\/.*)?$/,
  /^(get|post|head) \/api\/(heartbeat|push|ping|create)(\/.*)?$/,
  // The compatible usage API at the root (it checks its own API keys).
  /^get \/(create|update|get|history)$/,
];

/** Mutations that any signed-in user (viewers too) may make on their own account. */
const SELF_SERVICE: string[] = ['patch /api/v1/auth/me', 'post /api/v1/auth/me/password'];

const key = (r: DiscoveredRoute) => `${r.method} ${r.path}`;

describe('the global guard, over every registered route', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  let guarded: DiscoveredRoute[];
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    routes = discoverRoutes(t.app);
    guarded = routes.filter((r) => !r.isPublic && !r.isPublicStatus);
    admin = bearer(await setupAdmin(t));
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (route: DiscoveredRoute, headers: Record<string, string> = {}) =>
    t.http()[route.method === 'all' ? 'get' : route.method](route.url).set(headers);

  it('finds every route express serves, and the auth routes among them', () => {
    // express' other route layers are Nest's route-bound middleware and swagger's pages (app.setup.ts).
    expect(routes.map(key).sort()).toEqual(expressRoutes(t.app).sort());
    expect(routes.map(key)).toEqual(
      expect.arrayContaining(['get /health', 'post /api/v1/auth/login', 'get /api/v1/users', 'get /api/v1/system']),
    );
    expect(guarded.length).toBeGreaterThan(10);
  });

  it('has no open route beyond the reviewed list', () => {
    const open = routes.filter((r) => r.isPublic || r.isPublicStatus).map(key);
    expect(open.filter((route) => !OPEN_ROUTES.some((pattern) => pattern.test(route)))).toEqual([]);
  });

  it('answers 401 on every non-public route without credentials', async () => {
    const answers: string[] = [];
    for (const route of guarded) {
      const res = await send(route);
      if (res.status !== 401 || res.body.error?.code !== 'Unauthenticated')
        answers.push(`${key(route)} → ${res.status}`);
    }
    expect(answers).toEqual([]);
  });

  it('answers 401 on every non-public route with a tampered, foreign, expired or revoked token, or a bad key', async () => {
    const token = admin.Authorization!.slice('Bearer '.length);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string; sid: string };
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin', sub: '999' })).toString('base64url');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const foreign = new JwtService({ secret: 'another-secret-0123456789abcdef-0123456789' }).sign(
      { sub: claims.sub, sid: claims.sid, role: 'admin' },
      { issuer: 'apimon', audience: 'apimon-api', expiresIn: 900 },
    );
    const now = Math.floor(Date.now() / 1000);
    const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign(
      { sub: claims.sub, sid: claims.sid, role: 'admin', iat: now - 2000, exp: now - 60 },
      { issuer: 'apimon', audience: 'apimon-api' },
    );
    const revokedSession = await login(t, 'root@example.com');
    await t.http().post('/api/v1/auth/logout').set(bearer(revokedSession)).expect(204);

    const bad: Record<string, Record<string, string>> = {
      'flipped signature': { Authorization: `Bearer ${header}.${payload}.${flipped}` },
      'forged payload': { Authorization: `Bearer ${header}.${forged}.${signature}` },
      'alg none': { Authorization: `Bearer ${none}` },
      'foreign secret': { Authorization: `Bearer ${foreign}` },
      expired: { Authorization: `Bearer ${expired}` },
      revoked: bearer(revokedSession),
      'not bearer': { Authorization: `Basic ${Buffer.from('root@example.com:x').toString('base64')}` },
      'unknown API key': { 'X-API-Key': `apimon_${'a'.repeat(43)}` },
      'malformed API key': { 'X-API-Key': 'nope' },
    };
    const answers: string[] = [];
    for (const route of guarded) {
      for (const [name, headers] of Object.entries(bad)) {
        const res = await send(route, headers);
        if (res.status !== 401) answers.push(`${key(route)} with ${name} → ${res.status}`);
      }
    }
    expect(answers).toEqual([]);
    // The valid token still works, so the 401s above are about the tokens, not the routes.
    await t.http().get('/api/v1/auth/me').set(admin).expect(200);
  });

  it('gives a viewer 403 on every mutating route but their own account', async () => {
    const viewer = bearer((await createUser(t, admin, 'viewer')).session);
    const mutating = guarded.filter((r) => r.method !== 'get' && r.method !== 'head' && !SELF_SERVICE.includes(key(r)));
    expect(mutating.length).toBeGreaterThan(3);
    const answers: string[] = [];
    for (const route of mutating) {
      const res = await send(route, viewer);
      if (res.status !== 403) answers.push(`${key(route)} → ${res.status}`);
    }
    expect(answers).toEqual([]);
  });

  it('gives an editor 403 on every admin route (users, audit, channels, settings)', async () => {
    const editor = bearer((await createUser(t, admin, 'editor')).session);
    const adminOnly = guarded.filter((r) => r.role === 'admin');
    expect(adminOnly.map(key)).toEqual(
      expect.arrayContaining([
        'get /api/v1/users',
        'post /api/v1/users',
        'patch /api/v1/users/:id',
        'get /api/v1/audit',
      ]),
    );
    const answers: string[] = [];
    for (const route of adminOnly) {
      const res = await send(route, editor);
      if (res.status !== 403 || res.body.error.code !== 'RoleRequired') answers.push(`${key(route)} → ${res.status}`);
    }
    expect(answers).toEqual([]);
  });
});
