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
    // No test polls the real vendors' status pages; collector tests turn it on with local targets.
    COLLECTOR: 'off',
    ...env,
  });
  const db = database ?? (await createTestDatabase());
  const app = await createApp(config, { database: db });
  await app.init();
  return {
    app,
    database: db,
    http: () => request(app.getHttpServer()),
    // The auth module replaces this with real users and tokens.
    auth: async () => ({}),
    close: () => app.close(),
  };
}
