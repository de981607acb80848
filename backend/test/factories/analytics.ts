import { EventEmitter2 } from '@nestjs/event-emitter';
import type { INestApplication } from '@nestjs/common';
import { ENDPOINT_STATE_CHANGED, type EndpointStateChangedEvent } from '../../src/checks/check.events.js';
import type { Db } from '../../src/db/database.js';
import {
  checkResults,
  endpoints,
  endpointStateChanges,
  type CheckResultRow,
  type EndpointRow,
  type EndpointStatus,
} from '../../src/db/schema.js';

let sequence = 0;

/** Inserts one endpoint row (the endpoints module's table, seeded directly so analytics tests stand alone). */
export async function makeEndpoint(
  db: Db,
  overrides: Partial<typeof endpoints.$inferInsert> = {},
): Promise<EndpointRow> {
  sequence++;
  const [row] = await db
    .insert(endpoints)
    .values({ name: `endpoint ${sequence}`, url: `http://127.0.0.1:9/${sequence}`, status: 'UP', ...overrides })
    .returning();
  return row!;
}

export type CheckInsert = Partial<typeof checkResults.$inferInsert> & { endpointId: number; checkedAt: Date };

export async function insertChecks(db: Db, rows: CheckInsert[]): Promise<CheckResultRow[]> {
  const out: CheckResultRow[] = [];
  for (let k = 0; k < rows.length; k += 1000) {
    const batch = rows
      .slice(k, k + 1000)
      .map((r) => ({ ok: true, latencyMs: 100, statusCode: r.ok === false ? 500 : 200, ...r }));
    out.push(...(await db.insert(checkResults).values(batch).returning()));
  }
  return out;
}

/** Stores a state change and emits it the way the check engine does (awaiting the listeners). */
export async function changeState(
  app: INestApplication,
  db: Db,
  endpoint: Pick<EndpointRow, 'id' | 'name' | 'tags' | 'url'>,
  change: { from: EndpointStatus; to: EndpointStatus; at: Date; check?: CheckResultRow | null },
): Promise<void> {
  const [stored] = await db
    .insert(endpointStateChanges)
    .values({
      endpointId: endpoint.id,
      fromStatus: change.from,
      toStatus: change.to,
      at: change.at,
      reason: change.check?.errorMessage ?? null,
      checkResultId: change.check?.id ?? null,
    })
    .returning();
  const event: EndpointStateChangedEvent = {
    endpointId: endpoint.id,
    endpointName: endpoint.name,
    url: endpoint.url,
    tags: endpoint.tags,
    from: change.from,
    to: change.to,
    at: change.at,
    reason: stored!.reason,
    stateChangeId: stored!.id,
    check: change.check
      ? {
          checkResultId: change.check.id,
          statusCode: change.check.statusCode,
          latencyMs: change.check.latencyMs,
          errorKind: change.check.errorKind,
          errorMessage: change.check.errorMessage,
        }
      : null,
  };
  await app.get(EventEmitter2).emitAsync(ENDPOINT_STATE_CHANGED, event);
}

/** Deterministic latency around 120 ms (lognormal-ish), so histograms have real spread. */
export function syntheticLatency(k: number): number {
  const x = Math.sin(k * 12.9898 + 78.233) * 43758.5453;
  const u = x - Math.floor(x);
  return Math.round(60 + 120 * u * u + (k % 97 === 0 ? 900 : 0));
}

/**
 * A history of one check every `intervalSeconds` over [from, to), failing inside the `down` runs
 * (minutes from `from`). Stores the checks and the state changes (PENDING → UP at the first check,
 * UP → DOWN at each run's first failure, DOWN → UP at the first success after it) and emits them,
 * so the incidents listener records the downtime periods.
 */
export async function seedHistory(
  app: INestApplication,
  db: Db,
  endpoint: EndpointRow,
  opts: { from: Date; to: Date; intervalSeconds?: number; down?: { startMinute: number; minutes: number }[] },
): Promise<CheckResultRow[]> {
  const step = (opts.intervalSeconds ?? 60) * 1000;
  const isDown = (t: number) =>
    (opts.down ?? []).some((d) => {
      const start = opts.from.getTime() + d.startMinute * 60_000;
      return t >= start && t < start + d.minutes * 60_000;
    });
  const rows: CheckInsert[] = [];
  for (let t = opts.from.getTime(), k = 0; t < opts.to.getTime(); t += step, k++) {
    const down = isDown(t);
    rows.push({
      endpointId: endpoint.id,
      checkedAt: new Date(t),
      ok: !down,
      latencyMs: down ? null : syntheticLatency(k + endpoint.id * 7919),
      statusCode: down ? 503 : 200,
      errorKind: down ? 'status' : null,
      errorMessage: down ? 'expected 200-399, got 503' : null,
    });
  }
  const stored = await insertChecks(db, rows);
  let status: EndpointStatus = 'PENDING';
  for (const check of stored) {
    const next: EndpointStatus = check.ok ? 'UP' : 'DOWN';
    if (next !== status) {
      await changeState(app, db, endpoint, { from: status, to: next, at: check.checkedAt, check });
      status = next;
    }
  }
  return stored;
}
