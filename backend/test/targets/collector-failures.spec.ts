import { createServer } from 'node:net';
import { USER_AGENT } from '../../src/targets/status-fetcher.js';
import { createTargetsTestApp, type TargetsTestApp } from './targets-app.js';

/** What a failed, unparseable or changed response does to the stored state, one target each. */
describe('collection failures keep the last known data', () => {
  let t: TargetsTestApp;
  beforeAll(async () => {
    t = await createTargetsTestApp({ TARGET_TIMEOUT_MS: '2000' });
  });
  afterAll(() => t.close());

  const services = (target: string) => t.services(target);
  const admin = (target: string) => t.admin(target);
  const overview = async (target: string) =>
    ((await t.http().get('/api/status')).body.targets as { name: string; status: string; stale: boolean }[]).find(
      (x) => x.name === target,
    )!;

  async function knownGood(target: string, fixture: string) {
    t.vendors.serve(target, fixture);
    expect((await t.collect(target)).outcome).toBe('updated');
    return services(target);
  }

  it.each<[string, string, { status: number; contentType?: string; body: string; delayMs?: number }, string, string]>([
    [
      'truncated JSON',
      'github',
      { status: 200, contentType: 'application/json', body: '{"page":{"id":"kctbh9vrtdwd","na' },
      'unparseable',
      'invalid JSON',
    ],
    [
      'an HTML error page with 503',
      'zoom',
      {
        status: 503,
        contentType: 'text/html',
        body: '<html><head><title>503 Service Unavailable</title></head><body>down</body></html>',
      },
      'unparseable',
      'HTTP 503: 503 Service Unavailable',
    ],
    [
      'HTML with 200 where JSON was expected',
      'slack',
      { status: 200, contentType: 'text/html', body: '<!doctype html><title>Slack</title>' },
      'unparseable',
      'HTML or XML where JSON was expected',
    ],
    [
      'an empty body',
      'azure-devops',
      { status: 200, contentType: 'application/json', body: '' },
      'unparseable',
      'empty body',
    ],
    [
      'a JSON error envelope with 500',
      'azure-devops',
      { status: 500, contentType: 'application/json', body: '{"message":"The service is temporarily unavailable."}' },
      'unparseable',
      'HTTP 500: The service is temporarily unavailable.',
    ],
    [
      'a timeout',
      'gcp',
      { status: 200, contentType: 'application/json', body: '[]', delayMs: 4000 },
      'fetch',
      'timed out after 2000 ms',
    ],
    [
      'an object where the incidents array was',
      'gcp',
      { status: 200, contentType: 'application/json', body: '{"incidents":[]}' },
      'format',
      'Google Cloud incidents',
    ],
    [
      'a Statuspage document without components',
      'github',
      {
        status: 200,
        contentType: 'application/json',
        body: '{"page":{"name":"GitHub"},"status":{"indicator":"none"}}',
      },
      'format',
      'components',
    ],
    [
      'an HTML page instead of the status.io JSON',
      'gitlab',
      { status: 200, contentType: 'text/html', body: '<html><title>GitLab System Status</title></html>' },
      'format',
      'GitLab System Status',
    ],
  ])('%s (%s)', async (_name, target, scenario, kind, message) => {
    const fixtures: Record<string, string> = {
      github: 'statuspage-github/summary-degraded.json',
      zoom: 'statuspage-zoom/summary-degraded.json',
      slack: 'slack/current-degraded.json',
      'azure-devops': 'azure-devops/health-degraded.json',
      gcp: 'gcp/incidents-degraded.json',
      gitlab: 'gitlab/statusio-degraded.json',
    };
    const before = await knownGood(target, fixtures[target]!);
    const good = await admin(target);
    const changesBefore = t.events.length;

    t.vendors.set(`/${target}${new URL(good.endpoint).pathname.slice(`/${target}`.length)}`, scenario);
    const result = await t.collect(target);
    expect(result.outcome).toBe('failed');

    const row = await admin(target);
    expect(row.last_error_kind).toBe(kind);
    expect(row.last_error).toContain(message);
    expect(row.last_error_at).toEqual(expect.any(String));
    expect(row.last_success_at).toBe(good.last_success_at);
    expect(row.consecutive_failures).toBe(good.consecutive_failures + 1);
    expect(row.format_errors_total).toBe(good.format_errors_total + (kind === 'format' ? 1 : 0));
    expect(row.stale).toBe(false);
    expect(await services(target)).toEqual(before);
    expect(t.events.length).toBe(changesBefore);
  });

  it('a refused connection is a fetch failure', async () => {
    const port = await closedPort();
    await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send({ name: 'refused', kind: 'statuspage', base_url: `http://127.0.0.1:${port}` })
      .expect(201);
    const result = await t.collect('refused');
    expect(result).toMatchObject({ outcome: 'failed', last_error: 'connection refused' });
    const row = await admin('refused');
    expect([row.status, row.last_success_at, row.last_error_kind]).toEqual(['Unknown', null, 'fetch']);
  });

  it('an unknown status value maps to Unknown for that service and is no error', async () => {
    await knownGood('zoom', 'statuspage-zoom/summary-unknown-status.json');
    const row = await admin('zoom');
    expect([row.last_error_kind === null || row.consecutive_failures === 0, row.status]).toEqual([true, 'Degraded']);
    expect((await services('zoom')).find((s) => s.service === 'Marketplace')).toMatchObject({ status: 'Unknown' });
  });

  it('an empty incident list is a valid "nothing is wrong"', async () => {
    await knownGood('gcp', 'gcp/incidents-degraded.json');
    await knownGood('gcp', 'gcp/incidents-empty.json');
    expect(await services('gcp')).toEqual([]);
    expect((await overview('gcp')).status).toBe('OK');
  });

  it('after 3 failures in a row the services are served Unknown and stale, until a success', async () => {
    const before = await knownGood('slack', 'slack/current-major-outage.json');
    expect(before.every((s) => s.stale === undefined)).toBe(true);
    t.vendors.serve('slack', 'slack/current-truncated.json');
    for (const streak of [1, 2, 3]) {
      await t.collect('slack');
      expect((await admin('slack')).consecutive_failures).toBe(streak);
    }
    const stale = await services('slack');
    expect(stale.map((s) => s.service)).toEqual(before.map((s) => s.service));
    expect(stale.every((s) => s.status === 'Unknown' && s.stale === true)).toBe(true);
    expect(await overview('slack')).toMatchObject({ status: 'Unknown', stale: true });
    expect((await admin('slack')).stale).toBe(true);
    const filtered = (await t.http().get('/api/status?status=Unknown')).body.targets.find(
      (x: { name: string }) => x.name === 'slack',
    );
    expect(filtered.services).toHaveLength(before.length);

    await knownGood('slack', 'slack/current-major-outage.json');
    expect(await services('slack')).toEqual(before);
    expect(await overview('slack')).toMatchObject({ status: 'Outage', stale: false });
  });

  it('sends a descriptive User-Agent and conditional requests, and a 304 keeps the data as fresh', async () => {
    t.vendors.serve('gitlab', 'gitlab/statusio-ok.json', { etag: '"v1"' });
    await t.collect('gitlab');
    const first = t.vendors.requestsTo('gitlab').at(-1)!;
    expect(first.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^apimon\/\d+\.\d+\.\d+ \(.+\)$/);
    const fresh = await admin('gitlab');

    const result = await t.collect('gitlab');
    expect(result.outcome).toBe('not-modified');
    expect(t.vendors.requestsTo('gitlab').at(-1)!.headers['if-none-match']).toBe('"v1"');
    const after = await admin('gitlab');
    expect(after.consecutive_failures).toBe(0);
    expect(new Date(after.last_success_at).getTime()).toBeGreaterThanOrEqual(new Date(fresh.last_success_at).getTime());
    expect((await services('gitlab')).length).toBe(17);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
