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
    close: async () => {
      await t.close();
      await vendors.close();
    },
  };
}
