import { EXPECTED, MANIFEST } from './vendor-fixtures.js';
import { DOCUMENT_PATHS } from './fixture-server.js';
import { createTargetsTestApp, type TargetsTestApp } from './targets-app.js';

/** Which built-in target reads which fixture folder (the summary document for Statuspage). */
const FOLDER_TARGET: Record<string, string> = {
  'statuspage-github': 'github',
  'statuspage-zoom': 'zoom',
  slack: 'slack',
  gitlab: 'gitlab',
  aws: 'aws',
  gcp: 'gcp',
  'azure-devops': 'azure-devops',
};

const builtinScenarios = Object.keys(MANIFEST).filter((file) => {
  const meta = MANIFEST[file]!;
  const target = FOLDER_TARGET[file.split('/')[0]!];
  if (!target || !meta.parser) return false;
  if (meta.parser.startsWith('sp-') && meta.parser !== 'sp-summary') return false;
  return meta.parser !== 'aws-rss';
});
const isFailure = (file: string) =>
  EXPECTED[file]!.length === 1 && EXPECTED[file]![0]!.status === 'Unknown' && !/unknown/.test(file);

describe('the collector against local vendor pages', () => {
  let t: TargetsTestApp;
  beforeAll(async () => {
    t = await createTargetsTestApp();
  });
  afterAll(() => t.close());

  const services = (target: string) => t.services(target);
  const admin = (target: string) => t.admin(target);

  it.each(builtinScenarios)('%s: stored and served as the fixture rules say', async (file) => {
    const target = FOLDER_TARGET[file.split('/')[0]!]!;
    const expected = EXPECTED[file]!;
    // A known-good state first, so that a failure visibly keeps it.
    const ok = Object.keys(MANIFEST).find(
      (f) => f.startsWith(file.split('/')[0]!) && /ok\.json$/.test(f) && MANIFEST[f]!.parser === MANIFEST[file]!.parser,
    )!;
    t.vendors.serve(target, ok);
    expect((await t.collect(target)).outcome).toBe('updated');
    const before = await services(target);

    t.vendors.serve(target, file);
    const result = await t.collect(target);
    const row = await admin(target);
    if (isFailure(file)) {
      expect(result.outcome).toBe('failed');
      expect(row.last_error).toEqual(expect.any(String));
      expect(row.consecutive_failures).toBe(1);
      expect(await services(target)).toEqual(before);
    } else {
      expect(result.outcome).toBe('updated');
      expect(row.last_error_kind === null || row.consecutive_failures === 0).toBe(true);
      expect(row.status).toBe(expected[0]!.status);
      expect(row.display_name).toBe(expected[0]!.service);
      const got = (await services(target)).map((s) => ({
        service: s.service,
        status: s.status,
        ...(s.dimensions.maintenance ? { maintenance: true } : {}),
      }));
      const want = expected.slice(1);
      const sort = (l: { service: string }[]) => [...l].sort((a, b) => a.service.localeCompare(b.service));
      expect(sort(got)).toEqual(sort(want));
    }
  });

  it('reads any Statuspage document through a configured statuspage target', async () => {
    for (const file of Object.keys(MANIFEST).filter((f) =>
      /^sp-(status|components|unresolved)$/.test(MANIFEST[f]!.parser ?? ''),
    )) {
      const path = new URL(MANIFEST[file]!.url).pathname;
      const name = `sp-${file.replace(/[^a-z0-9]+/g, '-').slice(0, 40)}`;
      t.vendors.set(`/${name}${path}`, {
        status: 200,
        contentType: 'application/json',
        body: (await import('./vendor-fixtures.js')).fixtureBody(file),
      });
      const created = await t
        .http()
        .post('/api/v1/targets')
        .set(await t.auth())
        .send({ name, kind: 'statuspage', base_url: `${t.vendors.url}/${name}${path}` });
      expect(created.status).toBe(201);
      expect(created.body.endpoint).toBe(`${t.vendors.url}/${name}${path}`);
      expect((await t.collect(name)).outcome).toBe('updated');
      const row = await admin(name);
      expect([row.display_name, row.status]).toEqual([EXPECTED[file]![0]!.service, EXPECTED[file]![0]!.status]);
      expect((await services(name)).map((s) => s.service).sort()).toEqual(
        EXPECTED[file]!.slice(1)
          .map((e) => e.service)
          .sort(),
      );
    }
  });

  it('reads an AWS per-service RSS feed through an aws-rss target', async () => {
    const name = 'aws-ec2-us-east-1';
    t.vendors.set('/rss/ec2-us-east-1.rss', {
      status: 200,
      contentType: 'application/rss+xml',
      body: (await import('./vendor-fixtures.js')).fixtureBody('aws/rss-ec2-us-east-1-outage.rss'),
    });
    await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send({ name, kind: 'aws-rss', base_url: `${t.vendors.url}/rss/ec2-us-east-1.rss` })
      .expect(201);
    expect((await t.collect(name)).outcome).toBe('updated');
    expect((await services(name)).map((s) => [s.service, s.status])).toEqual([
      ['Amazon Elastic Compute Cloud (N. Virginia)', 'Outage'],
    ]);
  });

  it('knows every built-in document path', () => {
    expect(Object.keys(DOCUMENT_PATHS).sort()).toEqual(Object.values(FOLDER_TARGET).sort());
  });
});
