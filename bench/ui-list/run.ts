/**
 * How fast the dashboard and the endpoints list show data at N endpoints (issue 4: ≤ 300 ms at 2,000).
 *
 *   npm run build && npx tsx bench/ui-list/run.ts [--endpoints 2000] [--runs 7] [--postgres URL]
 *     [--settle MS] [--static DIR] [--detail]
 *
 * With --postgres (a server URL such as postgres://postgres@127.0.0.1:5432/postgres) the install uses
 * a fresh database created on that server (and dropped afterwards) instead of the embedded PGlite.
 *
 * Starts the real built apimon on a fresh embedded database (the e2e server helper), seeds N endpoints
 * through the API (paused, so the check engine does not compete for the CPU while we measure), then
 * opens each page R times in Debian's Chromium and records, inside the page, the time from the start
 * of navigation (performance.timeOrigin) to the moment the data is in the DOM (a MutationObserver
 * wait): "cold" = new browser context (nothing cached), "warm" = reload in the same context. Each
 * context is signed in first (the refresh cookie, as a returning user has), so every load includes
 * restoring the session.
 * Prints median, p95 and max per page and mode.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/playwright.config.js';
import { ApimonServer } from '../../e2e/servers/apimon-server.js';

/** The value after --name, if given. */
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);
const N = arg('endpoints', 2000);
const RUNS = arg('runs', 7);
const POSTGRES = option('postgres');
/** --static DIR: serve another build of the SPA (to compare two builds on the same server code). */
const STATIC = option('static');
/**
 * --settle MS: wait this long after a page has shown its data before the next load (the reload, or the
 * next context), so the previous page's remaining requests are done; by default the next load starts
 * at once, while the server still answers them.
 */
const SETTLE_MS = arg('settle', 0);
/** --detail: print every load's timings (shown, marks, scripts and API calls), not only the last one's. */
const DETAIL = process.argv.includes('--detail');

interface PageCase {
  name: string;
  path: string;
  /** Runs in the page: true once the data (not a loading state) is shown. */
  shown: string;
}

const CASES: PageCase[] = [
  {
    name: 'dashboard, first rows + total',
    path: '/',
    shown: `(() => {
      const summary = document.querySelector('[aria-label="Endpoint summary"]');
      return !!summary && summary.textContent.includes(${JSON.stringify(N.toLocaleString('en'))})
        && !!document.querySelector('[aria-label="Endpoint statuses"] li a');
    })()`,
  },
  {
    name: 'dashboard, all counts',
    path: '/',
    shown: `(() => {
      const summary = document.querySelector('[aria-label="Endpoint summary"]');
      return !!summary && [...summary.querySelectorAll('a')].every((a) => /\\d/.test(a.textContent));
    })()`,
  },
  {
    name: 'endpoints list',
    path: '/endpoints',
    shown: `!!document.querySelector('[role="table"][aria-label="Endpoints"] [role="rowgroup"] [role="row"] a')`,
  },
];

async function seed(server: ApimonServer): Promise<number> {
  const headers = { 'content-type': 'application/json', ...(await server.authHeaders('admin')) };
  const started = performance.now();
  const PARALLEL = 8;
  for (let i = 0; i < N; i += PARALLEL) {
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, N - i) }, async (_, j) => {
        const n = i + j;
        const res = await fetch(`${server.baseUrl}/api/v1/endpoints`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name: `bench-${String(n).padStart(5, '0')}`,
            url: `http://127.0.0.1:9/${n}`,
            tags: [`team-${n % 10}`],
            is_active: false,
          }),
        });
        if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
      }),
    );
  }
  return performance.now() - started;
}

/** A returning user: the login sets the httpOnly refresh cookie in this context, as the form would. */
async function signIn(context: BrowserContext, server: ApimonServer): Promise<void> {
  const res = await context.request.post('/api/v1/auth/login', { data: server.credentials('admin') });
  if (!res.ok()) throw new Error(`signing in failed: ${res.status()} ${await res.text()}`);
}

/**
 * Milliseconds from navigation start to data shown, by the page's own clock: a MutationObserver,
 * installed before the app's scripts run, stamps the first moment the condition holds.
 */
async function timeToData(page: Page, c: PageCase, reload: boolean): Promise<number> {
  if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(c.path, { waitUntil: 'commit' });
  const handle = await page.waitForFunction('window.__shownAt', undefined, { timeout: 30_000 });
  const shownAt = (await handle.jsonValue()) as number;
  const timings = `shown @${shownAt.toFixed(0)}; ${await page.evaluate(resourceSummary)}`;
  breakdown.set(`${c.name} ${reload ? 'warm' : 'cold'}`, timings);
  if (DETAIL) console.log(`  ${c.name} ${reload ? 'warm' : 'cold'}: ${timings}`);
  return shownAt;
}

/** Where the time went in the last run of each case: each script and API call, start → end. */
const breakdown = new Map<string, string>();
const resourceSummary = () =>
  [
    // The page itself: request sent → first byte → last byte (a busy server shows here first).
    ...performance
      .getEntriesByType('navigation')
      .map((e) => e as PerformanceNavigationTiming)
      .map((e) => `html ${[e.requestStart, e.responseStart, e.responseEnd].map((t) => t.toFixed(0)).join('→')}`),
    // main.tsx's marks: the bundle has run (apimon:start) and the first render is scheduled.
    ...performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('apimon:'))
      .map((m) => `${m.name} @${m.startTime.toFixed(0)}`),
    ...performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => /\/assets\/.*\.js$|\/api\/v1\//.test(e.name))
      .map(
        (e) =>
          `${new URL(e.name).pathname}${new URL(e.name).search} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`,
      ),
  ].join('; ');

const stampWhenShown = (condition: string) => `(() => {
  const check = () => {
    if (window.__shownAt) return;
    if (${condition}) { window.__shownAt = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

/** A fresh installation; on a loaded machine creating the embedded database can pass the helper's 30 s. */
async function startServer(env: Record<string, string>): Promise<ApimonServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ApimonServer.start(env);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`apimon did not start (attempt ${attempt}), trying again`);
    }
  }
}

/** A new, empty database on the PostgreSQL server; returns its URL and how to drop it. */
async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `apimon_bench_ui_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    url: dbUrl.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function main() {
  const database = POSTGRES ? await freshPostgres(POSTGRES) : undefined;
  const server = await startServer({
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(STATIC ? { STATIC_DIR: STATIC } : {}),
  });
  console.log(`database: ${database ? 'PostgreSQL (fresh database)' : 'PGlite (fresh data folder)'}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const seedMs = await seed(server);
    console.log(`seeded ${N} endpoints through the API in ${(seedMs / 1000).toFixed(1)} s`);
    const rows: string[][] = [];
    for (const c of CASES) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let r = 0; r < RUNS + 1; r++) {
        const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
        await signIn(context, server);
        await context.addInitScript(stampWhenShown(c.shown));
        const page = await context.newPage();
        const first = await timeToData(page, c, false);
        const again = await timeToData(page, c, true);
        await context.close();
        if (r === 0) continue; // the first run warms the server's caches and the JIT
        cold.push(first);
        warm.push(again);
      }
      for (const [mode, xs] of [
        ['cold', cold],
        ['warm', warm],
      ] as const) {
        rows.push([c.name, mode, ...[0.5, 0.95, 1].map((q) => quantile(xs, q).toFixed(0))]);
      }
    }
    const header = ['page', 'load', 'median ms', 'p95 ms', 'max ms'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
    const pause =
      SETTLE_MS > 0 ? `, each load ${SETTLE_MS} ms after the previous one showed its data` : ', back to back';
    console.log(`\nTime from navigation to data shown, ${N} endpoints, ${RUNS} runs each${pause} (goal ≤ 300 ms)\n`);
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log('\nLast run of each, resource timings in ms since navigation start:');
    for (const [k, v] of breakdown) console.log(`  ${k}: ${v}`);
  } finally {
    await browser.close();
    await server.dispose();
    await database?.drop();
  }
}

await main();
