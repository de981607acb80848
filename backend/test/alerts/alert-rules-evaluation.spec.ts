import { EventEmitter2 } from '@nestjs/event-emitter';
import { AlertTimedService } from '../../src/alerts/alert-timed.service.js';
import type { EndpointRow } from '../../src/db/schema.js';
import {
  PUBLIC_SERVICE_STATUS_CHANGED,
  type PublicServiceStatusChangedEvent,
} from '../../src/targets/target.events.js';
import { createTestApp, type TestApp } from '../app.js';
import {
  completeCheck,
  emitStateChange,
  eventually,
  FAST_ALERTS,
  makeEndpoint,
  minutes,
  stateChange,
} from './factories.js';
import { HttpReceiver } from './receivers.js';
import { addRule, addWebhookChannel, history } from './setup.js';

const T0 = new Date('2026-12-01T10:00:00Z');
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('alert rules at work', () => {
  let t: TestApp;
  let receiver: HttpReceiver;
  let channelId: number;
  let timed: AlertTimedService;

  beforeAll(async () => {
    receiver = await HttpReceiver.start({ status: 204 });
    t = await createTestApp(FAST_ALERTS);
    timed = t.app.get(AlertTimedService);
    channelId = await addWebhookChannel(t, receiver.url());
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  /** Each test gets its own endpoint and a rule scoped to it, so tests do not see each other's alerts. */
  async function setup(rule: Record<string, unknown>, endpoint: Partial<EndpointRow> = {}) {
    const e = await makeEndpoint(t.database, { name: `API ${Math.random().toString(36).slice(2, 8)}`, ...endpoint });
    const ruleId = await addRule(t, [channelId], { scope: 'endpoint', endpoint_id: e.id, ...rule });
    const events = async () => {
      await settle();
      return (await history(t, { endpoint_id: e.id, limit: 200 })).reverse();
    };
    const bodies = () =>
      receiver.requests
        .map((r) => r.json as { event: string; endpoint: { id: number } | null; status: string; text: string })
        .filter((b) => b.endpoint?.id === e.id);
    return { endpoint: e, ruleId, events, bodies };
  }

  it('sends DOWN only after the endpoint has been down for X minutes, once', async () => {
    const { endpoint, events, bodies } = await setup({ down_after_minutes: 5 });
    const down = stateChange(endpoint, 'UP', 'DOWN', T0);
    await emitStateChange(t.app, down);
    expect(await events()).toEqual([]);
    expect(await timed.evaluate(minutes(T0, 4))).toBe(0);
    expect(await timed.evaluate(minutes(T0, 5))).toBe(1);
    expect(await timed.evaluate(minutes(T0, 6))).toBe(0);
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 10)));
    expect((await events()).map((a) => a.event)).toEqual(['down', 'recovered']);
    await eventually(async () => bodies().length === 2);
    expect(bodies()[1]!.text).toContain('after 10 min of downtime');
  });

  it('stays silent when the endpoint recovers before the DOWN delay', async () => {
    const { endpoint, events } = await setup({ down_after_minutes: 5 });
    await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 2)));
    await timed.evaluate(minutes(T0, 30));
    expect(await events()).toEqual([]);
  });

  it('re-notifies every X minutes while DOWN and stops after the recovery', async () => {
    const { endpoint, events } = await setup({ renotify_minutes: 10 });
    await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
    await timed.evaluate(minutes(T0, 9));
    await timed.evaluate(minutes(T0, 10));
    await timed.evaluate(minutes(T0, 15));
    await timed.evaluate(minutes(T0, 21));
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 25)));
    await timed.evaluate(minutes(T0, 40));
    const sent = await events();
    expect(sent.map((a) => a.event)).toEqual(['down', 'renotify', 'renotify', 'recovered']);
    expect(sent[1]!.title).toContain('is still DOWN');
  });

  it('damps flapping: one flapping alert, silence, then one message with the state once stable', async () => {
    const { endpoint, events } = await setup({ flap_threshold: 3, flap_window_minutes: 10 });
    const statuses = ['DOWN', 'UP', 'DOWN', 'UP', 'DOWN', 'UP', 'DOWN'] as const;
    let from: (typeof statuses)[number] | 'UP' = 'UP';
    for (const [i, to] of statuses.entries()) {
      await emitStateChange(t.app, stateChange(endpoint, from, to, minutes(T0, i)));
      from = to;
    }
    await timed.evaluate(minutes(T0, 15)); // last change at +6: not yet stable for 10 min
    await timed.evaluate(minutes(T0, 16));
    await timed.evaluate(minutes(T0, 17));
    const all = await events();
    expect(all.map((a) => `${a.event}:${a.status}`)).toEqual([
      'down:sent',
      'recovered:sent',
      'down:sent',
      'flapping:sent',
      'down:suppressed',
      'recovered:suppressed',
      'down:suppressed',
      'stable:sent',
    ]);
    expect(all[3]!.text).toContain('changed state 4 times within 10 min');
    expect(all[4]!.suppressed_reason).toBe('flapping');
    expect(all[7]!.title).toContain('is stable again: DOWN');
    // After the episode, changes alert normally again.
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 40)));
    expect((await events()).at(-1)).toMatchObject({ event: 'recovered', status: 'sent' });
  });

  it('alerts once per slow streak of N ms for M consecutive checks', async () => {
    const { endpoint, events } = await setup({
      events: ['latency_above'],
      latency_threshold_ms: 500,
      latency_consecutive: 3,
    });
    const latencies = [100, 900, 900, 900, 900, 100, 700, 800, 900];
    for (const [i, latencyMs] of latencies.entries())
      await completeCheck(t.app, t.database, endpoint.id, minutes(T0, i), { latencyMs });
    const sent = await events();
    expect(sent.map((a) => a.event)).toEqual(['latency_above', 'latency_above']);
    expect(sent[0]!.text).toContain('more than 500 ms for 3 checks in a row (last: 900 ms)');
    expect(sent[1]!.text).toContain('(last: 900 ms)');
  });

  it('warns once per certificate that expires within N days', async () => {
    const soon = await setup({ events: ['certificate_expiring'], cert_expiry_days: 14 });
    const later = await setup({ events: ['certificate_expiring'], cert_expiry_days: 14 });
    const now = new Date();
    await completeCheck(t.app, t.database, soon.endpoint.id, now, {
      certExpiresAt: new Date(now.getTime() + 10 * 86_400_000),
    });
    await completeCheck(t.app, t.database, later.endpoint.id, now, {
      certExpiresAt: new Date(now.getTime() + 30 * 86_400_000),
    });
    expect(await timed.checkCertificates(now)).toBe(1);
    expect(await timed.checkCertificates(new Date(now.getTime() + 86_400_000))).toBe(0);
    const [alert] = await soon.events();
    expect(alert).toMatchObject({ event: 'certificate_expiring', status: 'sent' });
    expect(alert!.title).toMatch(/TLS certificate expires in (9|10) d/);
    expect(await later.events()).toEqual([]);
  });

  it('reports a missed heartbeat as heartbeat_missed', async () => {
    const { endpoint, events } = await setup(
      { events: ['heartbeat_missed', 'recovered'] },
      { kind: 'push', url: null },
    );
    await emitStateChange(
      t.app,
      stateChange(endpoint, 'UP', 'DOWN', T0, {
        errorKind: 'missed',
        errorMessage: 'no ping for 5 min',
        statusCode: null,
      }),
    );
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'DOWN', minutes(T0, 1)));
    const [alert] = await events();
    expect(alert).toMatchObject({ event: 'heartbeat_missed', title: expect.stringContaining('missed its heartbeat') });
  });

  it('matches rules by tag and ignores endpoints outside their scope', async () => {
    const tagged = await makeEndpoint(t.database, { name: 'Tagged', tags: ['edge'] });
    const untagged = await makeEndpoint(t.database, { name: 'Untagged', tags: ['core'] });
    await addRule(t, [channelId], { scope: 'tag', tag: 'edge', events: ['degraded'] });
    await emitStateChange(t.app, stateChange(tagged, 'UP', 'DEGRADED', T0));
    await emitStateChange(t.app, stateChange(untagged, 'UP', 'DEGRADED', T0));
    await settle();
    expect((await history(t, { endpoint_id: tagged.id })).map((a) => a.event)).toEqual(['degraded']);
    expect(await history(t, { endpoint_id: untagged.id })).toEqual([]);
  });

  it('records alerts during a maintenance window as suppressed, and sends nothing', async () => {
    const { endpoint, events } = await setup({});
    await t
      .http()
      .post('/api/v1/maintenance')
      .set(await t.auth())
      .send({
        title: 'DB upgrade',
        endpoint_ids: [endpoint.id],
        starts_at: minutes(T0, -5).toISOString(),
        ends_at: minutes(T0, 30).toISOString(),
      })
      .expect(201);
    const before = receiver.requests.length;
    await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
    await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 40)));
    const all = await events();
    expect(all.map((a) => `${a.event}:${a.status}`)).toEqual(['down:suppressed', 'recovered:sent']);
    expect(all[0]!.suppressed_reason).toMatch(/^maintenance window "DB upgrade" \(#\d+\)$/);
    expect(all[0]!.attempts).toBe(0);
    await eventually(async () => receiver.requests.length === before + 1);
  });

  it('tells of public service status changes to default and matching tag rules', async () => {
    const ruleId = await addRule(t, [channelId], {
      scope: 'tag',
      tag: 'github/Actions',
      events: ['public_service_status_changed'],
    });
    const emit = (changeId: number, service: string, from: 'OK' | 'Outage' | null, to: 'OK' | 'Outage') =>
      t.app.get(EventEmitter2).emitAsync(PUBLIC_SERVICE_STATUS_CHANGED, {
        changeId,
        target: 'github',
        targetDisplayName: 'GitHub',
        service,
        from,
        to,
        maintenance: false,
        at: T0,
        dimensions: { rawStatus: 'major_outage' },
      } satisfies PublicServiceStatusChangedEvent);
    await emit(1, 'Actions', null, 'OK'); // first observation
    await emit(2, 'Actions', 'OK', 'Outage');
    await emit(3, 'Pages', 'OK', 'Outage'); // another service
    await emit(2, 'Actions', 'OK', 'Outage'); // replay
    await settle();
    const sent = await history(t, { rule_id: ruleId });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      event: 'public_service_status_changed',
      endpoint_id: null,
      title: 'GitHub Actions: Outage',
    });
    expect(sent[0]!.text).toBe('GitHub Actions changed from OK to Outage: vendor says "major_outage"');
    const delivered = await eventually(async () =>
      receiver.requests
        .map((r) => r.json as { event: string; link: string })
        .find((b) => b.event === 'public_service_status_changed'),
    );
    // No PUBLIC_URL here: the default local install; the page filtered to non-OK services, at GitHub's card.
    expect(delivered.link).toBe('http://localhost:8080/public-services?not_ok=1#target-github');
  });

  it('filters the history and validates its query', async () => {
    const { endpoint } = await setup({});
    await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
    await eventually(async () => (await history(t, { endpoint_id: endpoint.id, status: 'sent' })).length === 1);
    expect(await history(t, { endpoint_id: endpoint.id, status: 'failed' })).toEqual([]);
    expect((await history(t, { channel_id: channelId, endpoint_id: endpoint.id }))[0]).toMatchObject({
      channel_id: channelId,
      channel_name: 'hook',
      channel_type: 'webhook',
    });
    const page = await t
      .http()
      .get('/api/v1/alerts')
      .query({ limit: 1 })
      .set(await t.auth())
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.next_before_id).toBe(page.body.items[0].id);
    const next = await t
      .http()
      .get('/api/v1/alerts')
      .query({ limit: 1, before_id: page.body.next_before_id })
      .set(await t.auth())
      .expect(200);
    expect(next.body.items[0].id).toBeLessThan(page.body.items[0].id);
    const bad = await t
      .http()
      .get('/api/v1/alerts')
      .query({ status: 'lost', endpoint_id: 'x' })
      .set(await t.auth())
      .expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['endpoint_id', 'status']);
  });
});
