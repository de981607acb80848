/**
 * Usage updates and heartbeat pings against the real built server (node backend/dist/main.js), on the
 * embedded database, or on PostgreSQL with DATABASE_URL=postgres://… (an empty database).
 * Needs `npm run build` first. Prints one table row per scenario: requests, concurrency, req/s, p50/p99.
 *
 *   npx tsx bench/usage-pings/run.ts [requests=5000] [concurrency=50]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { adminHeaders, databaseFromEnv, startServer } from '../lib/start-server.js';

const REQUESTS = Number(process.argv[2] ?? 5000);
const CONCURRENCY = Number(process.argv[3] ?? 50);

async function json(base: string, method: string, p: string, headers: Record<string, string>, body?: unknown) {
  const res = await request(`${base}${p}`, {
    method: method as 'GET',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`${method} ${p}: ${res.statusCode} ${text}`);
  return JSON.parse(text) as Record<string, any>;
}

/** `total` GETs of `url()` over `concurrency` keep-alive connections; latencies in ms. */
async function load(url: () => string, headers: Record<string, string>) {
  const agent = new Agent({ connections: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t0 = performance.now();
        const res = await request(url(), { dispatcher: agent, headers });
        await res.body.text();
        latencies.push(performance.now() - t0);
        if (res.statusCode !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await agent.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  return { perSecond: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99), failures };
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-bench-'));
  const server = await startServer(
    { DATA_DIR: dataDir, CHECKS: 'false', ...databaseFromEnv() },
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const base = server.base;
  try {
    const auth = await adminHeaders(base);
    await json(base, 'POST', '/api/v1/usage/tags', auth, { name: 'bench-anon', anonymous_updates: true });
    await json(base, 'POST', '/api/v1/usage/tags', auth, { name: 'bench-keyed' });
    const { key } = await json(base, 'POST', '/api/v1/api-keys', auth, { name: 'bench', scopes: ['usage'] });
    const push = await json(base, 'POST', '/api/v1/endpoints', auth, {
      kind: 'push',
      name: 'bench heartbeat',
      period_seconds: 3600,
    });
    const scenarios: [string, () => string, Record<string, string>][] = [
      ['GET /update (anonymous tag)', () => `${base}/update?tag=bench-anon`, {}],
      ['GET /update (X-API-Key)', () => `${base}/update?tag=bench-keyed`, { 'x-api-key': key }],
      ['GET /get (X-API-Key)', () => `${base}/get?tag=bench-keyed`, { 'x-api-key': key }],
      ['GET /api/v1/push/{token}', () => `${base}${push.ping_url}`, {}],
    ];
    console.log(
      `| scenario (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}) | requests | concurrency | req/s | p50 ms | p99 ms | non-200 |`,
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, url, headers] of scenarios) {
      const r = await load(url, headers);
      console.log(`| ${name} | ${REQUESTS} | ${CONCURRENCY} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.failures} |`);
    }
    const count = await request(`${base}/get?tag=bench-anon`, { headers: { 'x-api-key': key } });
    console.log(`\nbench-anon count after the run: ${await count.body.text()} (expected ${REQUESTS})`);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
