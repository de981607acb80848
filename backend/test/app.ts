import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../src/app.setup.js';
import type { Role } from '../src/auth/auth.decorators.js';
import { loadConfig } from '../src/config/config.schema.js';
import type { Database } from '../src/db/database.js';
import { createTestDatabase } from './database.js';

export interface TestApp {
  app: NestExpressApplication;
  database: Database;
  http: () => ReturnType<typeof request>;
  /**
   * Headers that authenticate as a user with this role (default admin):
   * `t.http().get('/api/v1/x').set(await t.auth('viewer'))`. Every test request to a non-public route
   * goes through this, so that tests written before the auth module keep working after it.
   */
  auth: (role?: Role) => Promise<Record<string, string>>;
  close: () => Promise<void>;
}

/**
 * The real Nest app over a fresh database, not listening (supertest drives its HTTP server).
 * `env` overrides configuration variables exactly as a user would set them.
 */
export async function createTestApp(env: Record<string, string> = {}, database?: Database): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent',
    // Tests never write generated secrets into the working tree.
    APP_SECRET: 'test-app-secret-0123456789abcdef0123456789',
    JWT_SECRET: TEST_JWT_SECRET,
    // Suites fire thousands of requests as one user; the rate-limit tests turn it back on.
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const db = database ?? (await createTestDatabase());
  const app = await createApp(config, { database: db });
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.close();
    throw error;
  }
  const http = () => request(app.getHttpServer());
  return { app, database: db, http, auth: roleHeaders(http), close: () => app.close() };
}

export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
/** Every user auth() creates has this password; emails are `<role>@test.local`. */
export const TEST_PASSWORD = 'test-password-0123';

/**
 * Real users and tokens, one per role and app: the first call runs the first-run setup for the
 * admin, later roles are created by that admin through the API and signed in. Cached per role.
 */
function roleHeaders(http: () => ReturnType<typeof request>): TestApp['auth'] {
  const cache = new Map<Role, Promise<Record<string, string>>>();
  const signIn = async (role: Role): Promise<Record<string, string>> => {
    const email = `${role}@test.local`;
    if (role === 'admin') {
      const setup = await http()
        .post('/api/v1/auth/setup')
        .send({ email, password: TEST_PASSWORD, name: 'Test admin' });
      // 409: a reopened database already has its admin (restart tests); sign in instead.
      if (setup.status === 201) return { Authorization: `Bearer ${setup.body.access_token as string}` };
      if (setup.status !== 409) throw new Error(`setup failed: ${setup.status} ${JSON.stringify(setup.body)}`);
    } else {
      const admin = await get('admin');
      const created = await http()
        .post('/api/v1/users')
        .set(admin)
        .send({ email, name: `Test ${role}`, role, password: TEST_PASSWORD });
      if (created.status !== 201 && created.status !== 409) {
        throw new Error(`creating ${role} failed: ${created.status} ${JSON.stringify(created.body)}`);
      }
    }
    const login = await http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    if (login.status !== 200) throw new Error(`login as ${role} failed: ${login.status} ${JSON.stringify(login.body)}`);
    return { Authorization: `Bearer ${login.body.access_token as string}` };
  };
  const get = (role: Role): Promise<Record<string, string>> => {
    let headers = cache.get(role);
    if (!headers) {
      headers = signIn(role);
      cache.set(role, headers);
      headers.catch(() => cache.delete(role));
    }
    return headers;
  };
  return (role = 'admin') => get(role);
}
