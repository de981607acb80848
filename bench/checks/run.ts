/**
 * Check engine benchmark: N endpoints at one interval against a local target, measured from outside.
 *
 *   npm run build && npx tsx bench/checks/run.ts --n 2000 --interval 20 --duration 60 --db postgres
 *   npx tsx bench/checks/run.ts --n 2000 --db pglite
 *
 * Options: --n (endpoints, default 1000), --interval (s, 20), --duration (measurement window s, 120),
 * --warmup (s, 2 intervals), --db postgres|pglite (default postgres), --pg-url (admin URL of the
 * server, default postgres://postgres@127.0.0.1:5432/postgres; a fresh database is created and dropped),
 * --restart (also measure time until every endpoint is checked again after a restart; default on),
 * --per-host (MAX_CHECKS_PER_HOST for the run, default 64: every bench endpoint is on one host).
 * The server is started by bench/lib/start-server.ts (bench secrets, a first admin we sign in as).
 * APIMON_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
 *
 * Runs the target server (bench/lib/target.cjs) in its own process and the built server
 * (backend/dist/main.js) in another, creates the N endpoints through POST /api/v1/endpoints,
 * warms up, then samples the apimon process
 * with bench/lib/window.cjs. Prints one markdown table. Harness copied from the shared bench kit
 * (bench/lib/README.md).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { freePort } from '../../backend/test/servers/free-port.js';
import { adminHeaders, MAIN, startServer, type BenchServer } from '../lib/start-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIB = path.join(ROOT, 'bench/lib');

interface Args {
  n: number;
  interval: number;
  duration: number;
  warmup: number;
  db: 'postgres' | 'pglite';
  pgUrl: string;
  restart: boolean;
  perHost: number;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const interval = Number(get('interval', '20'));
  return {
    n: Number(get('n', '1000')),
    interval,
    duration: Number(get('duration', '120')),
    warmup: Number(get('warmup', String(interval * 2))),
    db: get('db', 'postgres') === 'pglite' ? 'pglite' : 'postgres',
    pgUrl: get('pg-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
    restart: get('restart', 'on') !== 'off',
    perHost: Number(get('per-host', '64')),
  };
}

const ms = (v: number | null) => (v === null ? '–' : Math.round(v).toString());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, fn: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fn().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  return (await res.json()) as T;
}

/** Creates the endpoints through the API, 16 requests at a time; returns how long it took. */
async function createThroughApi(
  base: string,
  headers: Record<string, string>,
  urls: string[],
  interval: number,
): Promise<number> {
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      const res = await fetch(`${base}/api/v1/endpoints`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `bench ${i + 1}`,
          url: urls[i],
          interval,
          timeout: Math.min(5, interval / 2),
          retries: 0,
        }),
      });
      if (res.status >= 300) throw new Error(`POST /api/v1/endpoints: ${res.status} ${await res.text()}`);
      else await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return Date.now() - started;
}

function runWindow(args: Args, pid: number, targetUrl: string, outdir: string, label: string): Record<string, any> {
  const out = execFileSync(
    process.execPath,
    [
      path.join(LIB, 'window.cjs'),
      '--pid',
      String(pid),
      '--expected',
      String(args.n),
      '--interval-s',
      String(args.interval),
      '--duration',
      String(args.duration),
      '--target',
      targetUrl,
      '--label',
      label,
      '--outdir',
      outdir,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: (args.duration + 60) * 1000 },
  );
  return JSON.parse(readFileSync(out.trim().split('\n').pop()!, 'utf8'));
}

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(MAIN)) throw new Error('backend/dist/main.js is missing: run "npm run build" first');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'apimon-bench-'));
  const targetPort = await freePort();
  const targetUrl = `http://127.0.0.1:${targetPort}`;
  const target = spawn(process.execPath, [path.join(LIB, 'target.cjs')], {
    env: { ...process.env, PORT: String(targetPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let apimon: BenchServer | null = null;
  let dropDb: (() => Promise<void>) | null = null;
  try {
    await waitFor('target', async () => (await fetch(`${targetUrl}/__bench/summary`)).ok, 10_000);
    const dbEnv: Record<string, string> = { DATA_DIR: path.join(tmp, 'data') };
    let pgDatabaseUrl: string | null = null;
    if (args.db === 'postgres') {
      const name = `apimon_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: args.pgUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(args.pgUrl);
      url.pathname = `/${name}`;
      pgDatabaseUrl = url.toString();
      dbEnv.DATABASE_URL = pgDatabaseUrl;
      dropDb = async () => {
        const c = new pg.Client({ connectionString: args.pgUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      };
    }
    const port = await freePort();
    const env = { ...dbEnv, MAX_CHECKS_PER_HOST: String(args.perHost) };
    const start = () => startServer(env, { port, stdio: ['ignore', 'inherit', 'inherit'] });
    apimon = await start();
    const urls = Array.from({ length: args.n }, (_, i) => `${targetUrl}/health/${i + 1}`);
    const createMs = await createThroughApi(apimon.base, await adminHeaders(apimon.base), urls, args.interval);
    const createdVia = 'API';
    console.error(`[bench] created ${args.n} endpoints via ${createdVia} in ${createMs} ms; warm-up ${args.warmup} s`);
    await sleep(args.warmup * 1000);

    const storage = async () => {
      if (args.db === 'pglite')
        return { bytes: duBytes(path.join(dbEnv.DATA_DIR!, 'pgdata')), rows: null as number | null };
      const c = new pg.Client({ connectionString: pgDatabaseUrl! });
      await c.connect();
      const { rows } = await c.query(
        'select pg_database_size(current_database())::bigint as bytes, (select count(*) from check_results)::bigint as rows',
      );
      await c.end();
      return { bytes: Number(rows[0].bytes), rows: Number(rows[0].rows) };
    };
    const s0 = await storage();
    const label = `${args.db}-n${args.n}`;
    const r = runWindow(args, apimon.child.pid!, targetUrl, path.join(tmp, 'results'), label);
    const s1 = await storage();
    const storedRows = s1.rows !== null && s0.rows !== null ? s1.rows - s0.rows : r.requests;

    let restart: { shutdownMs: number; exitCode: number | null; bootMs: number; allCheckedMs: number } | null = null;
    if (args.restart) {
      const down = await apimon.stop();
      await fetch(`${targetUrl}/__bench/reset`);
      const started = Date.now();
      apimon = await start();
      const bootMs = Date.now() - started;
      await waitFor(
        'every endpoint checked again',
        async () => (await getJson<{ paths: number }>(`${targetUrl}/__bench/summary`)).paths >= args.n,
        (args.interval * 3 + 120) * 1000,
      );
      restart = { shutdownMs: down.ms, exitCode: down.code, bootMs, allCheckedMs: Date.now() - started };
    }

    const cpuMsPerCheck = r.requests ? ((r.cpu_pct.mean / 100) * r.window_s * 1000) / r.requests : null;
    const growthBytes = s1.bytes - s0.bytes;
    const rows: [string, string][] = [
      ['database', args.db === 'postgres' ? 'PostgreSQL (fresh database)' : 'PGlite (temp DATA_DIR)'],
      ['endpoints × interval', `${args.n} × ${args.interval} s (MAX_CHECKS_PER_HOST ${args.perHost})`],
      ['window', `${r.window_s.toFixed(0)} s after ${args.warmup} s warm-up`],
      ['ideal checks/s', r.ideal_per_s.toFixed(1)],
      [
        'achieved checks/s (gap-rate)',
        `${r.achieved_per_s.toFixed(1)} (${r.gap_rate_per_s.toFixed(1)}) = ${(100 * r.achieved_ratio).toFixed(1)} %`,
      ],
      [
        'interval jitter p50 / p95 / max',
        `${ms(r.jitter_ms.p50)} / ${ms(r.jitter_ms.p95)} / ${ms(r.jitter_ms.max)} ms`,
      ],
      ['endpoints seen / starved', `${r.paths_seen} / ${r.paths_starved}`],
      ['checks per second min / max', `${r.per_second.min} / ${r.per_second.max}`],
      ['CPU % of one core mean (p95)', `${r.cpu_pct.mean.toFixed(1)} (${r.cpu_pct.p95.toFixed(1)})`],
      ['CPU ms per check', cpuMsPerCheck === null ? '–' : cpuMsPerCheck.toFixed(3)],
      ['RSS MB p50 (max)', `${r.rss_mb.p50.toFixed(0)} (${r.rss_mb.max.toFixed(0)})`],
      ['database growth', `${((growthBytes / 1048576 / r.window_s) * 60).toFixed(2)} MB/min`],
      ['bytes per stored result', storedRows ? (growthBytes / storedRows).toFixed(0) : '–'],
      [`time to create ${args.n} endpoints (${createdVia})`, `${(createMs / 1000).toFixed(1)} s`],
      ['machine load (all cores busy %)', r.system_cpu_busy_pct?.toFixed(0) ?? '–'],
      [
        'load average at the end',
        os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' '),
      ],
    ];
    if (restart) {
      rows.push(['SIGTERM → exit', `${restart.shutdownMs} ms, exit code ${restart.exitCode}`]);
      rows.push([
        'restart → healthy / → every endpoint checked again',
        `${(restart.bootMs / 1000).toFixed(1)} s / ${(restart.allCheckedMs / 1000).toFixed(1)} s`,
      ]);
    }
    console.log(`\n| ${label} | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  } finally {
    if (apimon) await apimon.stop();
    target.kill('SIGTERM');
    if (dropDb) await dropDb().catch((e: Error) => console.error(`dropping the bench database failed: ${e.message}`));
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
