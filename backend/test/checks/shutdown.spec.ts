import { spawn } from 'node:child_process';
import { TEST_JWT_SECRET } from '../app.js';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/database.js';
import { checkResults } from '../../src/db/schema.js';
import { insertEndpoints, makeEndpoint } from '../factories/endpoints.js';
import { freePort } from '../servers/free-port.js';
import { startTarget, type TargetServer } from '../servers/target.js';
import { waitFor } from '../wait-for.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

describe('graceful shutdown of the built server', () => {
  let target: TargetServer;
  let dataDir: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build -w backend" first`);
    target = await startTarget();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-shutdown-'));
  });
  afterAll(async () => {
    await target.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('SIGTERM mid-run: exits 0 and every request the target answered has a stored result', async () => {
    const seed = await openDatabase({ dataDir });
    await seed.migrate();
    // Slow answers make sure checks are in flight when the signal arrives.
    await insertEndpoints(
      seed,
      Array.from({ length: 30 }, (_, i) =>
        makeEndpoint({ url: `${target.url}/slow?ms=400&i=${i}`, intervalSeconds: 1, timeoutMs: 900 }),
      ),
    );
    await seed.close();

    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        APP_SECRET: 'test-app-secret-0123456789abcdef0123456789',
        STATIC_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => (target.answered.get('/slow') ?? 0) >= 40, 90_000);
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    const answered = target.answered.get('/slow') ?? 0;
    const received = target.received.get('/slow') ?? 0;
    const database = await openDatabase({ dataDir });
    try {
      const [stored] = await database.db.select({ n: count() }).from(checkResults);
      // Every answered request has its result; the others stored are requests that timed out on our side.
      expect(stored!.n).toBeGreaterThanOrEqual(answered);
      expect(stored!.n).toBeLessThanOrEqual(received);
      const [ok] = await database.db.select({ n: count() }).from(checkResults).where(eq(checkResults.ok, true));
      expect(ok!.n).toBeLessThanOrEqual(answered);
    } finally {
      await database.close();
    }
  }, 180_000);
});
