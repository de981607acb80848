import { eq } from 'drizzle-orm';
import { MASK, SecretBox } from '../../src/common/secret-box.js';
import { endpoints } from '../../src/db/schema.js';
import { EndpointsService } from '../../src/endpoints/endpoints.service.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from './endpoint-factory.js';

describe('secret headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const row = async (id: number) => (await t.database.db.select().from(endpoints).where(eq(endpoints.id, id)))[0]!;
  const headers = [
    { name: 'Authorization', value: 'Bearer s3cret-token' },
    { name: 'Cookie', value: 'session=abc' },
    { name: 'X-Api-Key', value: 'key-123', secret: true },
    { name: 'Accept', value: 'application/json' },
  ];

  it('encrypts Authorization, Cookie and marked headers at rest and masks them on the wire', async () => {
    const created = await makeEndpoint(t, { headers });
    expect(created.headers).toEqual([
      { name: 'Authorization', value: MASK, secret: true },
      { name: 'Cookie', value: MASK, secret: true },
      { name: 'X-Api-Key', value: MASK, secret: true },
      { name: 'Accept', value: 'application/json', secret: false },
    ]);
    const stored = (await row(created.id)).headers;
    const box = t.app.get(SecretBox);
    expect(stored.slice(0, 3).every((h) => h.secret && SecretBox.isEncrypted(h.value))).toBe(true);
    expect(stored.slice(0, 3).map((h) => box.decrypt(h.value))).toEqual([
      'Bearer s3cret-token',
      'session=abc',
      'key-123',
    ]);
    expect(stored[3]).toEqual({ name: 'Accept', value: 'application/json', secret: false });
    expect(JSON.stringify(stored)).not.toContain('s3cret');
    const listed = await t
      .http()
      .get('/api/v1/endpoints')
      .set(await t.auth('viewer'))
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/s3cret|session=abc|key-123|enc:v1/);
  });

  it('keeps the stored secret when the edit form sends the mask back, and replaces it when changed', async () => {
    const created = await makeEndpoint(t, { headers });
    const before = (await row(created.id)).headers;
    // The form round-trips what GET showed, with one secret changed and the name edited.
    const roundTrip = created.headers.map((h: { name: string; value: string }) =>
      h.name === 'Cookie' ? { ...h, value: 'session=new' } : h,
    );
    await t
      .http()
      .put(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ ...created, name: 'Edited', headers: roundTrip })
      .expect(200);
    const after = (await row(created.id)).headers;
    expect(after[0]!.value).toBe(before[0]!.value);
    expect(after[2]!.value).toBe(before[2]!.value);
    const target = await t.app.get(EndpointsService).checkTarget(created.id);
    expect(target.headers).toEqual([
      { name: 'Authorization', value: 'Bearer s3cret-token' },
      { name: 'Cookie', value: 'session=new' },
      { name: 'X-Api-Key', value: 'key-123' },
      { name: 'Accept', value: 'application/json' },
    ]);
  });

  it('keeps secrets through a PATCH that does not touch headers', async () => {
    const created = await makeEndpoint(t, { headers });
    await t
      .http()
      .patch(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('editor'))
      .send({ retries: 2 })
      .expect(200);
    const target = await t.app.get(EndpointsService).checkTarget(created.id);
    expect(target.headers[0]).toEqual({ name: 'Authorization', value: 'Bearer s3cret-token' });
  });

  it('refuses a mask with no stored secret behind it, storing nothing', async () => {
    const res = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth('editor'))
      .send({ name: 'masked', url: 'http://127.0.0.1:9/', headers: [{ name: 'Authorization', value: MASK }] })
      .expect(400);
    expect(res.body.error.details).toEqual([{ field: 'headers.0.value', message: expect.stringContaining('masked') }]);
    const all = await t.database.db.select().from(endpoints).where(eq(endpoints.name, 'masked'));
    expect(all).toEqual([]);
  });

  it('gives the dry run a target with masked secrets filled in from the stored endpoint', async () => {
    const created = await makeEndpoint(t, { headers });
    const service = t.app.get(EndpointsService);
    const target = await service.dryRunTarget({ ...created, timeout: 3 }, created.id);
    expect(target).toMatchObject({ url: created.url, timeoutMs: 3000, method: 'GET' });
    expect(target.headers.map((h) => h.value)).toEqual([
      'Bearer s3cret-token',
      'session=abc',
      'key-123',
      'application/json',
    ]);
    // Without a stored endpoint the mask cannot be resolved; a plain unsaved body needs none.
    await expect(service.dryRunTarget({ ...created })).rejects.toMatchObject({ code: 'ValidationFailed' });
    const unsaved = await service.dryRunTarget({
      name: 'x',
      url: 'http://127.0.0.1:9/',
      headers: [{ name: 'Cookie', value: 'a=b' }],
    });
    expect(unsaved.headers).toEqual([{ name: 'Cookie', value: 'a=b' }]);
    await expect(service.dryRunTarget({ name: 'p', kind: 'push', period_seconds: 60 })).rejects.toMatchObject({
      details: [{ field: 'kind', message: expect.any(String) }],
    });
  });
});
