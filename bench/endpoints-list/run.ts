/**
 * GET /api/v1/endpoints at scale: how fast the list page answers (the endpoints screen and dashboard
 * read it) with N endpoints stored, for the common filters and sorts, and how fast endpoints are
 * created through the API.
 *
 * Needs the built backend (`npm run build -w backend`). Starts `node backend/dist/main.js` on a fresh
 * embedded database (or DATABASE_URL's server, whose endpoints table should be empty), creates N
 * endpoints through POST /api/v1/endpoints (8 in flight), then times each list query 40 times.
 * Signed in as the bench admin (bench/lib/start-server.ts).
 *
 *   npx tsx bench/endpoints-list/run.ts            # N = 2000
 *   N=2000,20000 npx tsx bench/endpoints-list/run.ts   # sizes are cumulative
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { adminHeaders, databaseFromEnv, startServer as startBenchServer } from '../lib/start-server.js';

const SIZES = (process.env.N ?? '2000').split(',').map(Number);
const REPEATS = 40;
const headers: Record<string, string> = { 'content-type': 'application/json' };

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

async function startServer(dataDir: string) {
  const server = await startBenchServer({ DATA_DIR: dataDir, ...databaseFromEnv() });
  Object.assign(headers, await adminHeaders(server.base));
  return server;
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
    await server.stop();
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
