import { spawn } from 'node:child_process';
import { TEST_JWT_SECRET } from '../app.js';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../src/db/database.js';
import { targets, targetServices } from '../../src/db/schema.js';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../database.js';
import { FixtureServer } from './fixture-server.js';

const COLLECTOR = fileURLToPath(new URL('../../dist/collector.js', import.meta.url));

/** Runs the built standalone collector the way a user does: `node backend/dist/collector.js 60`. */
function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [COLLECTOR, ...args], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(what: string, condition: () => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the standalone collector process', () => {
  beforeAll(() => {
    if (!existsSync(COLLECTOR)) throw new Error(`${COLLECTOR} is missing: run "npm run build -w backend" first`);
  });

  it.each([[['abc']], [[]], [['0']], [['60', 'extra']]])('collector %j prints usage and exits 2', async (args) => {
    const proc = run(args);
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain('usage: collector <periodicity-seconds>');
  });

  it('stores statuses into the configured database; SIGTERM finishes the round, closes the database, exits 0', async () => {
    const vendors = await FixtureServer.start();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-collector-'));
    const pg = TEST_DATABASE_URL ? await createEmptyPostgresDatabase() : undefined;
    let proc: ReturnType<typeof run> | undefined;
    let database: Database | undefined;
    try {
      vendors.serve('github', 'statuspage-github/summary-degraded.json');
      vendors.serve('slack', 'slack/current-major-outage.json');
      // Zoom answers slowly: the signal arrives while its collection is in flight.
      vendors.serve('zoom', 'statuspage-zoom/summary-maintenance.json', { delayMs: 1500 });
      proc = run(['60'], {
        DATA_DIR: dataDir,
        ...(pg ? { DATABASE_URL: pg.url } : {}),
        TARGET_BASE_URLS: vendors.baseUrls(),
      });
      await until('the request to zoom', () => vendors.requestsTo('zoom').length > 0);
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toContain('database closed');
      expect(vendors.requestsTo('github')).toHaveLength(1);

      // Reopening the embedded data folder works only because the collector closed it.
      database = await openDatabase(pg ? { url: pg.url } : { dataDir });
      const rows = await database.db.select().from(targets);
      const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
      expect(byName.github).toMatchObject({ overallStatus: 'Degraded', displayName: 'GitHub', consecutiveFailures: 0 });
      expect(byName.slack).toMatchObject({ overallStatus: 'Outage' });
      expect(byName.zoom).toMatchObject({ overallStatus: 'Degraded', displayName: 'Zoom' });
      expect(byName.gcp).toMatchObject({ lastError: 'HTTP 404', consecutiveFailures: 1 });
      const services = await database.db.select().from(targetServices);
      expect(services.filter((s) => s.targetId === byName.github!.id)).toHaveLength(11);
      expect(services.filter((s) => s.targetId === byName.zoom!.id).some((s) => s.dimensions.maintenance)).toBe(true);
    } finally {
      proc?.child.kill('SIGKILL');
      await database?.close();
      await pg?.drop();
      await vendors.close();
      await rm(dataDir, { recursive: true, force: true });
    }
    // A fresh embedded database takes seconds to create, far more on a loaded machine.
  }, 120_000);
});
