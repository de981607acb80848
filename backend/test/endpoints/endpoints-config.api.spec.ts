import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { SecretBox } from '../../src/common/secret-box.js';
import type { Database } from '../../src/db/database.js';
import { endpoints } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { createTestDatabase } from '../database.js';

/** One database kept across several app start-ups (the app closes its database on shutdown). */
async function keptDatabase(): Promise<{ database: Database; close: () => Promise<void> }> {
  const database = await createTestDatabase();
  return { database: { ...database, close: async () => undefined }, close: () => database.close() };
}

describe('endpoints from the YAML configuration file', () => {
  let dir: string;
  let file: string;
  let kept: Awaited<ReturnType<typeof keptDatabase>>;
  let t: TestApp | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-config-'));
    file = path.join(dir, 'apimon.yaml');
    kept = await keptDatabase();
  });
  afterAll(async () => {
    await t?.close();
    await kept.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function start(yaml: string): Promise<TestApp> {
    await t?.close();
    t = undefined;
    await writeFile(file, yaml);
    t = await createTestApp({ CONFIG_PATH: file }, kept.database);
    return t;
  }
  const rows = () => kept.database.db.select().from(endpoints).orderBy(asc(endpoints.id));

  const v1 = `
endpoints:
  - name: Orders API
    url: https://orders.example.test/health
    interval: 30
    timeout: 2
    headers:
      - { name: Authorization, value: Bearer from-file }
    assertions:
      - { type: json_path, path: $.status, op: equals, value: healthy }
      - { type: body_matches, pattern: "ok|up", flags: i }
    tags: [prod]
  - name: Billing API
    url: https://billing.example.test/health
  - name: nightly backup
    kind: push
    period_seconds: 86400
targets: []
`;

  it('creates the entries at start-up, managed by the file, secrets encrypted', async () => {
    const app = await start(v1);
    const res = await app
      .http()
      .get('/api/v1/endpoints?sort=created_at')
      .set(await app.auth('editor'))
      .expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.endpoints).toMatchObject([
      {
        name: 'Orders API',
        interval: 30,
        timeout: 2,
        managed_by: 'config',
        headers: [{ name: 'Authorization', value: '********', secret: true }],
      },
      { name: 'Billing API', interval: 60, managed_by: 'config' },
      {
        name: 'nightly backup',
        kind: 'push',
        ping_url: expect.stringMatching(/^\/api\/v1\/push\/.{43}$/),
        managed_by: 'config',
      },
    ]);
    const [orders] = await rows();
    expect(app.app.get(SecretBox).decrypt(orders!.headers[0]!.value)).toBe('Bearer from-file');
  });

  it('leaves unchanged entries untouched on the next start-up', async () => {
    const before = await rows();
    const app = await start(v1);
    const after = await rows();
    expect(after.map((r) => [r.id, r.updatedAt.toISOString(), r.pushTokenHash])).toEqual(
      before.map((r) => [r.id, r.updatedAt.toISOString(), r.pushTokenHash]),
    );
    expect(app).toBeDefined();
  });

  it.each([
    [
      'PUT',
      (id: number, a: TestApp) => a.http().put(`/api/v1/endpoints/${id}`).send({ name: 'x', url: 'https://x.test' }),
    ],
    ['PATCH', (id: number, a: TestApp) => a.http().patch(`/api/v1/endpoints/${id}`).send({ retries: 0 })],
    ['DELETE', (id: number, a: TestApp) => a.http().delete(`/api/v1/endpoints/${id}`)],
  ])('refuses %s of a managed endpoint with 409 EndpointManaged', async (_method, call) => {
    const [orders] = await rows();
    const res = await call(orders!.id, t!).set(await t!.auth('editor'));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EndpointManaged');
    expect((await rows())[0]).toEqual(orders);
  });

  it('allows pause and resume of a managed endpoint', async () => {
    const [orders] = await rows();
    await t!
      .http()
      .post(`/api/v1/endpoints/${orders!.id}/pause`)
      .set(await t!.auth('editor'))
      .expect(200);
    expect((await rows())[0]!.isActive).toBe(false);
    await t!
      .http()
      .post(`/api/v1/endpoints/${orders!.id}/resume`)
      .set(await t!.auth('editor'))
      .expect(200);
  });

  it('updates changed entries, adds new ones, and deactivates and releases removed ones', async () => {
    const before = await rows();
    await start(`
endpoints:
  - name: Orders API
    url: https://orders.example.test/v2/health
    interval: 30
    timeout: 2
    headers:
      - { name: Authorization, value: Bearer rotated }
    tags: [prod, eu]
  - name: Search API
    url: https://search.example.test/health
    is_active: false
`);
    const after = await rows();
    expect(after).toHaveLength(4);
    const byName = new Map(after.map((r) => [r.name, r]));
    expect(byName.get('Orders API')).toMatchObject({
      id: before[0]!.id,
      url: 'https://orders.example.test/v2/health',
      tags: ['prod', 'eu'],
      assertions: [],
      managedBy: 'config',
    });
    expect(t!.app.get(SecretBox).decrypt(byName.get('Orders API')!.headers[0]!.value)).toBe('Bearer rotated');
    expect(byName.get('Search API')).toMatchObject({ managedBy: 'config', isActive: false });
    for (const name of ['Billing API', 'nightly backup']) {
      expect(byName.get(name)).toMatchObject({ isActive: false, managedBy: null });
    }
    // Released: the API may now delete it.
    await t!
      .http()
      .delete(`/api/v1/endpoints/${byName.get('Billing API')!.id}`)
      .set(await t!.auth('editor'))
      .expect(204);
  });

  it.each([
    [
      'a value out of range',
      'endpoints:\n  - { name: a, url: "https://a.test" }\n  - { name: b, url: "https://b.test" }\n  - { name: c, url: "https://c.test", interval: 2 }\n',
      'endpoints[2].interval: must be at least 5',
    ],
    [
      'an unknown field',
      'endpoints:\n  - { name: a, url: "https://a.test", expected: 200 }\n',
      'endpoints[0].expected: is not a known field',
    ],
    ['broken YAML', 'endpoints:\n  - name: [\n', 'YAML:'],
  ])('stops start-up on %s, naming entry and field, and changes nothing', async (_label, yaml, message) => {
    await t?.close();
    t = undefined;
    const before = await rows();
    await writeFile(file, yaml);
    await expect(createTestApp({ CONFIG_PATH: file }, kept.database)).rejects.toThrow(message);
    expect(await rows()).toEqual(before);
  });

  it('stops start-up when CONFIG_PATH does not exist', async () => {
    await expect(createTestApp({ CONFIG_PATH: path.join(dir, 'missing.yaml') }, kept.database)).rejects.toThrow(
      /CONFIG_PATH: cannot read .* \(ENOENT\)/,
    );
  });

  it('starts without CONFIG_PATH and leaves managed endpoints alone', async () => {
    const before = await rows();
    t = await createTestApp({}, kept.database);
    expect(await rows()).toEqual(before);
    const [orders] = await kept.database.db.select().from(endpoints).where(eq(endpoints.name, 'Orders API'));
    expect(orders!.managedBy).toBe('config');
  });
});
