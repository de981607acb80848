import { Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import type { EndpointStateChangedEvent } from '../checks/check.events.js';
import { InjectDb, type Db } from '../db/database.module.js';
import {
  alertCatchUp,
  alertStateLog,
  checkResults,
  endpoints,
  endpointStateChanges,
  type AlertCatchUpRow,
  type EndpointStatus,
  type ErrorKind,
} from '../db/schema.js';
import { rowsOf } from '../db/raw-rows.js';

/** A stored state change with what its notifications need (endpoint, causing check): the event's shape. */
export type StoredStateChange = Omit<EndpointStateChangedEvent, 'stateChangeId'> & { id: number };

export interface PendingFilter {
  afterId: number;
  endpointId?: number;
  upToId?: number;
  limit: number;
}

type Row = {
  id: string | number;
  endpoint_id: string | number;
  name: string;
  url: string | null;
  tags: string[];
  from_status: string;
  to_status: string;
  at: string | Date;
  reason: string | null;
  check_result_id: string | number | null;
  status_code: number | null;
  latency_ms: number | null;
  error_kind: string | null;
  error_message: string | null;
};

/**
 * Reads the check engine's stored state changes (endpoint_state_changes, the durable record) that the
 * alerting has not evaluated yet, and keeps the alerting's watermark over them.
 */
@Injectable()
export class AlertCatchUpRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** The watermark row; created on the first start at the newest change (older history is never replayed). */
  async watermark(): Promise<AlertCatchUpRow> {
    await this.db.execute(sql`
      insert into ${alertCatchUp} (id, watermark_id)
      select 1, coalesce(max(id), 0) from ${endpointStateChanges}
      on conflict (id) do nothing`);
    const [row] = await this.db.select().from(alertCatchUp).where(eq(alertCatchUp.id, 1));
    return row!;
  }

  /** Unevaluated changes after the watermark, oldest first (endpoint rows of deleted endpoints are gone). */
  async pending(filter: PendingFilter): Promise<StoredStateChange[]> {
    const result = await this.db.execute(sql`
      select sc.id, sc.endpoint_id, e.name, e.url, e.tags, sc.from_status, sc.to_status, sc.at, sc.reason,
             sc.check_result_id, cr.status_code, cr.latency_ms, cr.error_kind, cr.error_message
      from ${endpointStateChanges} sc
      join ${endpoints} e on e.id = sc.endpoint_id
      left join ${checkResults} cr on cr.id = sc.check_result_id
      left join ${alertStateLog} l on l.state_change_id = sc.id
      where sc.id > ${filter.afterId} and l.evaluated_at is null
        ${filter.endpointId === undefined ? sql`` : sql`and sc.endpoint_id = ${filter.endpointId}`}
        ${filter.upToId === undefined ? sql`` : sql`and sc.id <= ${filter.upToId}`}
      order by sc.id
      limit ${filter.limit}`);
    return rowsOf<Row>(result).map(toChange);
  }

  /** The highest id below which every change after the watermark is evaluated (for the next watermark). */
  async evaluatedThrough(afterId: number): Promise<number> {
    const result = await this.db.execute(sql`
      select coalesce(
        (select min(sc.id) - 1 from ${endpointStateChanges} sc
           left join ${alertStateLog} l on l.state_change_id = sc.id
           where sc.id > ${afterId} and l.evaluated_at is null),
        (select max(id) from ${endpointStateChanges}),
        ${afterId}) as through`);
    return Number(rowsOf<{ through: string | number }>(result)[0]!.through);
  }

  /** Moves the watermark forward (never back) and sets the next candidate. */
  async advance(watermarkId: number, candidateId: number, now: Date): Promise<void> {
    await this.db
      .update(alertCatchUp)
      .set({
        watermarkId: sql`greatest(${alertCatchUp.watermarkId}, ${watermarkId})`,
        candidateId,
        candidateSince: now,
        updatedAt: now,
      })
      .where(eq(alertCatchUp.id, 1));
  }
}

function toChange(r: Row): StoredStateChange {
  return {
    id: Number(r.id),
    endpointId: Number(r.endpoint_id),
    endpointName: r.name,
    url: r.url,
    tags: r.tags,
    from: r.from_status as EndpointStatus,
    to: r.to_status as EndpointStatus,
    at: new Date(r.at),
    reason: r.reason,
    check:
      r.check_result_id === null
        ? null
        : {
            checkResultId: Number(r.check_result_id),
            statusCode: r.status_code,
            latencyMs: r.latency_ms,
            errorKind: r.error_kind as ErrorKind | null,
            errorMessage: r.error_message,
          },
  };
}
