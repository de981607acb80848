import { Injectable } from '@nestjs/common';
import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { checkResults, endpoints, endpointStateChanges, type EndpointRow } from '../db/schema.js';
import type { CheckResult, StoredCheckResult } from './check-result.js';
import type { EndpointState, StateChange } from './state-machine.js';

/** One queued write: a result, a state change, or both, plus the endpoint's runtime columns after it. */
export interface PendingWrite {
  endpointId: number;
  result: CheckResult | null;
  change: StateChange | null;
  state: EndpointState;
}

export interface WrittenIds {
  checkResultIds: (number | null)[];
  stateChangeIds: (number | null)[];
}

export interface ListChecksOptions {
  limit: number;
  before?: { checkedAt: Date; id: number };
  from?: Date;
  to?: Date;
}

@Injectable()
export class ChecksRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Every endpoint the scheduler runs: active HTTP endpoints. */
  async findSchedulable(): Promise<EndpointRow[]> {
    return this.db
      .select()
      .from(endpoints)
      .where(and(eq(endpoints.isActive, true), eq(endpoints.kind, 'http')));
  }

  async findEndpoint(id: number): Promise<EndpointRow | null> {
    const [row] = await this.db.select().from(endpoints).where(eq(endpoints.id, id));
    return row ?? null;
  }

  async existingEndpointIds(ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.select({ id: endpoints.id }).from(endpoints).where(inArray(endpoints.id, ids));
    return new Set(rows.map((r) => r.id));
  }

  /**
   * One transaction per batch: a multi-row INSERT of the results, one of the state changes, and one
   * UPDATE … FROM (VALUES …) of the runtime columns with each endpoint's latest state.
   */
  async writeBatch(batch: PendingWrite[]): Promise<WrittenIds> {
    if (batch.length === 0) return { checkResultIds: [], stateChangeIds: [] };
    return this.db.transaction(async (tx) => {
      const withResult = batch.filter((w) => w.result);
      const resultIds = withResult.length
        ? rowsOf<{ id: number | string }>(await tx.execute(insertResultsSql(withResult)))
        : [];
      // Multi-row INSERT … RETURNING yields rows in VALUES order.
      const checkResultIds: (number | null)[] = [];
      let next = 0;
      for (const w of batch) checkResultIds.push(w.result ? Number(resultIds[next++]!.id) : null);

      const changes = batch.flatMap((w, i) => (w.change ? [{ w, checkResultId: checkResultIds[i]! }] : []));
      const changeIds = changes.length
        ? await tx
            .insert(endpointStateChanges)
            .values(
              changes.map(({ w, checkResultId }) => ({
                endpointId: w.endpointId,
                fromStatus: w.change!.from,
                toStatus: w.change!.to,
                at: w.change!.at,
                reason: w.change!.reason,
                checkResultId,
              })),
            )
            .returning({ id: endpointStateChanges.id })
        : [];
      const stateChangeIds: (number | null)[] = [];
      next = 0;
      for (const w of batch) stateChangeIds.push(w.change ? changeIds[next++]!.id : null);

      await tx.execute(updateRuntimeSql(batch));
      return { checkResultIds, stateChangeIds };
    });
  }

  /** Newest first; `before` is the (checked_at, id) of the last row of the previous page. */
  async listResults(endpointId: number, options: ListChecksOptions): Promise<StoredCheckResult[]> {
    const filters: (SQL | undefined)[] = [eq(checkResults.endpointId, endpointId)];
    if (options.from) filters.push(gte(checkResults.checkedAt, options.from));
    if (options.to) filters.push(lte(checkResults.checkedAt, options.to));
    if (options.before) {
      const { checkedAt, id } = options.before;
      filters.push(
        or(lt(checkResults.checkedAt, checkedAt), and(eq(checkResults.checkedAt, checkedAt), lt(checkResults.id, id))),
      );
    }
    const rows = await this.db
      .select()
      .from(checkResults)
      .where(and(...filters))
      .orderBy(desc(checkResults.checkedAt), desc(checkResults.id))
      .limit(options.limit);
    return rows.map((r) => ({ ...r, attempts: r.attempts, details: r.details ?? null }));
  }
}

const RESULT_COLUMNS = sql.raw(
  'endpoint_id, checked_at, ok, degraded, status_code, latency_ms, dns_ms, connect_ms, tls_ms, ttfb_ms, size_bytes, error_kind, error_message, attempts, details, cert_expires_at',
);

/**
 * One INSERT for the whole batch with a single JSON parameter: thousands of bind parameters cost
 * PGlite (which runs on the event loop's thread) ~20× more than parsing one JSON document.
 * INSERT … SELECT FROM json_populate_recordset returns the ids in the document's order.
 */
function insertResultsSql(writes: PendingWrite[]): SQL {
  const json = JSON.stringify(
    writes.map(({ endpointId, result: r }) => ({
      endpoint_id: endpointId,
      checked_at: r!.checkedAt.toISOString(),
      ok: r!.ok,
      degraded: r!.degraded,
      status_code: r!.statusCode,
      latency_ms: r!.latencyMs,
      dns_ms: r!.dnsMs,
      connect_ms: r!.connectMs,
      tls_ms: r!.tlsMs,
      ttfb_ms: r!.ttfbMs,
      size_bytes: r!.sizeBytes,
      error_kind: r!.errorKind,
      error_message: r!.errorMessage,
      attempts: r!.attempts,
      details: r!.details,
      cert_expires_at: r!.certExpiresAt?.toISOString() ?? null,
    })),
  );
  return sql`insert into check_results (${RESULT_COLUMNS})
    select ${RESULT_COLUMNS} from json_populate_recordset(null::check_results, ${json}::json)
    returning id`;
}

/** The latest state per endpoint of the batch, written in one UPDATE … FROM json_to_recordset. */
function updateRuntimeSql(batch: PendingWrite[]): SQL {
  const latest = new Map<number, PendingWrite>();
  const lastCheck = new Map<number, CheckResult>();
  for (const w of batch) {
    latest.set(w.endpointId, w);
    if (w.result) lastCheck.set(w.endpointId, w.result);
  }
  const json = JSON.stringify(
    [...latest.values()].map((w) => {
      const check = lastCheck.get(w.endpointId);
      return {
        id: w.endpointId,
        status: w.state.status,
        status_since: w.state.statusSince.toISOString(),
        failures: w.state.consecutiveFailures,
        successes: w.state.consecutiveSuccesses,
        has_check: check !== undefined,
        checked_at: check?.checkedAt.toISOString() ?? null,
        latency_ms: check?.latencyMs ?? null,
      };
    }),
  );
  return sql`update endpoints as e set
      status = v.status,
      status_since = v.status_since,
      consecutive_failures = v.failures,
      consecutive_successes = v.successes,
      last_checked_at = case when v.has_check then v.checked_at else e.last_checked_at end,
      last_latency_ms = case when v.has_check then v.latency_ms else e.last_latency_ms end
    from json_to_recordset(${json}::json) as v(id bigint, status text, status_since timestamptz, failures integer,
      successes integer, has_check boolean, checked_at timestamptz, latency_ms integer)
    where e.id = v.id`;
}

/** Raw query rows from either driver (node-postgres and PGlite both answer { rows }). */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
