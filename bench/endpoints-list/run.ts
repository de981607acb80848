/**
 * GET /api/v1/endpoints at scale: how fast the list page answers (the endpoints screen and dashboard
 * read it) with N endpoints stored, for the common filters and sorts, and how fast endpoints are
 * created through the API.
 *
 * Needs the built backend (`npm run build -w backend`). Starts `node backend/dist/main.js` on a fresh
 * embedded database (or DATABASE_URL's server, whose endpoints table should be empty), creates N
 * endpoints through POST /api/v1/endpoints (8 in flight), then times each list query 40 times.
 * APIMON_TOKEN: a bearer token once the auth guard is in place.
 *
 *   npx tsx bench/endpoints-list/run.ts            # N = 2000
 *   N=2000,20000 npx tsx bench/endpoints-list/run.ts   # sizes are cumulative
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../backend/dist/main.js', import.meta.url));
const SIZES = (process.env.N ?? '2000').split(',').map(Number);
const REPEATS = 40;
const headers: Record<string, string> = {
  'content-type': 'application/json',
  ...(process.env.APIMON_TOKEN ? { authorization: `Bearer ${process.env.APIMON_TOKEN}` } : {}),
};

const QUERIES = [
  '?limit=50',
  '?limit=50&offset=1000',
  '?limit=500',
  '?limit=50&sort=status',
  '?limit=50&sort=-latency',
  '?limit=50&sort=-last_checked_at',
  '?limit=50&status=DOWN,DEGRADED',
  '?limit=50&tag=team-3',
  '?limit=50&q=api 1',
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startServer(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function createEndpoints(base: string, from: number, to: number): Promise<number> {
  const started = performance.now();
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      const res = await fetch(`${base}/api/v1/endpoints`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          name: `api ${i}`,
          url: `http://127.0.0.1:9/${i}`,
          tags: [`team-${i % 10}`],
          is_active: false,
        }),
      });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return ((to - from) / (performance.now() - started)) * 1000;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function timeQuery(base: string, query: string) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < REPEATS; i += 1) {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/endpoints${query}`, { headers });
    const body = (await res.json()) as { total: number };
    times.push(performance.now() - started);
    total = body.total;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), total };
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-bench-list-'));
  const server = await startServer(dataDir);
  const rows: string[] = [];
  try {
    let stored = 0;
    for (const n of SIZES) {
      const rate = await createEndpoints(server.base, stored, n);
      stored = n;
      rows.push(`| ${n} | create through the API | ${rate.toFixed(0)} endpoints/s | | |`);
      for (const query of QUERIES) {
        const { p50, p95, total } = await timeQuery(server.base, query);
        rows.push(
          `| ${n} | \`GET /api/v1/endpoints${query}\` | p50 ${p50.toFixed(1)} ms | p95 ${p95.toFixed(1)} ms | total ${total} |`,
        );
      }
    }
  } finally {
    server.stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(
    `database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}, ${REPEATS} requests per query, one client`,
  );
  console.log('| endpoints | what | figure | | |\n|---|---|---|---|---|');
  console.log(rows.join('\n'));
}

await main();
