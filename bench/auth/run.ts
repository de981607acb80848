/**
 * What authentication costs per request. Starts the built backend (`npm run build -w backend` first)
 * in this process on an in-memory PGlite, creates an admin and an API key, then fires requests with
 * undici (keep-alive) at a fixed concurrency and prints requests/s and latency percentiles for:
 * a public route (/health, no guard work), a bearer session (JWT check + one session query),
 * an API key (sha256 + one key query), and a login (Argon2id verification).
 *
 *   npx tsx bench/auth/run.ts [requests=2000] [concurrency=20]
 */
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'undici';

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 20);
const PASSWORD = 'benchmark-password-0123';

const { createApp } = await import(new URL('../../backend/dist/app.setup.js', import.meta.url).href);
const { loadConfig } = await import(new URL('../../backend/dist/config/config.schema.js', import.meta.url).href);
const { openDatabase } = await import(new URL('../../backend/dist/db/database.js', import.meta.url).href);

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  STATIC_DIR: '/nonexistent',
  APP_SECRET: randomBytes(32).toString('hex'),
  JWT_SECRET: randomBytes(32).toString('hex'),
  RATE_LIMIT_PER_MINUTE: '0',
});
const app = await createApp(config, { database: await openDatabase({}) });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
const agent = new Agent({ connections: CONCURRENCY, pipelining: 1 });

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await request(`${base}${path}`, {
    method: method as 'GET',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    dispatcher: agent,
  });
  const text = await res.body.text();
  if (res.statusCode >= 400) throw new Error(`${method} ${path} → ${res.statusCode} ${text}`);
  return JSON.parse(text || 'null');
}

const setup = await call(
  'POST',
  '/api/v1/auth/setup',
  {},
  { email: 'bench@example.com', password: PASSWORD, name: 'Bench' },
);
const bearer = { authorization: `Bearer ${setup.access_token}` };
const key = await call('POST', '/api/v1/api-keys', bearer, { name: 'bench' });

async function measure(name: string, total: number, fire: () => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, total) }, async () => {
      while (next++ < total) {
        const t0 = performance.now();
        await fire();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  return { name, requests: total, 'req/s': Math.round(total / seconds), 'p50 ms': p(0.5), 'p99 ms': p(0.99) };
}

const rows = [];
rows.push(await measure('GET /health (public)', REQUESTS, () => call('GET', '/health', {})));
rows.push(await measure('GET /api/v1/auth/me (bearer)', REQUESTS, () => call('GET', '/api/v1/auth/me', bearer)));
rows.push(
  await measure('GET /api/v1/auth/me (X-API-Key)', REQUESTS, () =>
    call('GET', '/api/v1/auth/me', { 'x-api-key': key.key }),
  ),
);
// Argon2id is deliberately slow; a tenth of the requests is plenty.
rows.push(
  await measure('POST /api/v1/auth/login', Math.max(20, Math.floor(REQUESTS / 10)), () =>
    call('POST', '/api/v1/auth/login', {}, { email: 'bench@example.com', password: PASSWORD }),
  ),
);
console.table(rows);
await agent.close();
await app.close();
