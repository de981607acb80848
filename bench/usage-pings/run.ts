/**
 * Usage updates and heartbeat pings against the real built server (node backend/dist/main.js), on the
 * embedded database, or on PostgreSQL with DATABASE_URL=postgres://… (an empty database).
 * Needs `npm run build` first. Prints one table row per scenario: requests, concurrency, req/s, p50/p99.
 *
 *   npx tsx bench/usage-pings/run.ts [requests=5000] [concurrency=50]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REQUESTS = Number(process.argv[2] ?? 5000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const ADMIN = { email: 'bench@bench.local', password: 'bench-password-0123456789' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'backend/dist/main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CHECKS: 'false',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await request(`${base}/health`)).statusCode === 200) break;
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('apimon did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { access_token: token } = await json(base, 'POST', '/api/v1/auth/login', {}, ADMIN);
    const auth = { authorization: `Bearer ${token}` };
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
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
