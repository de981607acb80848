import { EventEmitter2 } from '@nestjs/event-emitter';
import { asc, eq } from 'drizzle-orm';
import { AlertCatchUpService } from '../../src/alerts/alert-catch-up.service.js';
import { ENDPOINT_STATE_CHANGED, type EndpointStateChangedEvent } from '../../src/checks/check.events.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { alertCatchUp, alerts, alertStateLog } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../database.js';
import { FAST_ALERTS, makeEndpoint, minutes, stateChange, storeStateChange } from './factories.js';
import { HttpReceiver } from './receivers.js';
import { channelAndRule } from './setup.js';
import { sharedDatabase } from './shared-database.js';
import { TcpProxy } from './tcp-proxy.js';

const T0 = new Date('2026-12-01T10:00:00Z');
const ENV = { ...FAST_ALERTS, ALERT_CATCH_UP_INTERVAL_MS: '100' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The check engine's emit only (the change is already stored), waiting for the listeners. */
const emitOnly = (t: TestApp, event: EndpointStateChangedEvent) =>
  t.app.get(EventEmitter2).emitAsync(ENDPOINT_STATE_CHANGED, event);

const alertRows = (database: Database, endpointId: number) =>
  database.db.select().from(alerts).where(eq(alerts.endpointId, endpointId)).orderBy(asc(alerts.id));

describe('alerts caught up from the stored state changes', () => {
  let receiver: HttpReceiver;
  beforeEach(async () => {
    receiver = await HttpReceiver.start();
  });
  afterEach(async () => {
    await receiver.close();
  });

  describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL unreachable when the event arrives (a TCP proxy, cut)', () => {
    let direct: Database;
    let proxy: TcpProxy;
    let url: string;
    let drop: () => Promise<void>;
    beforeEach(async () => {
      ({ url, drop } = await createEmptyPostgresDatabase());
      direct = await openDatabase({ url, poolSize: 2 });
      await direct.migrate();
      proxy = await TcpProxy.start(new URL(url));
    });
    afterEach(async () => {
      await proxy.close();
      await direct.close();
      await drop();
    });
    const viaProxy = () => openDatabase({ url: proxy.url(url), poolSize: 5 });

    it('delivers the DOWN and the recovery exactly once when the database is back', async () => {
      const t = await createTestApp(ENV, await viaProxy());
      try {
        const endpoint = await makeEndpoint(direct);
        await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
        const down = stateChange(endpoint, 'UP', 'DOWN', T0);
        const up = stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 3));

        proxy.cut();
        for (const event of [down, up]) {
          await storeStateChange(direct, event); // the check engine's writer got it in
          await expect(emitOnly(t, event)).resolves.toBeDefined(); // the alerts' own writes fail: logged
        }
        await sleep(500); // several catch-up and dispatch ticks against the unreachable database
        expect(receiver.requests).toHaveLength(0);
        expect(await alertRows(direct, endpoint.id)).toEqual([]);
        expect(await direct.db.select().from(alertStateLog)).toEqual([]);

        proxy.restore();
        await receiver.waitFor(2);
        await emitOnly(t, down); // a late live replay of the same change
        await sleep(500);
        expect(receiver.requests).toHaveLength(2);
        const rows = await alertRows(direct, endpoint.id);
        expect(rows.map((r) => `${r.event}:${r.status}`)).toEqual(['down:sent', 'recovered:sent']);
        const recovered = receiver.requests.find((r) => (r.json as { event: string }).event === 'recovered');
        expect((recovered!.json as { text: string }).text).toBe('Payments API recovered after 3 min of downtime');
        expect(new Set(receiver.requests.map((r) => r.headers['x-apimon-delivery'])).size).toBe(2);
      } finally {
        proxy.restore();
        await t.close();
      }
    });

    it('delivers it exactly once when the instance restarts before the database is back', async () => {
      const first = await createTestApp(ENV, await viaProxy());
      const endpoint = await makeEndpoint(direct);
      await channelAndRule(first, { type: 'webhook', config: { url: receiver.url() } });
      const down = stateChange(endpoint, 'UP', 'DOWN', T0);
      proxy.cut();
      await storeStateChange(direct, down);
      await emitOnly(first, down);
      await first.close();
      expect(await alertRows(direct, endpoint.id)).toEqual([]);

      proxy.restore();
      const second = await createTestApp(ENV, await viaProxy());
      try {
        await receiver.waitFor(1);
        await sleep(500);
        expect(receiver.requests).toHaveLength(1);
        expect(receiver.requests[0]!.json).toMatchObject({ event: 'down', since: T0.toISOString() });
        const rows = await alertRows(direct, endpoint.id);
        expect(rows.map((r) => `${r.event}:${r.status}:${r.attempts}`)).toEqual(['down:sent:1']);
      } finally {
        await second.close();
      }
    });
  });

  it('catches up changes stored while no instance listened, never history from before the first start', async () => {
    const shared = await sharedDatabase();
    try {
      const setup = await shared.handle();
      const endpoint = await makeEndpoint(setup);
      // History from before alerting ever ran: never replayed (no storm on the first start).
      for (const [from, to, minute] of [
        ['UP', 'DOWN', -600],
        ['DOWN', 'UP', -590],
      ] as const) {
        await storeStateChange(setup, stateChange(endpoint, from, to, minutes(T0, minute)));
      }
      const first = await createTestApp(ENV, await shared.handle());
      await channelAndRule(first, { type: 'webhook', config: { url: receiver.url() } }, { down_after_minutes: 5 });
      expect(await first.app.get(AlertCatchUpService).catchUp()).toBe(0);
      await first.close();

      // Another process's check engine stores an 8-minute outage while this one is stopped.
      await storeStateChange(setup, stateChange(endpoint, 'UP', 'DOWN', T0));
      await storeStateChange(setup, stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 8)));

      const second = await createTestApp(ENV, await shared.handle());
      try {
        await receiver.waitFor(2);
        expect(await second.app.get(AlertCatchUpService).catchUp()).toBe(0);
        await sleep(300);
        expect(receiver.requests).toHaveLength(2);
        const rows = await alertRows(setup, endpoint.id);
        // The delayed DOWN the timed rule never got to run for is stored before the recovery closing it.
        expect(rows.map((r) => `${r.event}:${r.status}`)).toEqual(['down:sent', 'recovered:sent']);
        expect(rows[0]!.occurredAt).toEqual(minutes(T0, 5));
        const [mark] = await setup.db.select().from(alertCatchUp);
        expect(mark!.candidateId).toBeGreaterThanOrEqual(mark!.watermarkId);
      } finally {
        await second.close();
      }
    } finally {
      await shared.close();
    }
  });

  it('a live event evaluates the earlier changes it missed first: the DOWN before its recovery', async () => {
    const t = await createTestApp({ ...FAST_ALERTS, ALERT_CATCH_UP_INTERVAL_MS: '3600000' });
    try {
      const endpoint = await makeEndpoint(t.database);
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
      await t.app.get(AlertCatchUpService).catchUp(); // the start-up pass is over: only the live path runs now
      await storeStateChange(t.database, stateChange(endpoint, 'UP', 'DOWN', T0)); // its event never arrived
      const up = stateChange(endpoint, 'DOWN', 'UP', minutes(T0, 7));
      await storeStateChange(t.database, up);
      await emitOnly(t, up);
      const rows = await alertRows(t.database, endpoint.id);
      expect(rows.map((r) => r.event)).toEqual(['down', 'recovered']);
      await receiver.waitFor(2);
      const recovered = receiver.requests.find((r) => (r.json as { event: string }).event === 'recovered');
      expect((recovered!.json as { text: string }).text).toBe('Payments API recovered after 7 min of downtime');
    } finally {
      await t.close();
    }
  });

  it('stores a change evaluated long after it happened as suppressed instead of sending it', async () => {
    const t = await createTestApp({ ...ENV, ALERT_REPLAY_MAX_AGE_HOURS: '1' });
    try {
      const old = await makeEndpoint(t.database, { name: 'Old' });
      const fresh = await makeEndpoint(t.database, { name: 'Fresh' });
      await channelAndRule(t, { type: 'webhook', config: { url: receiver.url() } });
      const now = Date.now();
      // Stored without any event reaching the alerts (e.g. the alerts' writes failed): only the catch-up sees them.
      await storeStateChange(t.database, stateChange(old, 'UP', 'DOWN', new Date(now - 2 * 3_600_000)));
      await storeStateChange(t.database, stateChange(fresh, 'UP', 'DOWN', new Date(now - 60_000)));
      await receiver.waitFor(1);
      await sleep(300);
      expect(receiver.requests.map((r) => (r.json as { title: string }).title)).toEqual(['Fresh is DOWN']);
      const [stale] = await alertRows(t.database, old.id);
      expect(stale).toMatchObject({ event: 'down', status: 'suppressed' });
      expect(stale!.suppressedReason).toBe('evaluated more than 1 h after it happened (ALERT_REPLAY_MAX_AGE_HOURS)');
    } finally {
      await t.close();
    }
  });
});
