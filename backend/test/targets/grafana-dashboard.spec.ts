import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { checkResults, endpoints, targets, targetServices, targetStatusChanges } from '../../src/db/schema.js';
import { createTestDatabase } from '../database.js';

const DASHBOARD = fileURLToPath(new URL('../../../deploy/grafana/dashboards/apimon.json', import.meta.url));

interface Panel {
  title: string;
  type: string;
  targets?: { rawSql?: string; refId: string }[];
  panels?: Panel[];
}

/** Every raw SQL query of the dashboard, panels in rows included. */
function queries(): { panel: string; type: string; rawSql: string }[] {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: Panel[] };
  const all = (panels: Panel[]): Panel[] => panels.flatMap((p) => [p, ...all(p.panels ?? [])]);
  return all(dashboard.panels).flatMap((p) =>
    (p.targets ?? []).filter((t) => t.rawSql).map((t) => ({ panel: p.title, type: p.type, rawSql: t.rawSql! })),
  );
}

/** What Grafana's PostgreSQL data source does to its macros before sending a query. */
function substituteMacros(query: string, from: Date, to: Date, interval: string): string {
  const quoted = (d: Date) => `'${d.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
  return query
    .replace(
      /\$__timeFilter\(([^)]+)\)/g,
      (_m, column: string) => `${column.trim()} BETWEEN ${quoted(from)} AND ${quoted(to)}`,
    )
    .replace(/\$__timeFrom\(\)/g, quoted(from))
    .replace(/\$__timeTo\(\)/g, quoted(to))
    .replace(/\$__interval_ms\b/g, String(intervalMs(interval)))
    .replace(/\$__interval\b/g, interval);
}

function intervalMs(interval: string): number {
  const [, n, unit] = interval.match(/^(\d+)(ms|s|m|h|d)$/)!;
  return Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 'ms']!;
}

describe('the Grafana dashboard', () => {
  let database: Database;
  // Both drivers (node-postgres, PGlite) answer raw SQL with { rows }.
  const run = async (text: string) =>
    ((await database.db.execute(sql.raw(text))) as unknown as { rows: Record<string, unknown>[] }).rows;
  const now = new Date('2026-03-01T12:00:00Z');
  const hour = 3_600_000;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const [api] = await db
      .insert(endpoints)
      .values({ name: 'Payments API', url: 'https://pay.example/health' })
      .returning();
    await db.insert(checkResults).values(
      Array.from({ length: 120 }, (_, i) => ({
        endpointId: api!.id,
        checkedAt: new Date(now.getTime() - i * 60_000),
        ok: i % 10 !== 0,
        latencyMs: 100 + i,
      })),
    );
    const [github] = await db
      .insert(targets)
      .values({ name: 'github', kind: 'github', baseUrl: 'https://www.githubstatus.com', displayName: 'GitHub' })
      .returning();
    await db.insert(targetServices).values({
      targetId: github!.id,
      name: 'Actions',
      status: 'Degraded',
      dimensions: { rawStatus: 'degraded_performance', incidentTitle: 'Delayed runs' },
      statusSince: new Date(now.getTime() - hour),
      seenAt: now,
    });
    await db.insert(targetStatusChanges).values([
      {
        targetId: github!.id,
        service: 'Actions',
        fromStatus: null,
        toStatus: 'OK',
        at: new Date(now.getTime() - 48 * hour),
      },
      {
        targetId: github!.id,
        service: 'Actions',
        fromStatus: 'OK',
        toStatus: 'Degraded',
        at: new Date(now.getTime() - hour),
      },
      {
        targetId: github!.id,
        service: null,
        fromStatus: 'OK',
        toStatus: 'Degraded',
        at: new Date(now.getTime() - hour),
      },
    ]);
  });
  afterAll(() => database.close());

  it('has the panels the issue asks for', () => {
    const titles = queries().map((q) => q.panel);
    expect(titles).toEqual(
      expect.arrayContaining(['Public-service status over time', 'Endpoint uptime', 'Endpoint p95 latency']),
    );
  });

  it.each(queries().map((q) => [q.panel, q] as const))(
    '%s: its SQL runs against the migrated schema',
    async (_title, q) => {
      const text = substituteMacros(q.rawSql, new Date(now.getTime() - 24 * hour), now, '5m');
      expect(text).not.toContain('$__');
      const rows = await run(text);
      expect(rows.length).toBeGreaterThan(0);
      if (q.type === 'timeseries' || q.type === 'state-timeline') {
        for (const row of rows) {
          expect(new Date(String(row.time)).getTime()).not.toBeNaN();
          expect(typeof row.metric).toBe('string');
          expect(Number.isFinite(Number(row.value))).toBe(true);
        }
      }
    },
  );

  it('the status timeline starts with the status in force when the range begins', async () => {
    const q = queries().find((x) => x.panel === 'Public-service status over time')!;
    const rows = await run(substituteMacros(q.rawSql, new Date(now.getTime() - 24 * hour), now, '5m'));
    const points = rows.map((r) => [r.metric, Number(r.value)]);
    expect(points[0]).toEqual(['github / Actions', 0]);
    expect(points.slice(1).sort()).toEqual([
      ['github / Actions', 2],
      ['github / GitHub', 2],
    ]);
  });

  it('p95 latency and uptime come out as numbers a chart can use', async () => {
    const table = queries().find((x) => x.panel === 'Endpoint uptime and p95 over the range')!;
    const [row] = await run(substituteMacros(table.rawSql, new Date(now.getTime() - 24 * hour), now, '5m'));
    expect(row).toMatchObject({ endpoint: 'Payments API', checks: 120 });
    expect(Number(row!['uptime %'])).toBeCloseTo(90, 3);
    expect(Number(row!['p95 ms'])).toBeCloseTo(213.05, 2);
  });
});
