import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/database.js';
import { createTestApp } from '../app.js';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../database.js';

describe.runIf(!TEST_DATABASE_URL)('embedded database (PGlite)', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-data-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a restart of the app', async () => {
    const first = await createTestApp({}, await openDatabase({ dataDir }));
    const before = (
      await first
        .http()
        .get('/api/v1/system')
        .set(await first.auth())
        .expect(200)
    ).body;
    expect(before.database).toBe('embedded');
    await first.close();

    const second = await createTestApp({}, await openDatabase({ dataDir }));
    const after = (
      await second
        .http()
        .get('/api/v1/system')
        .set(await second.auth())
        .expect(200)
    ).body;
    await second.close();
    expect(after.installed_at).toBe(before.installed_at);
    expect(after.started_at).not.toBe(before.started_at);
    // Two new PGlite data folders and three Argon2id hashes: slow on a shared machine.
  }, 90_000);

  it('migrates idempotently', async () => {
    const database = await openDatabase({ dataDir });
    await database.migrate();
    await database.migrate();
    const rows = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await database.close();
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(0);
  }, 90_000);
});

describe.runIf(TEST_DATABASE_URL)('PostgreSQL server', () => {
  it('lets two processes migrate a new database at once (advisory lock)', async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const a = await openDatabase({ url });
    const b = await openDatabase({ url });
    try {
      await Promise.all([a.migrate(), b.migrate()]);
      const result = await a.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const applied = (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
      const journal = (await import('../../drizzle/meta/_journal.json', { with: { type: 'json' } })).default;
      expect(applied).toBe(journal.entries.length);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });

  it('runs without JIT compilation on every pooled connection', async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const database = await openDatabase({ url, poolSize: 3 });
    try {
      // Several at once, so that more than one connection of the pool answers.
      const answers = await Promise.all(
        Array.from({ length: 3 }, () =>
          database.db.execute(sql`select current_setting('jit') as jit, pg_backend_pid() as pid, pg_sleep(0.05)`),
        ),
      );
      const rows = answers.map((a) => (a as unknown as { rows: { jit: string; pid: number }[] }).rows[0]!);
      expect(new Set(rows.map((r) => r.pid)).size).toBeGreaterThan(1);
      expect(rows.map((r) => r.jit)).toEqual(['off', 'off', 'off']);
    } finally {
      await database.close();
      await drop();
    }
  });

  it("leaves JIT to the server when the URL's own options say so", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    const database = await openDatabase({ url: `${url}${url.includes('?') ? '&' : '?'}options=-c%20jit%3Don` });
    try {
      const answer = await database.db.execute(sql`select current_setting('jit') as jit`);
      expect((answer as unknown as { rows: { jit: string }[] }).rows[0]!.jit).toBe('on');
    } finally {
      await database.close();
      await drop();
    }
  });

  it('reports the database down when the server is unreachable', async () => {
    const database = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' });
    await expect(database.ping()).rejects.toThrow();
    await database.close();
  });
});
