import { sql } from 'drizzle-orm';
import { MaintenanceService } from '../../src/analytics/maintenance.service.js';
import type { EndpointRow } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint, seedHistory } from '../factories/analytics.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('maintenance windows', () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let api: EndpointRow;
  let tagged: EndpointRow;
  let now: Date;
  let seedFrom: Date;

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    editor = await t.auth('editor');
    now = new Date();
    seedFrom = new Date(now.getTime() - 6 * HOUR);
    api = await makeEndpoint(t.database.db, { name: 'api', createdAt: new Date(seedFrom.getTime() - MIN) });
    tagged = await makeEndpoint(t.database.db, { name: 'db', tags: ['db', 'eu'] });
    // Down from minute 60 to 90: a planned deploy.
    await seedHistory(t.app, t.database.db, api, { from: seedFrom, to: now, down: [{ startMinute: 60, minutes: 30 }] });
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: 'Deploy',
    endpoint_ids: [api.id],
    starts_at: new Date(seedFrom.getTime() + 50 * MIN).toISOString(),
    ends_at: new Date(seedFrom.getTime() + 100 * MIN).toISOString(),
    ...overrides,
  });
  const count = async () =>
    (
      (await t.database.db.execute(sql`select count(*)::int as n from maintenance_windows`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;

  it('creates, lists, reads, updates and deletes a window', async () => {
    const created = await t.http().post('/api/v1/maintenance').set(editor).send(body()).expect(201);
    expect(created.body).toMatchObject({
      title: 'Deploy',
      endpoint_ids: [api.id],
      recurrence: 'none',
      timezone: 'UTC',
      all: false,
      active_now: false,
    });
    const list = await t.http().get('/api/v1/maintenance').set(editor).expect(200);
    expect(list.body.maintenance.map((m: { id: number }) => m.id)).toEqual([created.body.id]);
    await t.http().get(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(200);
    const updated = await t
      .http()
      .put(`/api/v1/maintenance/${created.body.id}`)
      .set(editor)
      .send(body({ title: 'Deploy v2' }))
      .expect(200);
    expect(updated.body.title).toBe('Deploy v2');
    await t.http().delete(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(204);
    expect((await t.http().get(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(404)).body.error.code).toBe(
      'MaintenanceWindowNotFound',
    );
    await t.http().delete(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(404);
  });

  it.each([
    {
      name: 'ends before it starts',
      patch: { ends_at: '2026-01-01T00:00:00Z', starts_at: '2026-01-02T00:00:00Z' },
      fields: ['ends_at'],
    },
    { name: 'no target', patch: { endpoint_ids: undefined }, fields: ['endpoint_ids'] },
    { name: 'two targets', patch: { all: true }, fields: ['endpoint_ids'] },
    { name: 'unknown endpoint', patch: { endpoint_ids: [999_999] }, fields: ['endpoint_ids'] },
    {
      name: 'daily longer than a day',
      patch: { recurrence: 'daily', ends_at: '2099-01-03T00:00:00Z' },
      fields: ['ends_at'],
    },
    { name: 'bad zone', patch: { timezone: 'Mars/Base' }, fields: ['timezone'] },
    {
      name: 'several bad fields',
      patch: { title: '', starts_at: 'soon', recurrence: 'hourly' },
      fields: ['title', 'starts_at', 'recurrence'],
    },
  ])('refuses $name with 400 naming the fields, storing nothing', async ({ patch, fields }) => {
    const before = await count();
    const res = await t.http().post('/api/v1/maintenance').set(editor).send(body(patch)).expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([...fields].sort());
    expect(await count()).toBe(before);
  });

  it('a bad update is refused and unknown ids are 404', async () => {
    const created = await t
      .http()
      .post('/api/v1/maintenance')
      .set(editor)
      .send(body({ title: 'keep' }))
      .expect(201);
    await t
      .http()
      .put(`/api/v1/maintenance/${created.body.id}`)
      .set(editor)
      .send(body({ ends_at: '2000-01-01T00:00:00Z' }))
      .expect(400);
    expect((await t.http().get(`/api/v1/maintenance/${created.body.id}`).set(editor)).body.title).toBe('keep');
    await t.http().put('/api/v1/maintenance/424242').set(editor).send(body()).expect(404);
    await t.http().delete(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(204);
  });

  it('excludes its time from uptime: the planned outage no longer counts', async () => {
    const window = `from=${seedFrom.toISOString()}&to=${now.toISOString()}`;
    const before = (await t.http().get(`/api/v1/stats/uptime/${api.id}?${window}`).set(editor).expect(200)).body;
    expect(before.downtime_seconds).toBe(1800);
    const created = await t.http().post('/api/v1/maintenance').set(editor).send(body()).expect(201);
    const after = (await t.http().get(`/api/v1/stats/uptime/${api.id}?${window}`).set(editor).expect(200)).body;
    expect(after.downtime_seconds).toBe(0);
    expect(after.uptime_percentage).toBe(100);
    expect(after.counted_seconds).toBe(before.counted_seconds - 50 * 60);
    await t.http().delete(`/api/v1/maintenance/${created.body.id}`).set(editor).expect(204);
  });

  it('activeWindowFor answers by id, tag or all, and for recurring windows', async () => {
    const service = t.app.get(MaintenanceService);
    const at = new Date('2026-11-04T02:15:00Z');
    const byTag = await t
      .http()
      .post('/api/v1/maintenance')
      .set(editor)
      .send({
        title: 'nightly db',
        tags: ['db'],
        starts_at: '2026-10-01T02:00:00Z',
        ends_at: '2026-10-01T02:30:00Z',
        recurrence: 'daily',
      })
      .expect(201);
    expect(await service.activeWindowFor({ id: tagged.id, tags: tagged.tags }, at)).toEqual({
      id: byTag.body.id,
      title: 'nightly db',
    });
    expect(await service.activeWindowFor({ id: api.id, tags: [] }, at)).toBeNull();
    expect(
      await service.activeWindowFor({ id: tagged.id, tags: tagged.tags }, new Date('2026-11-04T02:31:00Z')),
    ).toBeNull();
    const all = await t
      .http()
      .post('/api/v1/maintenance')
      .set(editor)
      .send({ title: 'everything', all: true, starts_at: '2026-11-04T00:00:00Z', ends_at: '2026-11-04T03:00:00Z' })
      .expect(201);
    expect(await service.activeWindowFor({ id: api.id, tags: [] }, at)).toEqual({
      id: all.body.id,
      title: 'everything',
    });
  });
});
