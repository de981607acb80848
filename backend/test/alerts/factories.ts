import { EventEmitter2 } from '@nestjs/event-emitter';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../../src/checks/check.events.js';
import { DATABASE } from '../../src/db/database.module.js';
import type { Database } from '../../src/db/database.js';
import {
  checkResults,
  endpoints,
  endpointStateChanges,
  type EndpointRow,
  type EndpointStatus,
} from '../../src/db/schema.js';

/** Placeholder ids until storeStateChange gives the event the stored ones. */
let nextStateChangeId = -1;

export async function makeEndpoint(
  database: Database,
  overrides: Partial<typeof endpoints.$inferInsert> = {},
): Promise<EndpointRow> {
  const [row] = await database.db
    .insert(endpoints)
    .values({ name: 'Payments API', url: 'https://pay.example.com/health', tags: ['payments'], ...overrides })
    .returning();
  return row!;
}

/** The event the check engine emits on a transition of an endpoint's state machine. */
export function stateChange(
  endpoint: Pick<EndpointRow, 'id' | 'name' | 'url' | 'tags'>,
  from: EndpointStatus,
  to: EndpointStatus,
  at: Date,
  check: Partial<NonNullable<EndpointStateChangedEvent['check']>> = {},
): EndpointStateChangedEvent {
  const id = nextStateChangeId--;
  return {
    endpointId: endpoint.id,
    endpointName: endpoint.name,
    url: endpoint.url,
    tags: endpoint.tags,
    from,
    to,
    at,
    reason: to === 'DOWN' ? 'check failed' : null,
    stateChangeId: id,
    check: {
      checkResultId: id,
      statusCode: to === 'DOWN' ? 503 : 200,
      latencyMs: 42,
      errorKind: to === 'DOWN' ? 'status' : null,
      errorMessage: to === 'DOWN' ? 'expected status 200-399, got 503' : null,
      ...check,
    },
  };
}

const stored = new WeakMap<EndpointStateChangedEvent, Promise<void>>();

/**
 * Stores the change (and its causing check result) as the check engine's result writer does before it
 * emits, and gives the event the stored ids. Once per event object: a re-emitted event is a replay.
 */
export function storeStateChange(database: Database, event: EndpointStateChangedEvent): Promise<void> {
  let done = stored.get(event);
  if (!done) {
    done = (async () => {
      let checkResultId: number | null = null;
      if (event.check) {
        const [result] = await database.db
          .insert(checkResults)
          .values({
            endpointId: event.endpointId,
            checkedAt: event.at,
            ok: event.to !== 'DOWN',
            statusCode: event.check.statusCode,
            latencyMs: event.check.latencyMs,
            errorKind: event.check.errorKind,
            errorMessage: event.check.errorMessage,
          })
          .returning({ id: checkResults.id });
        checkResultId = result!.id;
        event.check.checkResultId = checkResultId;
      }
      const [change] = await database.db
        .insert(endpointStateChanges)
        .values({
          endpointId: event.endpointId,
          fromStatus: event.from,
          toStatus: event.to,
          at: event.at,
          reason: event.reason,
          checkResultId,
        })
        .returning({ id: endpointStateChanges.id });
      event.stateChangeId = change!.id;
    })();
    stored.set(event, done);
  }
  return done;
}

/** Stores the change like the check engine, then emits through the app's EventEmitter2 and waits for the listeners. */
export async function emitStateChange(app: NestExpressApplication, event: EndpointStateChangedEvent): Promise<void> {
  await storeStateChange(app.get<Database>(DATABASE), event);
  await app.get(EventEmitter2).emitAsync(ENDPOINT_STATE_CHANGED, event);
}

/** Stores a check result (as the check engine does first) and emits CHECK_COMPLETED for it. */
export async function completeCheck(
  app: NestExpressApplication,
  database: Database,
  endpointId: number,
  checkedAt: Date,
  result: { latencyMs?: number; ok?: boolean; certExpiresAt?: Date } = {},
): Promise<CheckCompletedEvent> {
  const ok = result.ok ?? true;
  const [row] = await database.db
    .insert(checkResults)
    .values({
      endpointId,
      checkedAt,
      ok,
      statusCode: ok ? 200 : 503,
      latencyMs: result.latencyMs ?? 50,
      certExpiresAt: result.certExpiresAt,
    })
    .returning();
  const event: CheckCompletedEvent = {
    endpointId,
    checkResultId: row!.id,
    checkedAt,
    ok,
    degraded: false,
    status: ok ? 'UP' : 'DOWN',
    statusCode: row!.statusCode,
    latencyMs: row!.latencyMs,
    errorKind: ok ? null : 'status',
    errorMessage: ok ? null : 'expected status 200-399, got 503',
  };
  await app.get(EventEmitter2).emitAsync(CHECK_COMPLETED, event);
  return event;
}

export const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

/** Polls until `fn` returns a truthy value. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Fast delivery settings for tests. */
export const FAST_ALERTS = {
  // The tests play the check engine themselves (events and rows); no scheduled checks of the factories' URLs.
  CHECKS: 'off',
  ALERT_DISPATCH_INTERVAL_MS: '50',
  ALERT_RETRY_BASE_MS: '100',
  ALERT_MAX_ATTEMPTS: '4',
  ALERT_SEND_TIMEOUT_MS: '2000',
  // The timed evaluation is driven by the tests with explicit times.
  ALERT_EVALUATE_INTERVAL_MS: '3600000',
  // The tests' fixed times (T0) age; the replay age limit has its own test.
  ALERT_REPLAY_MAX_AGE_HOURS: '0',
};
