import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { targets } from '../../src/db/schema.js';
import { createTargetsTestApp, type TargetsTestApp } from './targets-app.js';

const CONFIG = `
endpoints: [] # another domain's section: ignored here
targets:
  - name: npm
    kind: statuspage
    base_url: https://status.npmjs.org
    interval_seconds: 300
  - name: zoom
    enabled: false
`;

describe('/api/v1/targets', () => {
  let t: TargetsTestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-targets-'));
    await writeFile(path.join(dir, 'apimon.yaml'), CONFIG);
    t = await createTargetsTestApp({ CONFIG_PATH: path.join(dir, 'apimon.yaml') });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const stored = async (name: string) => (await t.database.db.select().from(targets).where(eq(targets.name, name)))[0];

  it('lists the built-in defaults (enabled) and the config file targets', async () => {
    const res = await t
      .http()
      .get('/api/v1/targets')
      .set(await t.auth('viewer'))
      .expect(200);
    const byName = Object.fromEntries(res.body.items.map((x: { name: string }) => [x.name, x]));
    for (const name of ['github', 'slack', 'gitlab', 'aws', 'gcp', 'azure-devops']) {
      expect(byName[name]).toMatchObject({ managed_by: 'builtin', enabled: true, interval_seconds: 60 });
    }
    expect(byName.github).toMatchObject({
      kind: 'github',
      type: 'REST',
      base_url: 'https://www.githubstatus.com',
      endpoint: `${t.vendors.url}/github/api/v2/summary.json`,
      status: 'Unknown',
      stale: false,
      last_success_at: null,
      consecutive_failures: 0,
      format_errors_total: 0,
    });
    expect(byName.zoom).toMatchObject({ managed_by: 'config', enabled: false });
    expect(byName.npm).toMatchObject({
      managed_by: 'config',
      kind: 'statuspage',
      interval_seconds: 300,
      endpoint: 'https://status.npmjs.org/api/v2/summary.json',
    });
    expect(byName.gitlab.type).toBe('HTML');
  });

  it('disabled targets are not served by the public API', async () => {
    const names = (await t.http().get('/api/status').expect(200)).body.targets.map((x: { name: string }) => x.name);
    expect(names).not.toContain('zoom');
    expect(names).toContain('npm');
  });

  it('creates a Statuspage target from a name and base URL', async () => {
    const res = await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send({ name: 'cloudflare', kind: 'statuspage', base_url: 'https://www.cloudflarestatus.com/' })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'cloudflare',
      managed_by: 'api',
      enabled: true,
      interval_seconds: 60,
      endpoint: 'https://www.cloudflarestatus.com/api/v2/summary.json',
    });
    await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send({ name: 'cloudflare', kind: 'statuspage', base_url: 'https://x.example' })
      .expect(409);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'everything wrong',
      { name: 'Bad Name', kind: 'pagerduty', base_url: 'not a url', interval_seconds: 10 },
      ['base_url', 'interval_seconds', 'kind', 'name'],
    ],
    ['a statuspage without its URL', { name: 'nourl', kind: 'statuspage' }, ['base_url']],
    ['an unknown field', { name: 'extra', kind: 'github', colour: 'red' }, ['']],
    ['an interval above a day', { name: 'slow', kind: 'github', interval_seconds: 90_000 }, ['interval_seconds']],
  ])('refuses %s with one detail per bad field, storing nothing', async (_name, body, fields) => {
    const res = await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send(body)
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field?: string }) => d.field ?? '').sort()).toEqual(fields);
    if (typeof body.name === 'string') expect(await stored(body.name)).toBeUndefined();
  });

  it('changes interval, enabled state and URL; refuses intervals under 30 s', async () => {
    const res = await t
      .http()
      .put('/api/v1/targets/cloudflare/interval')
      .set(await t.auth())
      .send({ interval_seconds: 120 })
      .expect(200);
    expect(res.body.interval_seconds).toBe(120);
    const bad = await t
      .http()
      .put('/api/v1/targets/cloudflare/interval')
      .set(await t.auth())
      .send({ interval_seconds: 29 })
      .expect(400);
    expect(bad.body.error.details).toEqual([
      { field: 'interval_seconds', message: expect.stringContaining('at least 30') },
    ]);
    expect((await stored('cloudflare'))!.intervalSeconds).toBe(120);

    await t
      .http()
      .post('/api/v1/targets/cloudflare/disable')
      .set(await t.auth())
      .expect(200);
    expect((await stored('cloudflare'))!.enabled).toBe(false);
    await t
      .http()
      .post('/api/v1/targets/cloudflare/enable')
      .set(await t.auth())
      .expect(200);
    expect((await stored('cloudflare'))!.enabled).toBe(true);

    const put = await t
      .http()
      .put('/api/v1/targets/cloudflare')
      .set(await t.auth())
      .send({ base_url: 'https://status.example.org', enabled: false })
      .expect(200);
    expect(put.body).toMatchObject({ base_url: 'https://status.example.org', enabled: false });
    await t
      .http()
      .put('/api/v1/targets/cloudflare')
      .set(await t.auth())
      .send({})
      .expect(400);
  });

  it('built-ins can be reconfigured and disabled but not deleted; config targets are read-only', async () => {
    await t
      .http()
      .post('/api/v1/targets/github/disable')
      .set(await t.auth())
      .expect(200);
    await t
      .http()
      .post('/api/v1/targets/github/enable')
      .set(await t.auth())
      .expect(200);
    const del = await t
      .http()
      .delete('/api/v1/targets/github')
      .set(await t.auth())
      .expect(409);
    expect(del.body.error.code).toBe('BuiltinTargetNotDeletable');
    const cfg = await t
      .http()
      .put('/api/v1/targets/npm/interval')
      .set(await t.auth())
      .send({ interval_seconds: 60 })
      .expect(409);
    expect(cfg.body.error.code).toBe('TargetManagedByConfig');
    await t
      .http()
      .delete('/api/v1/targets/npm')
      .set(await t.auth())
      .expect(409);
    expect((await stored('npm'))!.intervalSeconds).toBe(300);
  });

  it('deletes an API-made target with its services and history', async () => {
    await t
      .http()
      .delete('/api/v1/targets/cloudflare')
      .set(await t.auth())
      .expect(204);
    expect(await stored('cloudflare')).toBeUndefined();
    const res = await t
      .http()
      .get('/api/v1/targets/cloudflare')
      .set(await t.auth())
      .expect(404);
    expect(res.body.error.code).toBe('TargetNotFound');
    await t
      .http()
      .delete('/api/v1/targets/cloudflare')
      .set(await t.auth())
      .expect(404);
  });

  it('a restart keeps API changes to built-ins and re-applies the config file', async () => {
    await t
      .http()
      .put('/api/v1/targets/slack/interval')
      .set(await t.auth())
      .send({ interval_seconds: 90 })
      .expect(200);
    await t.database.db.update(targets).set({ intervalSeconds: 45 }).where(eq(targets.name, 'npm'));
    await writeFile(
      path.join(dir, 'apimon.yaml'),
      'targets:\n  - name: npm\n    kind: statuspage\n    base_url: https://status.npmjs.org\n    interval_seconds: 600\n',
    );
    const { TargetsService } = await import('../../src/targets/targets.service.js');
    await t.app.get(TargetsService).syncConfigured();
    expect((await stored('slack'))!.intervalSeconds).toBe(90);
    expect((await stored('npm'))!.intervalSeconds).toBe(600);
    // zoom left the config file: it is a plain built-in again, keeping its last settings
    expect(await stored('zoom')).toMatchObject({ managedBy: 'builtin' });
  });
});

describe('a bad targets section stops start-up', () => {
  it.each([
    ['targets:\n  - name: npm\n', 'CONFIG_PATH targets.0.kind: required'],
    ['targets: [', 'is not valid YAML'],
  ])('%j → %s', async (yaml, message) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-targets-'));
    try {
      await writeFile(path.join(dir, 'bad.yaml'), yaml);
      await expect(createTargetsTestApp({ CONFIG_PATH: path.join(dir, 'bad.yaml') })).rejects.toThrow(message);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
