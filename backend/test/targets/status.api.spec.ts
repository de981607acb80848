import { createTargetsTestApp, type TargetsTestApp } from './targets-app.js';

/** A Statuspage summary with the names that break naive routing: spaces, unicode, slashes, "&". */
function summary(components: [string, string][], indicator = 'minor') {
  return JSON.stringify({
    page: {
      id: 'abc123def456',
      name: 'Example',
      url: 'https://status.example.com',
      updated_at: '2026-01-01T10:00:00.000Z',
    },
    status: { indicator, description: 'Minor Service Outage' },
    components: components.map(([name, status], i) => ({
      id: `c${i}`,
      name,
      status,
      updated_at: '2026-01-01T09:00:00.000Z',
      group_id: null,
      group: false,
    })),
    incidents: [
      {
        id: 'inc1',
        name: 'Delayed meetings in Tokyo',
        status: 'investigating',
        impact: 'minor',
        shortlink: 'https://stspg.io/abc',
        updated_at: '2026-01-01T09:30:00.000Z',
        components: [{ id: 'c0', name: components[0]![0], status: components[0]![1] }],
      },
    ],
    scheduled_maintenances: [],
  });
}

describe('the unified status API', () => {
  let t: TargetsTestApp;
  const serveExample = (components: [string, string][], indicator?: string) =>
    t.vendors.set('/example/api/v2/summary.json', {
      status: 200,
      contentType: 'application/json',
      body: summary(components, indicator),
    });

  beforeAll(async () => {
    t = await createTargetsTestApp();
    t.vendors.serve('github', 'statuspage-github/summary-degraded.json');
    await t.collect('github');
    t.vendors.serve('zoom', 'statuspage-zoom/summary-major-outage.json');
    await t.collect('zoom');
    serveExample([
      ['会議 (東京)', 'partial_outage'],
      ['Copilot & GitHub Models ✨', 'operational'],
      ['SMS/MMS', 'major_outage'],
      ['Rooms', 'under_maintenance'],
    ]);
    await t
      .http()
      .post('/api/v1/targets')
      .set(await t.auth())
      .send({ name: 'example', kind: 'statuspage', base_url: `${t.vendors.url}/example` })
      .expect(201);
    await t.collect('example');
  });
  afterAll(() => t.close());

  it('GET /api/status answers the scheme for every enabled target, without credentials', async () => {
    const res = await t.http().get('/api/status').expect(200);
    const names = res.body.targets.map((x: { name: string }) => x.name);
    expect(names).toEqual(
      expect.arrayContaining(['github', 'zoom', 'slack', 'gitlab', 'aws', 'gcp', 'azure-devops', 'example']),
    );
    const github = res.body.targets.find((x: { name: string }) => x.name === 'github');
    expect(github).toMatchObject({
      name: 'github',
      endpoint: `${t.vendors.url}/github/api/v2/summary.json`,
      type: 'REST',
      displayName: 'GitHub',
      status: 'Degraded',
      lastTimestamp: '2025-03-13T14:27:45.002Z',
      stale: false,
    });
    const actions = github.services.find((s: { name: string }) => s.name === 'Actions');
    expect(actions).toEqual({
      name: 'Actions',
      lastTimestamp: '2025-03-13T13:41:09.350Z',
      status: 'Degraded',
      dimensions: expect.objectContaining({ rawStatus: 'degraded_performance', serviceId: 'br0l2tvcx85d' }),
    });
    for (const target of res.body.targets) {
      for (const s of target.services) {
        expect(Object.keys(s).sort()).toEqual(['dimensions', 'lastTimestamp', 'name', 'status']);
        expect(['OK', 'Degraded', 'Outage', 'Unknown']).toContain(s.status);
        expect(s.dimensions).toHaveProperty('rawStatus');
      }
    }
    const gitlab = res.body.targets.find((x: { name: string }) => x.name === 'gitlab');
    expect(gitlab).toMatchObject({ type: 'HTML', status: 'Unknown', services: [] });
  });

  it('?status= filters services (case-insensitive, several at once) and drops targets left empty', async () => {
    const outage = (await t.http().get('/api/status?status=Outage').expect(200)).body.targets;
    expect(outage.map((x: { name: string }) => x.name).sort()).toEqual(['example', 'zoom']);
    expect(outage.flatMap((x: { services: { status: string }[] }) => x.services.map((s) => s.status))).toEqual(
      expect.arrayContaining(['Outage']),
    );
    expect(new Set(outage.flatMap((x: { services: { status: string }[] }) => x.services.map((s) => s.status)))).toEqual(
      new Set(['Outage']),
    );

    const both = (await t.http().get('/api/status?status=degraded,OUTAGE').expect(200)).body.targets;
    const statuses = new Set(both.flatMap((x: { services: { status: string }[] }) => x.services.map((s) => s.status)));
    expect(statuses).toEqual(new Set(['Degraded', 'Outage']));
  });

  it('a bad status filter is a 400 naming the field', async () => {
    const res = await t.http().get('/api/status?status=Broken').expect(400);
    expect(res.body.error).toMatchObject({
      code: 'ValidationFailed',
      details: [{ field: 'status', message: expect.stringContaining('OK, Degraded, Outage, Unknown') }],
    });
  });

  it('GET /api/status/{target} lists its services in the item scheme, case-insensitively', async () => {
    const res = await t.http().get('/api/status/GitHub').expect(200);
    expect(res.body.length).toBe(11);
    expect(res.body.find((s: { service: string }) => s.service === 'Pages')).toEqual({
      target: 'github',
      service: 'Pages',
      lastTimestamp: '2025-03-10T08:14:02.107Z',
      status: 'OK',
      dimensions: { rawStatus: 'operational', serviceId: 'vg70hn9s2tyj' },
    });
    const degraded = (await t.http().get('/api/status/github?status=Degraded').expect(200)).body;
    expect(degraded.map((s: { service: string }) => s.service).sort()).toEqual(['Actions', 'Pull Requests']);
  });

  it.each([
    ['/api/status/github/Pages', 'github', 'Pages'],
    ['/api/status/GITHUB/pages', 'github', 'Pages'],
    ['/api/status/github/Git%20Operations', 'github', 'Git Operations'],
    ['/api/status/github/git%20operations', 'github', 'Git Operations'],
    ['/api/status/zoom/SMS%2FMMS', 'zoom', 'SMS/MMS'],
    [`/api/status/example/${encodeURIComponent('会議 (東京)')}`, 'example', '会議 (東京)'],
    [
      `/api/status/example/${encodeURIComponent('Copilot & GitHub Models ✨')}`,
      'example',
      'Copilot & GitHub Models ✨',
    ],
  ])('GET %s finds %s / %s', async (path, target, service) => {
    const res = await t.http().get(path).expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ target, service });
  });

  it('carries maintenance and the open incident in dimensions', async () => {
    const [rooms] = (await t.http().get('/api/status/example/rooms').expect(200)).body;
    expect(rooms).toMatchObject({
      status: 'Degraded',
      dimensions: { rawStatus: 'under_maintenance', maintenance: true },
    });
    const [tokyo] = (
      await t
        .http()
        .get(`/api/status/example/${encodeURIComponent('会議 (東京)')}`)
        .expect(200)
    ).body;
    expect(tokyo.dimensions).toMatchObject({
      rawStatus: 'partial_outage',
      incidentTitle: 'Delayed meetings in Tokyo',
      incidentLink: 'https://stspg.io/abc',
    });
  });

  it.each([
    ['/api/status/nosuch', 'TargetNotFound', 'The specified target does not exist.'],
    ['/api/status/nosuch/Pages', 'TargetNotFound', 'The specified target does not exist.'],
    ['/api/status/nosuch/Pages/history', 'TargetNotFound', 'The specified target does not exist.'],
    ['/api/status/github/No%20Such%20Service', 'ServiceNotFound', 'The specified service does not exist.'],
    ['/api/status/github/nosuch/history', 'ServiceNotFound', 'The specified service does not exist.'],
  ])('GET %s → 404 %s', async (path, code, message) => {
    const res = await t.http().get(path).expect(404);
    expect(res.body.error).toMatchObject({ code, message });
  });

  it('stores status changes, emits them as events and serves them as history', async () => {
    serveExample([
      ['会議 (東京)', 'major_outage'],
      ['Copilot & GitHub Models ✨', 'operational'],
      ['SMS/MMS', 'operational'],
      ['Rooms', 'operational'],
    ]);
    const eventsBefore = t.events.length;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    await t.collect('example');
    const events = t.events.slice(eventsBefore);
    expect(events.map((e) => [e.service, e.from, e.to, e.maintenance]).sort()).toEqual(
      [
        ['Rooms', 'Degraded', 'OK', false],
        ['SMS/MMS', 'Outage', 'OK', false],
        ['会議 (東京)', 'Degraded', 'Outage', false],
      ].sort(),
    );
    expect(events[0]).toMatchObject({
      target: 'example',
      targetDisplayName: 'Example',
      changeId: expect.any(Number),
      at: expect.any(Date),
    });

    const path = `/api/status/example/${encodeURIComponent('会議 (東京)')}/history`;
    const history = (await t.http().get(`${path}?from=${since}`).expect(200)).body;
    expect(history).toMatchObject({
      target: 'example',
      service: '会議 (東京)',
      from: since,
      initialStatus: 'Degraded',
    });
    expect(history.changes).toEqual([{ at: expect.any(String), from: 'Degraded', to: 'Outage' }]);

    const all = (await t.http().get(path).expect(200)).body;
    expect(all.initialStatus).toBeNull();
    expect(all.changes.map((c: { from: string | null; to: string }) => [c.from, c.to])).toEqual([
      [null, 'Degraded'],
      ['Degraded', 'Outage'],
    ]);
    expect(new Date(all.to).getTime() - new Date(all.from).getTime()).toBe(86_400_000);

    const strips = (
      await t
        .http()
        .get('/api/v1/targets/example/history')
        .set(await t.auth())
        .expect(200)
    ).body.items;
    expect(strips.map((s: { service: string }) => s.service).sort()).toEqual(
      ['Copilot & GitHub Models ✨', 'Rooms', 'SMS/MMS', '会議 (東京)'].sort(),
    );
  });

  it.each([
    ['?from=yesterday', 'from'],
    ['?to=2026-01-01', 'to'],
    ['?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
    ['?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
  ])('history%s is a 400 naming %s', async (query, field) => {
    const res = await t.http().get(`/api/status/github/Pages/history${query}`).expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});
