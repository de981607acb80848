import { request } from 'undici';

export interface RouteFigure {
  route: string;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
}

const pick = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** p50/p95 of each route over `requests` sequential requests (after 5 warm-up requests), random endpoints. */
export async function measureRoutes(
  baseUrl: string,
  headers: Record<string, string>,
  endpoints: number,
  requests: number,
  only?: string,
): Promise<RouteFigure[]> {
  const month = new Date().toISOString().slice(0, 7);
  const id = () => 1 + Math.floor(Math.random() * endpoints);
  const routes: [string, () => string][] = [
    ['GET /stats/uptime/{id}?period=24h (exact)', () => `/api/v1/stats/uptime/${id()}?period=24h`],
    ['GET /stats/uptime/{id}?period=30d', () => `/api/v1/stats/uptime/${id()}?period=30d`],
    ['GET /stats/uptime/{id}?period=90d', () => `/api/v1/stats/uptime/${id()}?period=90d`],
    ['GET /stats/history/{id}?limit=100', () => `/api/v1/stats/history/${id()}?limit=100`],
    ['GET /stats/latency/{id}?period=24h', () => `/api/v1/stats/latency/${id()}?period=24h`],
    ['GET /stats/latency/{id}?period=30d', () => `/api/v1/stats/latency/${id()}?period=30d`],
    ['GET /stats/daily/{id}?days=90', () => `/api/v1/stats/daily/${id()}?days=90`],
    ['GET /stats/summary', () => '/api/v1/stats/summary'],
    ['GET /stats/overview?period=24h (all endpoints)', () => '/api/v1/stats/overview?period=24h'],
    ['GET /incidents', () => '/api/v1/incidents'],
    ['GET /incidents?endpoint_id=', () => `/api/v1/incidents?endpoint_id=${id()}`],
    ['GET /maintenance', () => '/api/v1/maintenance'],
    [`GET /reports/sla?month=${month} (all endpoints)`, () => `/api/v1/reports/sla?month=${month}`],
  ];
  const out: RouteFigure[] = [];
  for (const [route, path] of routes.filter(([name]) => !only || name.includes(only))) {
    const times: number[] = [];
    let bytes = 0;
    for (let k = 0; k < requests + 5; k++) {
      const started = performance.now();
      const res = await request(baseUrl + path(), { headers });
      const body = await res.body.text();
      const ms = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`${route}: ${res.statusCode} ${body.slice(0, 300)}`);
      if (k >= 5) times.push(ms);
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    out.push({ route, p50Ms: pick(times, 50), p95Ms: pick(times, 95), bytes });
    console.error(
      `  ${route}: p50 ${pick(times, 50).toFixed(1)} ms, p95 ${pick(times, 95).toFixed(1)} ms, ${Math.round(bytes / 1024).toLocaleString('en')} kB`,
    );
  }
  return out;
}

export function printTable(
  results: {
    driver: string;
    endpoints: number;
    rawRows: number;
    seedRowsPerSecond: number;
    rollupSeconds: number;
    bytesPerResult: number;
    bytesPerEndpointDay: number;
    routes: RouteFigure[];
  }[],
  days: number,
  intervalSeconds: number,
): void {
  console.log(`\n### Storage and seeding (${days} days at a ${intervalSeconds} s interval)\n`);
  console.log(
    '| driver | endpoints | raw results | seeding rows/s | rollup of all of it | bytes/raw result (with indexes) | rollup bytes/endpoint-day |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.driver} | ${r.endpoints} | ${r.rawRows.toLocaleString('en')} | ${Math.round(r.seedRowsPerSecond).toLocaleString('en')} | ${r.rollupSeconds.toFixed(1)} s | ${r.bytesPerResult.toFixed(1)} | ${Math.round(r.bytesPerEndpointDay).toLocaleString('en')} |`,
    );
  }
  console.log(`\n### Route latency over HTTP (p50 / p95 ms)\n`);
  console.log(`| route | ${results.map((r) => `${r.driver} (${r.endpoints} endpoints)`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---').join('|')}|`);
  for (const [k, route] of results[0]!.routes.entries()) {
    console.log(
      `| ${route.route} | ${results.map((r) => `${r.routes[k]!.p50Ms.toFixed(1)} / ${r.routes[k]!.p95Ms.toFixed(1)}`).join(' | ')} |`,
    );
  }
}
