/**
 * Analytics benchmark: seeds synthetic history, rolls it up with the real RollupService, then times
 * every analytics route over real HTTP against the built backend.
 *
 *   npm run build            # the backend must be built: Nest needs swc's decorator metadata
 *   npx tsx bench/analytics/run.ts [--endpoints 1000] [--days 30] [--pglite-endpoints 200] [--requests 100]
 *                                  [--interval 60] [--seed-concurrency 2] [--only postgres|pglite]
 *                                  [--keep | --reuse DBNAME] [--routes TEXT]
 *
 * Seeding is INSERT … SELECT generate_series, one statement per day (nothing crosses the wire, memory
 * stays flat); 1,000 × 30 days is 43.2 M rows, about 8 minutes at ~90k rows/s on 2 busy cores.
 * PostgreSQL: a fresh database on 127.0.0.1:5432 (user postgres; BENCH_PG_URL to override) that the
 * script creates and drops (--keep keeps it; --reuse DBNAME measures it again without seeding). PGlite: a temporary data folder, removed afterwards. Prints markdown tables.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { queryRows } from '../../backend/src/analytics/db-rows.js';
import type { Db } from '../../backend/src/db/database.js';
import { seedHistory, topUpHistory } from './seed.js';
import { measureRoutes, printTable, type DriverResult } from './measure.js';

const { values: args } = parseArgs({
  options: {
    endpoints: { type: 'string', default: '1000' },
    days: { type: 'string', default: '30' },
    interval: { type: 'string', default: '60' },
    'pglite-endpoints': { type: 'string', default: '200' },
    requests: { type: 'string', default: '100' },
    // Days inserted at once on PostgreSQL (one connection each); PGlite has one connection.
    'seed-concurrency': { type: 'string', default: '2' },
    only: { type: 'string' },
    // PostgreSQL only, for iterating on a query: keep the seeded database (its name is printed), and
    // later measure against it again without seeding (it is topped up to now and rolled up first).
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
    // Only the routes whose name contains this text (e.g. "latency/{id}?period=30d").
    routes: { type: 'string' },
  },
});

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dist = (p: string) => new URL(`../../backend/dist/${p}`, import.meta.url).href;

async function runDriver(driver: 'postgres' | 'pglite', endpoints: number): Promise<DriverResult> {
  const days = Number(args.days);
  let cleanup: () => Promise<void>;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent',
    ROLLUP_INTERVAL_SECONDS: '0',
    APP_SECRET: 'bench-app-secret-0123456789abcdef0123456789',
    JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    // 13 routes × (requests + 5) from one caller; the limiter would answer 429.
    RATE_LIMIT_PER_MINUTE: '0',
    // The synthetic endpoints point at 127.0.0.1:9: real checks would add failures to the history.
    CHECKS: 'off',
    COLLECTOR: 'off',
    RAW_RETENTION_DAYS: String(days + 5),
  };
  if (driver === 'postgres') {
    const name = args.reuse ?? `apimon_bench_${process.pid}`;
    if (!args.reuse) await admin(`create database ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.DATABASE_POOL_SIZE = '10';
    cleanup =
      args.keep || args.reuse
        ? async () => console.error(`[postgres] kept database ${name} (--reuse ${name})`)
        : () => admin(`drop database if exists ${name} with (force)`);
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-bench-'));
    env.DATA_DIR = dir;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const { loadConfig } = await import(dist('config/config.schema.js'));
  const { createApp } = await import(dist('app.setup.js'));
  const { DATABASE } = await import(dist('db/database.module.js'));
  const { RollupService } = await import(dist('analytics/rollup.service.js'));
  // The database or folder is removed even when start-up fails (a bad variable left databases behind).
  const app = await createApp(loadConfig(env)).catch(async (error: unknown) => {
    await cleanup();
    throw error;
  });
  try {
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const db = app.get(DATABASE).db as Db;
    const reuse = driver === 'postgres' && args.reuse !== undefined;
    const end = reuse
      ? await nextSeedTime(db, Number(args.interval))
      : new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const seedOptions = {
      endpoints,
      days,
      intervalSeconds: Number(args.interval),
      end,
      concurrency: driver === 'postgres' ? Number(args['seed-concurrency']) : 1,
    };
    console.error(`[${driver}] ${reuse ? 'reusing' : 'seeding'} ${endpoints} endpoints × ${days} days…`);
    const seed = reuse ? await reusedFigures(db) : await seedHistory(db, seedOptions);
    console.error(`[${driver}] ${seed.rawRows} rows in ${seed.seedSeconds.toFixed(1)} s; rolling up…`);
    const rollupService = app.get(RollupService);
    const rollStart = performance.now();
    await rollupService.run(new Date());
    const rollupSeconds = (performance.now() - rollStart) / 1000;
    await db.execute(sql`vacuum analyze`);
    // As with the engine and the rollup provider running: results up to the last minute, the closed
    // hours rolled up and the open edge refreshed (the provider does that every 60 s).
    const late = await topUpHistory(db, seedOptions, new Date());
    await rollupService.run(new Date());
    await db.execute(sql`analyze`);
    console.error(`[${driver}] ${late} rows added up to now, open edge refreshed`);
    const size = async (table: string) =>
      Number((await queryRows<{ n: string }>(db, sql.raw(`select pg_total_relation_size('${table}') as n`)))[0]!.n);
    const raw = await size('check_results');
    const rollups = (await size('check_rollups_hourly')) + (await size('check_rollups_daily'));
    console.error(`[${driver}] rollup ${rollupSeconds.toFixed(1)} s; measuring routes…`);
    const routes = await measureRoutes(
      baseUrl,
      await signIn(baseUrl, reuse),
      endpoints,
      Number(args.requests),
      args.routes,
    );
    return {
      driver,
      endpoints,
      rawRows: seed.rawRows,
      seedRowsPerSecond: seed.rawRows / seed.seedSeconds,
      rollupSeconds,
      bytesPerResult: raw / (seed.rawRows + late),
      bytesPerEndpointDay: rollups / (endpoints * days),
      routes,
    };
  } finally {
    await app.close();
    await cleanup();
  }
}

/** Where a reused database's history ends: one interval after its newest result. */
async function nextSeedTime(db: Db, intervalSeconds: number): Promise<Date> {
  const [row] = await queryRows<{ t: string | Date }>(db, sql`select max(checked_at) as t from check_results`);
  return new Date(new Date(row!.t).getTime() + intervalSeconds * 1000);
}

/** A reused database was not seeded now: its row count, and no seeding rate (NaN prints as such). */
async function reusedFigures(db: Db): Promise<{ rawRows: number; seedSeconds: number }> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::float8 as n from check_results`);
  return { rawRows: Number(row!.n), seedSeconds: Number.NaN };
}

/** The first-run setup creates the admin and answers with its access token. */
async function signIn(baseUrl: string, reused: boolean): Promise<Record<string, string>> {
  const post = (route: string, body: object) =>
    fetch(`${baseUrl}/api/v1/auth/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const credentials = { email: 'bench@example.com', password: 'bench-password-0123' };
  // A reused database already has its admin: sign in instead.
  const res = reused ? await post('login', credentials) : await post('setup', { ...credentials, name: 'Bench' });
  const body = (await res.json()) as { access_token?: string };
  if (!res.ok || !body.access_token) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${body.access_token}` };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const results: DriverResult[] = [];
if (args.only !== 'pglite') results.push(await runDriver('postgres', Number(args.endpoints)));
if (args.only !== 'postgres') results.push(await runDriver('pglite', Number(args['pglite-endpoints'])));
printTable(results, Number(args.days), Number(args.interval));
