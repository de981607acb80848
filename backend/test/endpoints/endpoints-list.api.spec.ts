import { eq, sql } from 'drizzle-orm';
import { endpoints, type EndpointStatus } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from './endpoint-factory.js';

describe('GET /endpoints', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    // name, status, latency, last checked (minutes ago), tags, kind
    const seed: [string, EndpointStatus, number | null, number | null, string[], 'http' | 'push'][] = [
      ['alpha', 'UP', 120, 1, ['prod', 'eu'], 'http'],
      ['Bravo', 'DOWN', null, 2, ['prod'], 'http'],
      ['charlie', 'DEGRADED', 900, 3, ['staging'], 'http'],
      ['delta_50%', 'PAUSED', 40, null, [], 'http'],
      ['echo', 'PENDING', null, null, ['prod', 'eu'], 'push'],
    ];
    for (const [name, status, latency, minutesAgo, tags, kind] of seed) {
      const created = await makeEndpoint(
        t,
        kind === 'push' ? { name, kind, period_seconds: 60, tags } : { name, tags },
      );
      ids[name] = created.id;
      await t.database.db
        .update(endpoints)
        .set({
          status,
          lastLatencyMs: latency,
          lastCheckedAt: minutesAgo === null ? null : sql`now() - make_interval(mins => ${minutesAgo})`,
        })
        .where(eq(endpoints.id, created.id));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (query: string) => {
    const res = await t
      .http()
      .get(`/api/v1/endpoints${query}`)
      .set(await t.auth('viewer'));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { names: (res.body.endpoints as { name: string }[]).map((e) => e.name), total: res.body.total as number };
  };

  it('lists all, sorted by name (case-insensitive) by default, with the total', async () => {
    expect(await list('')).toEqual({ names: ['alpha', 'Bravo', 'charlie', 'delta_50%', 'echo'], total: 5 });
  });

  it.each([
    ['?sort=-name', ['echo', 'delta_50%', 'charlie', 'Bravo', 'alpha']],
    ['?sort=status', ['Bravo', 'charlie', 'echo', 'alpha', 'delta_50%']],
    ['?sort=latency', ['delta_50%', 'alpha', 'charlie', 'Bravo', 'echo']],
    ['?sort=-latency', ['charlie', 'alpha', 'delta_50%', 'Bravo', 'echo']],
    ['?sort=-last_checked_at', ['alpha', 'Bravo', 'charlie', 'delta_50%', 'echo']],
    ['?sort=last_checked_at', ['charlie', 'Bravo', 'alpha', 'delta_50%', 'echo']],
    ['?sort=created_at', ['alpha', 'Bravo', 'charlie', 'delta_50%', 'echo']],
    ['?sort=-created_at', ['echo', 'delta_50%', 'charlie', 'Bravo', 'alpha']],
  ])('sorts %s', async (query, names) => {
    expect((await list(query)).names).toEqual(names);
  });

  it.each([
    ['?status=UP', ['alpha'], 1],
    ['?status=DOWN,DEGRADED', ['Bravo', 'charlie'], 2],
    ['?status=DOWN&status=PAUSED', ['Bravo', 'delta_50%'], 2],
    ['?tag=prod', ['alpha', 'Bravo', 'echo'], 3],
    ['?tag=prod&tag=eu', ['alpha', 'echo'], 2],
    ['?kind=push', ['echo'], 1],
    ['?kind=http&tag=eu', ['alpha'], 1],
    ['?q=BRA', ['Bravo'], 1],
    ['?q=a', ['alpha', 'Bravo', 'charlie', 'delta_50%'], 4],
    // LIKE wildcards in q are literal characters
    ['?q=50%25', ['delta_50%'], 1],
    ['?q=_', ['delta_50%'], 1],
    ['?q=nothing', [], 0],
    ['?q=%20bra%20', ['Bravo'], 1],
    ['?q=', ['alpha', 'Bravo', 'charlie', 'delta_50%', 'echo'], 5],
  ])('filters %s', async (query, names, total) => {
    expect(await list(query)).toEqual({ names, total });
  });

  it('pages with limit and offset while total counts every match', async () => {
    expect(await list('?limit=2')).toEqual({ names: ['alpha', 'Bravo'], total: 5 });
    expect(await list('?limit=2&offset=2')).toEqual({ names: ['charlie', 'delta_50%'], total: 5 });
    expect(await list('?limit=2&offset=4')).toEqual({ names: ['echo'], total: 5 });
    expect(await list('?limit=2&offset=10')).toEqual({ names: [], total: 5 });
    expect(await list('?tag=prod&limit=1&offset=1&sort=-name')).toEqual({ names: ['Bravo'], total: 3 });
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=501', 'limit'],
    ['?limit=abc', 'limit'],
    ['?offset=-1', 'offset'],
    ['?status=BROKEN', 'status.0'],
    ['?kind=tcp', 'kind'],
    ['?sort=url', 'sort'],
    ['?sort=--name', 'sort'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await t
      .http()
      .get(`/api/v1/endpoints${query}`)
      .set(await t.auth('viewer'))
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
  });

  it('lists the tags in use with their counts, by name', async () => {
    const res = await t
      .http()
      .get('/api/v1/endpoints/tags')
      .set(await t.auth('viewer'))
      .expect(200);
    expect(res.body).toEqual({
      tags: [
        { tag: 'eu', count: 2 },
        { tag: 'prod', count: 3 },
        { tag: 'staging', count: 1 },
      ],
    });
  });

  it('accepts the largest page', async () => {
    expect((await list('?limit=500')).total).toBe(5);
  });
});
