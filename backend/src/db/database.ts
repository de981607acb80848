import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The one handle the rest of the app gets; nothing outside src/db knows which driver is behind it. */
export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  ping(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tarball (backups, test templates). */
  dump?(): Promise<Blob>;
}

export type DatabaseOptions =
  | { url: string; poolSize?: number }
  /** dataDir undefined = in memory (tests). loadDataDir = a dump to start from (tests). */
  | { url?: undefined; dataDir?: string; loadDataDir?: Blob };

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
// Arbitrary but fixed: every apimon process migrating the same database serialises on this key.
const MIGRATION_LOCK_KEY = 7_411_003_771;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options as { dataDir?: string; loadDataDir?: Blob });
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir, 'pgdata');
    await mkdir(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir, { loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: 'pglite',
    async ping() {
      if (closed || client.closed) throw new Error('database is closed');
      await client.query('select 1');
    },
    async migrate() {
      // PGlite is single-connection and its data folder belongs to one process: no lock needed.
      await migratePglite(drizzlePglite({ client, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
    async dump() {
      return client.dumpDataDir('gzip');
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // No JIT compilation: apimon's queries are short index reads and aggregates, for which compiling
    // costs more than it saves (the summary's last-hour average over 220k rows at 20,000 endpoints:
    // 52 ms with JIT, 15 ms without). A startup parameter of every connection; an `options` in the
    // URL replaces it (node-postgres lets the connection string win), `?options=` sends none.
    options: '-c jit=off',
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: 'postgres',
    async ping() {
      await db.execute(sql`select 1`);
    },
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migratePg(drizzlePg({ client, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
