import { createTargetsTestApp, type TargetsTestApp } from './targets-app.js';

describe('scheduling', () => {
  describe('due targets', () => {
    let t: TargetsTestApp;
    beforeAll(async () => {
      t = await createTargetsTestApp();
      for (const [target, fixture] of [
        ['github', 'statuspage-github/summary-ok.json'],
        ['zoom', 'statuspage-zoom/summary-ok.json'],
        ['slack', 'slack/current-ok.json'],
        ['gitlab', 'gitlab/statusio-ok.json'],
        ['aws', 'aws/currentevents-ok.json'],
        ['gcp', 'gcp/incidents-ok.json'],
        ['azure-devops', 'azure-devops/health-ok.json'],
      ] as const) {
        t.vendors.serve(target, fixture);
      }
    });
    afterAll(() => t.close());

    it('collects each enabled target once per interval', async () => {
      const t0 = new Date();
      const first = await t.collector.collectDue(t0);
      expect(first.map((r) => r.target).sort()).toEqual([
        'aws',
        'azure-devops',
        'gcp',
        'github',
        'gitlab',
        'slack',
        'zoom',
      ]);
      expect(first.filter((r) => r.outcome !== 'updated')).toEqual([]);

      expect(await t.collector.collectDue(new Date(t0.getTime() + 30_000))).toEqual([]);

      await t
        .http()
        .put('/api/v1/targets/zoom/interval')
        .set(await t.auth())
        .send({ interval_seconds: 120 })
        .expect(200);
      await t
        .http()
        .post('/api/v1/targets/slack/disable')
        .set(await t.auth())
        .expect(200);
      const later = await t.collector.collectDue(new Date(t0.getTime() + 60_000));
      expect(later.map((r) => r.target).sort()).toEqual(['aws', 'azure-devops', 'gcp', 'github', 'gitlab']);
      const evenLater = await t.collector.collectDue(new Date(t0.getTime() + 120_000));
      expect(evenLater.map((r) => r.target).sort()).toEqual(['aws', 'azure-devops', 'gcp', 'github', 'gitlab', 'zoom']);
    });

    it('never collects the same target twice at once', async () => {
      t.vendors.serve('github', 'statuspage-github/summary-ok.json', { delayMs: 300 });
      const [a, b] = await Promise.all([t.collector.collectNow('github'), t.collector.collectNow('github')]);
      expect([a.outcome, b.outcome].sort()).toEqual(['skipped', 'updated']);
    });
  });

  describe('the in-process collector (COLLECTOR=on)', () => {
    it('collects at start-up without being asked, and shuts down cleanly', async () => {
      const t = await createTargetsTestApp({ COLLECTOR: 'on' });
      try {
        t.vendors.serve('github', 'statuspage-github/summary-major-outage.json');
        // The first round starts at bootstrap; the other targets' pages answer 404 and fail.
        const deadline = Date.now() + 10_000;
        let github: { status: string } | undefined;
        while (Date.now() < deadline) {
          github = (await t.http().get('/api/status')).body.targets.find((x: { name: string }) => x.name === 'github');
          if (github?.status === 'Outage') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(github?.status).toBe('Outage');
        const slack = (
          await t
            .http()
            .get('/api/v1/targets/slack')
            .set(await t.auth())
        ).body;
        expect(slack).toMatchObject({ last_error: 'HTTP 404', last_error_kind: 'unparseable' });
      } finally {
        await t.close();
      }
    });
  });
});
