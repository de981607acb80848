import { EventEmitter2 } from '@nestjs/event-emitter';
import { createTestApp, type TestApp } from '../app.js';
import {
  PUBLIC_SERVICE_STATUS_CHANGED,
  type PublicServiceStatusChangedEvent,
} from '../../src/targets/target.events.js';
import { TargetsCollector } from '../../src/targets/targets.collector.js';
import { FixtureServer } from './fixture-server.js';

export interface TargetsTestApp extends TestApp {
  vendors: FixtureServer;
  collector: TargetsCollector;
  events: PublicServiceStatusChangedEvent[];
  /** Collects one target now through the admin route, as an operator would. */
  collect: (name: string) => Promise<{ outcome: string; last_error: string | null }>;
  /** GET /api/status/{target}: the services in the public item scheme. */
  services: (target: string) => Promise<ServiceItem[]>;
  /** GET /api/v1/targets/{target} as an admin: configuration and collection state. */
  // any: wire JSON that tests read field by field.
  admin: (target: string) => Promise<Record<string, any>>;
}

export interface ServiceItem {
  target: string;
  service: string;
  status: string;
  lastTimestamp: string;
  dimensions: Record<string, unknown>;
  stale?: boolean;
}

/** The real app with every built-in target pointed at a local fixture server. */
export async function createTargetsTestApp(env: Record<string, string> = {}): Promise<TargetsTestApp> {
  const vendors = await FixtureServer.start();
  const t = await createTestApp({ TARGET_BASE_URLS: vendors.baseUrls(), TARGET_TIMEOUT_MS: '5000', ...env });
  const events: PublicServiceStatusChangedEvent[] = [];
  t.app.get(EventEmitter2).on(PUBLIC_SERVICE_STATUS_CHANGED, (e: PublicServiceStatusChangedEvent) => events.push(e));
  const collect = async (name: string) => {
    const res = await t
      .http()
      .post(`/api/v1/targets/${name}/collect`)
      .set(await t.auth('editor'));
    if (res.status !== 200) throw new Error(`collect ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { outcome: string; last_error: string | null };
  };
  return {
    ...t,
    vendors,
    collector: t.app.get(TargetsCollector),
    events,
    collect,
    services: async (target) => (await t.http().get(`/api/status/${target}`)).body as ServiceItem[],
    admin: async (target) =>
      (
        await t
          .http()
          .get(`/api/v1/targets/${target}`)
          .set(await t.auth())
      ).body,
    close: async () => {
      await t.close();
      await vendors.close();
    },
  };
}
