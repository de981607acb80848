import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';

/** Set to run the integration suite against a real PostgreSQL server instead of PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/**
 * A fresh, migrated database for one test file: PGlite in memory from the migrated template, or a new
 * database on the TEST_DATABASE_URL server that is dropped when closed.
 */
export async function createTestDatabase(): Promise<Database> {
  if (!TEST_DATABASE_URL) {
    const template = new Blob([await readFile(inject('pgliteTemplate'))]);
    const database = await openDatabase({ loadDataDir: template });
    await database.migrate(); // a no-op on the template, kept so a stale template cannot hide a migration
    return database;
  }
  const { url, drop } = await createEmptyPostgresDatabase();
  const database = await openDatabase({ url, poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}

/** A URL for a brand-new, empty database on the test server (PostgreSQL runs only). */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `apimon_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
