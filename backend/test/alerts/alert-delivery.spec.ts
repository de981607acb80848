import { createTestApp, type TestApp } from '../app.js';
import {
  emitStateChange,
  eventually,
  FAST_ALERTS,
  makeEndpoint,
  minutes,
  stateChange,
  storeStateChange,
} from './factories.js';
import { HttpReceiver } from './receivers.js';
import { channelAndRule, history } from './setup.js';
import { sharedDatabase } from './shared-database.js';

const T0 = new Date('2026-12-01T10:00:00Z');

describe('alert delivery through the outbox', () => {
  let receiver: HttpReceiver;
  beforeEach(async () => {
    receiver = await HttpReceiver.start();
  });
  afterEach(async () => {
    await receiver.close();
  });

  describe('on one instance', () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp({ ...FAST_ALERTS, PUBLIC_URL: 'https://mon.example.com' });
    });
    afterEach(async () => {
      await t.close();
    });

    it('sends one DOWN and one recovery per state change, with the documented payload', async () => {
      const endpoint = await makeEndpoint(t.database);
      const { channelId } = await channelAndRule(t, { type: 'webhook', config: { url: receiver.url('/hook') } });
      const down = stateChange(endpoint, 'UP', 'DOWN', T0);
      await emitStateChange(t.app, down);
      await emitStateChange(t.app, down); // the same event twice (a replay) is still one alert
      const [req] = await receiver.waitFor(1);
      expect(req!.json).toEqual({
        event: 'down',
        severity: 'critical',
        title: 'Payments API is DOWN',
        text: 'Payments API is DOWN since 2026-12-01 10:00:00 UTC: expected status 200-399, got 503',
        endpoint: { id: endpoint.id, name: 'Payments API', url: 'https://pay.example.com/health' },
        status: 'DOWN',
        previous_status: 'UP',
        since: T0.toISOString(),
        error: 'expected status 200-399, got 503',
        latency_ms: 42,
        checked_at: T0.toISOString(),
        link: `https://mon.example.com/endpoints/${endpoint.id}`,
        facts: expect.arrayContaining([{ label: 'HTTP status', value: '503' }]),
      });
      expect(req!.headers['x-apimon-signature']).toBeUndefined();

      await emitStateChange(t.app, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 12)));
      const [, recovered] = await receiver.waitFor(2);
      expect(recovered!.json).toMatchObject({ event: 'recovered', status: 'UP', previous_status: 'DOWN' });
      expect((recovered!.json as { text: string }).text).toBe('Payments API recovered after 12 min of downtime');

      const rows = await eventually(async () => {
        const items = await history(t, { channel_id: channelId });
        return items.every((i) => i.status === 'sent') && items.length === 2 && items;
      });
      expect(rows.map((r) => r.event)).toEqual(['recovered', 'down']);
      expect(rows[1]).toMatchObject({
        endpoint_id: endpoint.id,
        endpoint_name: 'Payments API',
        attempts: 1,
        delivery_detail: 'HTTP 200',
        last_error: null,
      });
      expect(rows[1]!.sent_at).toEqual(expect.any(String));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.requests).toHaveLength(2);
    });

    it('retries a receiver answering 500 with growing delays, then delivers', async () => {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'slack', config: { webhook_url: receiver.url('/slack') } });
      let calls = 0;
      receiver.reply = () => (++calls <= 3 ? { status: 500, body: 'internal error' } : { status: 200, body: 'ok' });
      await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      const pending = await eventually(async () => {
        const [row] = await history(t);
        return row?.attempts === 2 && row;
      });
      expect(pending).toMatchObject({ status: 'pending', last_error: 'HTTP 500: internal error' });
      expect(pending.next_attempt_at).toEqual(expect.any(String));

      await receiver.waitFor(4);
      const sent = await eventually(async () => {
        const [row] = await history(t);
        return row?.status === 'sent' && row;
      });
      expect(sent).toMatchObject({ attempts: 4, delivery_detail: 'HTTP 200 ok', last_error: null });
      expect(receiver.requests).toHaveLength(4);
    });

    it('waits at least the backoff between attempts (100, 200, 400 ms here)', async () => {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
      const at: number[] = [];
      receiver.reply = () => {
        at.push(Date.now());
        return at.length < 4 ? { status: 503 } : { status: 204 };
      };
      await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      await receiver.waitFor(4);
      const gaps = at.slice(1).map((time, i) => time - at[i]!);
      expect(gaps[0]).toBeGreaterThanOrEqual(95);
      expect(gaps[1]).toBeGreaterThanOrEqual(195);
      expect(gaps[2]).toBeGreaterThanOrEqual(395);
    });

    it('keeps retrying while the receiver refuses connections and delivers once it is back', async () => {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url('/down-for-a-while') } });
      await receiver.refuse();
      await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      const failing = await eventually(async () => {
        const [row] = await history(t);
        return (row?.attempts as number) >= 2 && row;
      });
      expect(failing.status).toBe('pending');
      expect(failing.last_error).toContain('ECONNREFUSED');
      await receiver.accept();
      await receiver.waitFor(1);
      const sent = await eventually(async () => {
        const [row] = await history(t);
        return row?.status === 'sent' && row;
      });
      expect(sent.attempts).toBeGreaterThanOrEqual(3);
      expect(receiver.requests).toHaveLength(1);
    });

    it('gives up after ALERT_MAX_ATTEMPTS and keeps the last error', async () => {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
      receiver.reply = { status: 502, body: 'bad gateway' };
      await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      const failed = await eventually(async () => {
        const [row] = await history(t, { status: 'failed' });
        return row;
      });
      expect(failed).toMatchObject({
        attempts: 4,
        last_error: 'HTTP 502: bad gateway',
        sent_at: null,
        next_attempt_at: null,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.requests).toHaveLength(4);
    });

    it('sends nothing for disabled rules or channels', async () => {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } }, { enabled: false });
      const res = await t
        .http()
        .post('/api/v1/alert-channels')
        .set(await t.auth())
        .send({ name: 'off', type: 'webhook', config: { url: receiver.url() }, enabled: false });
      await t
        .http()
        .post('/api/v1/alert-rules')
        .set(await t.auth())
        .send({ name: 'r', scope: 'all', events: ['down'], channel_ids: [res.body.id] })
        .expect(201);
      await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await history(t)).toEqual([]);
      expect(receiver.requests).toHaveLength(0);
    });
  });

  it('survives a database outage: the event handler and the dispatcher log instead of crashing', async () => {
    const t = await createTestApp(FAST_ALERTS);
    const endpoint = await makeEndpoint(t.database);
    await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
    const down = stateChange(endpoint, 'UP', 'DOWN', T0);
    await storeStateChange(t.database, down); // stored by the check engine, then the database goes away
    await t.database.close();
    await expect(emitStateChange(t.app, down)).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200)); // a few dispatcher ticks against the closed database
    const res = await t
      .http()
      .get('/api/v1/alerts')
      .set(await t.auth());
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('InternalError');
    expect(receiver.requests).toHaveLength(0);
    await t.close();
  });

  it('delivers exactly once across a restart in the middle of the retries', async () => {
    const shared = await sharedDatabase();
    try {
      let calls = 0;
      receiver.reply = () => (++calls === 1 ? { status: 500, body: 'not yet' } : { status: 200, body: 'ok' });
      // A long first retry delay: the first instance stops before it comes due.
      const env = { ...FAST_ALERTS, ALERT_RETRY_BASE_MS: '400' };
      const first = await createTestApp(env, await shared.handle());
      const endpoint = await makeEndpoint(first.database);
      await channelAndRule(first, { type: 'webhook', config: { url: receiver.url() } });
      await emitStateChange(first.app, stateChange(endpoint, 'UP', 'DOWN', T0));
      await receiver.waitFor(1);
      await eventually(async () => (await history(first))[0]?.last_error === 'HTTP 500: not yet');
      await first.close();

      const second = await createTestApp(env, await shared.handle());
      try {
        await receiver.waitFor(2);
        const sent = await eventually(async () => {
          const [row] = await history(second);
          return row?.status === 'sent' && row;
        });
        expect(sent.attempts).toBe(2);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(receiver.requests).toHaveLength(2);
        expect(new Set(receiver.requests.map((r) => r.headers['x-apimon-delivery'])).size).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await shared.close();
    }
  });

  it('sends one notification per state change, rule and channel with two instances on one database', async () => {
    const shared = await sharedDatabase();
    const a = await createTestApp(FAST_ALERTS, await shared.handle());
    const b = await createTestApp(FAST_ALERTS, await shared.handle());
    try {
      const other = await HttpReceiver.start();
      const endpoints = await Promise.all(
        Array.from({ length: 10 }, (_, i) => makeEndpoint(a.database, { name: `API ${i}` })),
      );
      const { channelId } = await channelAndRule(a, { type: 'webhook', config: { url: receiver.url() } });
      const second = await channelAndRule(b, { type: 'discord', config: { webhook_url: other.url() } });
      await b
        .http()
        .put(`/api/v1/alert-rules/${second.ruleId}`)
        .set(await b.auth())
        .send({ name: 'Both', scope: 'all', events: ['down'], channel_ids: [channelId, second.channelId] })
        .expect(200);

      // Both instances see every state change (as if both ran the check) and both dispatch.
      const events = endpoints.map((e) => stateChange(e, 'UP', 'DOWN', T0));
      await Promise.all(events.flatMap((event) => [emitStateChange(a.app, event), emitStateChange(b.app, event)]));
      // Rule 1 → webhook; rule 2 → webhook + discord: 20 webhook requests, 10 discord requests.
      await receiver.waitFor(20);
      await other.waitFor(10);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.requests).toHaveLength(20);
      expect(other.requests).toHaveLength(10);
      expect(new Set(receiver.requests.map((r) => r.headers['x-apimon-delivery'])).size).toBe(20);
      const rows = await history(a, { limit: 200 });
      expect(rows).toHaveLength(30);
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
      await other.close();
    } finally {
      await a.close();
      await b.close();
      await shared.close();
    }
  });
});
