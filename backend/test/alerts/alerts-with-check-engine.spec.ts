import { ChecksService } from '../../src/checks/checks.service.js';
import { createTestApp, type TestApp } from '../app.js';
import { eventually, makeEndpoint } from './factories.js';
import { HttpReceiver } from './receivers.js';
import { channelAndRule, history } from './setup.js';

/** The real check engine, not events played by the test: its state changes become alerts. */
describe('alerts from the check engine', () => {
  let t: TestApp;
  let hook: HttpReceiver;
  let target: HttpReceiver;
  beforeAll(async () => {
    hook = await HttpReceiver.start();
    target = await HttpReceiver.start({ status: 503, body: 'maintenance' });
    t = await createTestApp({ ALERT_DISPATCH_INTERVAL_MS: '50', ALERT_EVALUATE_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([hook.close(), target.close()]);
  });

  it('alerts DOWN when a checked endpoint fails and recovered when it answers again', async () => {
    await channelAndRule(t, { type: 'webhook', config: { url: hook.url('/hook') } }, { events: ['down', 'recovered'] });
    const created = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth())
      .send({ name: 'Local API', url: target.url('/health'), interval: 5, timeout: 2, retries: 0 })
      .expect(201);
    const [down] = await hook.waitFor(1, 20_000);
    expect(down!.json).toMatchObject({
      event: 'down',
      endpoint: { id: created.body.id, name: 'Local API' },
      status: 'DOWN',
      previous_status: 'PENDING',
    });
    expect((down!.json as { error: string }).error).toContain('503');

    target.reply = { status: 200, body: 'ok' };
    const [, recovered] = await hook.waitFor(2, 20_000);
    expect(recovered!.json).toMatchObject({ event: 'recovered', status: 'UP', previous_status: 'DOWN' });
    const rows = await eventually(async () => {
      const items = await history(t, { endpoint_id: created.body.id });
      return items.length === 2 && items.every((i) => i.status === 'sent') && items;
    });
    expect(rows.map((r) => r.event)).toEqual(['recovered', 'down']);
  });

  it('alerts heartbeat_missed for a missed heartbeat recorded by the heartbeat monitor', async () => {
    const { ruleId } = await channelAndRule(
      t,
      { type: 'webhook', config: { url: hook.url('/beats') } },
      { events: ['heartbeat_missed'] },
    );
    const endpoint = await makeEndpoint(t.database, { kind: 'push', url: null, name: 'Nightly job', status: 'UP' });
    await t.app.get(ChecksService).recordExternalResult(endpoint.id, {
      checkedAt: new Date(),
      ok: false,
      errorKind: 'missed',
      errorMessage: 'no ping since 02:00',
    });
    const alert = await eventually(async () => (await history(t, { rule_id: ruleId }))[0]);
    expect(alert).toMatchObject({
      event: 'heartbeat_missed',
      endpoint_id: endpoint.id,
      title: 'Nightly job missed its heartbeat',
    });
  });
});
