import { sql } from 'drizzle-orm';
import { AnalyticsRepository, type EndpointInfo } from '../../src/analytics/analytics.repository.js';
import { MaintenanceService } from '../../src/analytics/maintenance.service.js';
import { StatsService } from '../../src/analytics/stats.service.js';
import { timeFigures } from '../../src/analytics/window-figures.js';
import { Clock } from '../../src/common/clock.js';
import type { EndpointStatus } from '../../src/db/schema.js';
import { endpointStateChanges, incidents, maintenanceWindows } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from '../factories/analytics.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * The summary's 24 h uptime reads only the endpoints with something in the window and sums the quiet
 * others in SQL (quietUptime). These tests hold it to the straightforward computation: every endpoint's
 * time-weighted figures from its own states, incidents and maintenance, summed.
 */
describe('stats summary: quiet endpoints summed in the database', () => {
  let t: TestApp;
  let repository: AnalyticsRepository;
  let now: Date;
  let from: Date;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    repository = t.app.get(AnalyticsRepository);
    now = new Date(Math.floor(Date.now() / 1000) * 1000 + 123);
    // The summary's window: from the top of the hour 24 h ago to now.
    from = new Date(Math.floor((now.getTime() - DAY) / HOUR) * HOUR);
    vi.spyOn(Clock.prototype, 'now').mockImplementation(() => new Date(now));
    const db = t.database.db;
    const make = async (key: string, status: EndpointStatus, createdAgoMs: number, tags: string[] = []) => {
      const createdAt = new Date(now.getTime() - createdAgoMs);
      ids[key] = (await makeEndpoint(db, { name: key, status, createdAt, tags })).id;
      // Microseconds in the creation time: the database sum must truncate them as endpoints() does.
      await db.execute(
        sql`update endpoints set created_at = created_at + interval '700 microseconds' where id = ${ids[key]}`,
      );
    };
    const change = (key: string, fromStatus: EndpointStatus, toStatus: EndpointStatus, agoMs: number) =>
      db
        .insert(endpointStateChanges)
        .values({ endpointId: ids[key]!, fromStatus, toStatus, at: new Date(now.getTime() - agoMs) });

    // Quiet: nothing in the window.
    await make('up-old', 'UP', 3 * DAY);
    await make('up-changed-before', 'UP', 2 * DAY);
    await change('up-changed-before', 'PENDING', 'UP', 2 * DAY - MIN);
    await make('up-created-inside', 'UP', 5 * HOUR + 17);
    await make('degraded', 'DEGRADED', 3 * DAY);
    await make('paused', 'PAUSED', 3 * DAY);
    await make('pending-new', 'PENDING', HOUR);
    // Its row says UP, but its last change (before the window) paused it: the window counts nothing.
    await make('paused-by-last-change', 'UP', 3 * DAY);
    await change('paused-by-last-change', 'UP', 'PAUSED', 2 * DAY);
    // Eventful: a state change, an incident, or maintenance in the window.
    await make('down-now', 'DOWN', 3 * DAY);
    await change('down-now', 'UP', 'DOWN', 3 * HOUR);
    await db.insert(incidents).values({ endpointId: ids['down-now']!, startedAt: new Date(now.getTime() - 3 * HOUR) });
    await make('incident-only', 'UP', 3 * DAY);
    await db.insert(incidents).values({
      endpointId: ids['incident-only']!,
      startedAt: new Date(now.getTime() - 10 * HOUR),
      resolvedAt: new Date(now.getTime() - 9 * HOUR - 20 * MIN),
    });
    await make('in-maintenance', 'UP', 3 * DAY, ['db']);
    await make('tag-neighbour', 'UP', 3 * DAY, ['db']);
    await db.insert(maintenanceWindows).values({
      title: 'db upgrade',
      tags: ['db'],
      startsAt: new Date(now.getTime() - 6 * HOUR),
      endsAt: new Date(now.getTime() - 4 * HOUR),
    });
    // An old resolved incident outside the window changes nothing.
    await db.insert(incidents).values({
      endpointId: ids['up-old']!,
      startedAt: new Date(now.getTime() - 2 * DAY),
      resolvedAt: new Date(now.getTime() - 2 * DAY + HOUR),
    });
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await t.close();
  });

  /** Every endpoint computed one by one, the way the summary did before quietUptime. */
  async function reference(): Promise<{ counted: number; down: number }> {
    const all: EndpointInfo[] = await repository.endpoints();
    const [changes, spans, maintenance] = await Promise.all([
      repository.stateChanges(null, from, now),
      repository.incidentsOverlapping(null, from, now),
      t.app.get(MaintenanceService).intervalsFor(all, from, now),
    ]);
    let counted = 0;
    let down = 0;
    for (const endpoint of all) {
      const f = timeFigures({
        endpoint,
        from,
        to: now,
        changes: changes.get(endpoint.id) ?? [],
        incidents: spans.filter((i) => i.endpointId === endpoint.id),
        maintenance: maintenance.get(endpoint.id) ?? [],
      });
      counted += f.countedSeconds;
      down += f.downtimeSeconds;
    }
    return { counted, down };
  }

  it('gives the 24 h uptime, totals and open incidents of the one-by-one computation', async () => {
    const { counted, down } = await reference();
    const summary = await t.app.get(StatsService).summary();
    expect(summary.overallUptime24h).toBeCloseTo((100 * (counted - down)) / counted, 3);
    // Not a trivial 100: an open and a resolved incident, and maintenance, are in the window.
    expect(summary.overallUptime24h).toBeLessThan(99);
    expect(Object.fromEntries(summary.totals.map((s) => [s.status, s.n]))).toEqual({
      UP: 7,
      DEGRADED: 1,
      PAUSED: 1,
      PENDING: 1,
      DOWN: 1,
    });
    expect(summary.openIncidents).toBe(1);
  });

  it('sums exactly the quiet endpoints’ counted time, per status, outside the selection', async () => {
    const eventful = { all: false, ids: [ids['down-now']!, ids['incident-only']!], tags: ['db'] };
    const rows = await repository.quietUptime(from, now, eventful);
    const by = Object.fromEntries(rows.map((r) => [r.status, r]));
    const window = now.getTime() - from.getTime();
    // up-old and up-changed-before: the whole window; up-created-inside: since its creation, to the ms.
    // paused-by-last-change counts nothing; the eventful UP endpoints are left to the caller.
    expect(by.UP).toEqual({ status: 'UP', endpoints: 7, quietCountedMs: 2 * window + 5 * HOUR + 17 });
    expect(by.DEGRADED).toEqual({ status: 'DEGRADED', endpoints: 1, quietCountedMs: window });
    expect(by.PAUSED!.quietCountedMs).toBe(0);
    expect(by.PENDING!.quietCountedMs).toBe(0);
    expect(by.DOWN).toEqual({ status: 'DOWN', endpoints: 1, quietCountedMs: 0 });
    // With every endpoint selected, nothing is quiet.
    const none = await repository.quietUptime(from, now, { all: true, ids: [], tags: [] });
    expect(none.every((r) => r.quietCountedMs === 0)).toBe(true);
  });

  it('selects the eventful endpoints by id, by tag or all', async () => {
    const names = async (selection: { all: boolean; ids: number[]; tags: string[] }) =>
      (await repository.endpointsIn(selection)).map((e) => e.name).sort();
    expect(await names({ all: false, ids: [ids['paused']!], tags: ['db'] })).toEqual([
      'in-maintenance',
      'paused',
      'tag-neighbour',
    ]);
    expect(await names({ all: false, ids: [], tags: [] })).toEqual([]);
    expect(await names({ all: true, ids: [], tags: [] })).toHaveLength(11);
    expect(await repository.changedIn(from, now)).toEqual([ids['down-now']]);
    expect(await t.app.get(MaintenanceService).coveredIn(from, now)).toEqual({ all: false, ids: [], tags: ['db'] });
  });
});
