/**
 * Alert fan-out: N endpoints go DOWN at about the same time; a default rule sends each DOWN to two
 * webhook channels. Measures how long the whole wave takes to be delivered (state change → received by
 * the local receiver: the outbox insert, the claim, the HTTP POST) and the delivery throughput.
 *
 * Needs the built backend (`npm run build -w backend`). Starts `node backend/dist/main.js` on a fresh
 * embedded database (or DATABASE_URL's server, which should be empty), one local receiver that answers
 * 200 to the webhooks and 500 to the monitored URL, creates N endpoints (interval 5 s, failing), and
 * waits for 2 × N deliveries, signed in as the bench admin (bench/lib/start-server.ts).
 *
 *   npx tsx bench/alerts-fanout/run.ts            # N = 200
 *   N=100,500 npx tsx bench/alerts-fanout/run.ts  # one fresh server per size
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { adminHeaders, databaseFromEnv, startServer as startBenchServer } from '../lib/start-server.js';

const SIZES = (process.env.N ?? '200').split(',').map(Number);
const CHANNELS = 2;
const headers: Record<string, string> = { 'content-type': 'application/json' };

/** Answers 500 on /target (the monitored APIs) and 200 on /hook/*, recording each delivery's delay. */
async function startReceiver() {
  const delaysMs: number[] = [];
  let lastAt = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url?.startsWith('/target')) return void res.writeHead(500).end('down');
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { since: string };
      lastAt = Date.now();
      delaysMs.push(lastAt - Date.parse(body.since));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p: string) => `http://127.0.0.1:${port}${p}`,
    delaysMs,
    lastAt: () => lastAt,
    close: () => server.close(),
  };
}

async function startServer(dataDir: string) {
  const server = await startBenchServer({ DATA_DIR: dataDir, ...databaseFromEnv() });
  Object.assign(headers, await adminHeaders(server.base));
  return server;
}

async function post(base: string, route: string, body: unknown): Promise<{ id: number }> {
  const res = await fetch(`${base}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number };
}

const breakdown: string[] = [];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function run(n: number): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-bench-alerts-'));
  const receiver = await startReceiver();
  const server = await startServer(dataDir);
  try {
    const channelIds: number[] = [];
    for (let c = 0; c < CHANNELS; c++) {
      channelIds.push(
        (
          await post(server.base, '/api/v1/alert-channels', {
            name: `hook ${c}`,
            type: 'webhook',
            config: { url: receiver.url(`/hook/${c}`) },
          })
        ).id,
      );
    }
    await post(server.base, '/api/v1/alert-rules', {
      name: 'all down',
      scope: 'all',
      events: ['down'],
      channel_ids: channelIds,
    });
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < n) {
        const i = next++;
        await post(server.base, '/api/v1/endpoints', {
          name: `api ${i}`,
          url: receiver.url(`/target/${i}`),
          interval: 5,
          timeout: 2,
          retries: 0,
        });
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const deadline = Date.now() + 120_000;
    while (receiver.delaysMs.length < n * CHANNELS && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const delays = [...receiver.delaysMs].sort((a, b) => a - b);
    // Where the time goes: state change → stored in the outbox → sent.
    const res = await fetch(`${server.base}/api/v1/alerts?limit=200`, { headers });
    const items = (
      (await res.json()) as {
        items: { occurred_at: string; created_at: string; sent_at: string | null; attempts: number }[];
      }
    ).items;
    const retried = items.filter((i) => i.attempts > 1).length;
    const ms = (a: string, b: string) => Date.parse(b) - Date.parse(a);
    const stored = items.map((i) => ms(i.occurred_at, i.created_at)).sort((a, b) => a - b);
    const sent = items
      .filter((i) => i.sent_at)
      .map((i) => ms(i.created_at, i.sent_at!))
      .sort((a, b) => a - b);
    breakdown.push(
      `| ${n} | change → stored p50 ${percentile(stored, 0.5)} ms, p95 ${percentile(stored, 0.95)} ms | stored → sent p50 ${percentile(sent, 0.5)} ms, p95 ${percentile(sent, 0.95)} ms | ${retried} |`,
    );
    const seconds = (receiver.lastAt() - started) / 1000;
    return `| ${n} | ${delays.length} / ${n * CHANNELS} | ${seconds.toFixed(1)} s | ${(delays.length / seconds).toFixed(0)}/s | ${percentile(delays, 0.5)} ms | ${percentile(delays, 0.95)} ms | ${delays.at(-1)} ms |`;
  } finally {
    await server.stop();
    receiver.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const rows: string[] = [];
  for (const n of SIZES) rows.push(await run(n));
  console.log(
    `database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}, ${CHANNELS} webhook channels, receiver on 127.0.0.1`,
  );
  console.log(
    '| endpoints down | delivered | wave (first create → last delivery) | deliveries/s | delay p50 | p95 | max |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('\n| endpoints down | outbox insert (newest 200) | delivery | needed a retry |\n|---|---|---|---|');
  for (const row of breakdown) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
