import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../app.js';

describe('usage tag management (/api/v1/usage/tags)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const createTag = async (name: string, extra: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post('/api/v1/usage/tags')
        .set(await t.auth('editor'))
        .send({ name, ...extra })
        .expect(201)
    ).body;

  it('creates, lists with counts and last use, and shows one tag', async () => {
    const tag = await createTag('mgmt-list', { anonymous_updates: true });
    expect(tag).toMatchObject({ name: 'mgmt-list', use_count: 0, last_used_at: null, is_active: true });
    await t.http().get('/update?tag=mgmt-list').expect(200, '1');
    const list = (
      await t
        .http()
        .get('/api/v1/usage/tags')
        .set(await t.auth('viewer'))
        .expect(200)
    ).body.data;
    const listed = list.find((x: { name: string }) => x.name === 'mgmt-list');
    expect(listed.use_count).toBe(1);
    expect(Date.parse(listed.last_used_at)).toBeGreaterThan(Date.now() - 60_000);
    const one = await t
      .http()
      .get(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('viewer'))
      .expect(200);
    expect(one.body.use_count).toBe(1);
  });

  it('refuses bad input with one detail per field and stores nothing', async () => {
    const res = await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: 'has space', anonymous_updates: 'yes' })
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['anonymous_updates', 'name']);
    const list = (
      await t
        .http()
        .get('/api/v1/usage/tags')
        .set(await t.auth())
        .expect(200)
    ).body.data;
    expect(list.some((x: { name: string }) => x.name === 'has space')).toBe(false);
  });

  it('answers 409 UsageTagExists for a taken name, on create and on rename', async () => {
    await createTag('taken');
    const other = await createTag('free');
    const dup = await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: 'taken' })
      .expect(409);
    expect(dup.body.error.code).toBe('UsageTagExists');
    const rename = await t
      .http()
      .patch(`/api/v1/usage/tags/${other.id}`)
      .set(await t.auth('editor'))
      .send({ name: 'taken' })
      .expect(409);
    expect(rename.body.error.code).toBe('UsageTagExists');
  });

  it('renames a tag keeping its count and history', async () => {
    const tag = await createTag('old-name', { anonymous_updates: true });
    await t.http().get('/update?tag=old-name').expect(200, '1');
    const renamed = await t
      .http()
      .patch(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('editor'))
      .send({ name: 'new-name' })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'new-name', use_count: 1 });
    await t.http().get('/update?tag=new-name').expect(200, '2');
    await t.http().get('/update?tag=old-name').expect(401);
  });

  it('deactivates (updates refused) and reactivates a tag', async () => {
    const tag = await createTag('toggle', { anonymous_updates: true });
    await t.http().get('/update?tag=toggle').expect(200, '1');
    await t
      .http()
      .patch(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('editor'))
      .send({ is_active: false })
      .expect(200);
    await t.http().get('/update?tag=toggle').expect(401);
    await t
      .http()
      .patch(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('editor'))
      .send({ is_active: true })
      .expect(200);
    await t.http().get('/update?tag=toggle').expect(200, '2');
  });

  it('deletes a tag with its history', async () => {
    const tag = await createTag('doomed', { anonymous_updates: true });
    await t.http().get('/update?tag=doomed').expect(200);
    await t.http().get('/update?tag=doomed').expect(200);
    await t
      .http()
      .delete(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('editor'))
      .expect(204);
    await t
      .http()
      .delete(`/api/v1/usage/tags/${tag.id}`)
      .set(await t.auth('editor'))
      .expect(404);
    const left = await t.database.db.execute(sql`select count(*)::int as n from usage_events where tag_id = ${tag.id}`);
    expect((left as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('answers 404 UsageTagNotFound and 400 for a bad id', async () => {
    const res = await t
      .http()
      .get('/api/v1/usage/tags/999999')
      .set(await t.auth())
      .expect(404);
    expect(res.body.error.code).toBe('UsageTagNotFound');
    await t
      .http()
      .patch('/api/v1/usage/tags/999999')
      .set(await t.auth('editor'))
      .send({ is_active: false })
      .expect(404);
    const bad = await t
      .http()
      .get('/api/v1/usage/tags/abc')
      .set(await t.auth())
      .expect(400);
    expect(bad.body.error.code).toBe('ValidationFailed');
  });

  it('counts uses per hour and per day', async () => {
    const tag = await createTag('charted', { anonymous_updates: true });
    for (let i = 0; i < 3; i++) await t.http().get('/update?tag=charted').expect(200);
    // Two older uses, written as history rows of earlier hours and days.
    await t.database.db.execute(sql`
      insert into usage_events (tag_id, seq, used_at) values
      (${tag.id}, 100, now() - interval '3 hours'), (${tag.id}, 101, now() - interval '3 days')`);
    const hours = await t
      .http()
      .get(`/api/v1/usage/tags/${tag.id}/series?bucket=hour`)
      .set(await t.auth('viewer'))
      .expect(200);
    expect(hours.body.bucket).toBe('hour');
    expect(hours.body.points.map((p: { count: number }) => p.count)).toEqual([1, 3]);
    expect(hours.body.points[1].at).toMatch(/T\d\d:00:00\.000Z$/);
    const days = await t
      .http()
      .get(`/api/v1/usage/tags/${tag.id}/series?bucket=day`)
      .set(await t.auth('viewer'))
      .expect(200);
    const counts = days.body.points.map((p: { count: number }) => p.count);
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(5);
    expect(counts[0]).toBe(1);
    expect(days.body.points[0].at).toMatch(/T00:00:00\.000Z$/);
  });

  it('refuses a bad series window', async () => {
    const tag = await createTag('window');
    const res = await t
      .http()
      .get(`/api/v1/usage/tags/${tag.id}/series?bucket=week&from=yesterday`)
      .set(await t.auth())
      .expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['bucket', 'from']);
    const wide = await t
      .http()
      .get(`/api/v1/usage/tags/${tag.id}/series?bucket=hour&from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`)
      .set(await t.auth())
      .expect(400);
    expect(wide.body.error.details[0].field).toBe('from');
  });
});
