import { Injectable } from '@nestjs/common';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { rowsOf } from '../db/raw-rows.js';
import { endpoints, type EndpointRow } from '../db/schema.js';

/** What a ping needs back from its one statement. */
export interface PingHit {
  endpointId: number;
  /** When the run this ping ends was started (/start), if one was. */
  runStartedAt: Date | null;
}

export type PushMonitor = Pick<
  EndpointRow,
  | 'id'
  | 'createdAt'
  | 'status'
  | 'statusSince'
  | 'lastPingAt'
  | 'lastCheckedAt'
  | 'periodSeconds'
  | 'cron'
  | 'timezone'
  | 'graceSeconds'
>;

/**
 * The heartbeat columns of push endpoints (last_ping_at, run_started_at), found by the sha256 of the
 * ping token through its unique index. Runtime state (status, results) stays the check engine's.
 */
@Injectable()
export class HeartbeatsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Records a ping's time and ends a started run, in one statement; null for an unknown token. */
  async ping(tokenHash: string, at: Date): Promise<PingHit | null> {
    const result = await this.db.execute(sql`
      with hit as (
        select id, run_started_at from ${endpoints}
        where push_token_hash = ${tokenHash} and kind = 'push'
        for update
      )
      update ${endpoints} as e set last_ping_at = ${at.toISOString()}::timestamptz, run_started_at = null
      from hit where e.id = hit.id
      returning e.id, hit.run_started_at`);
    const [row] = rowsOf<{ id: number | string; run_started_at: Date | string | null }>(result);
    if (!row) return null;
    return { endpointId: Number(row.id), runStartedAt: row.run_started_at ? new Date(row.run_started_at) : null };
  }

  /** Marks a run started; false for an unknown token. */
  async start(tokenHash: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(endpoints)
      .set({ runStartedAt: at })
      .where(and(eq(endpoints.pushTokenHash, tokenHash), eq(endpoints.kind, 'push')))
      .returning({ id: endpoints.id });
    return rows.length > 0;
  }

  /** Every push monitor that is being watched (active, with a token). */
  async watched(): Promise<PushMonitor[]> {
    return this.db
      .select({
        id: endpoints.id,
        createdAt: endpoints.createdAt,
        status: endpoints.status,
        statusSince: endpoints.statusSince,
        lastPingAt: endpoints.lastPingAt,
        lastCheckedAt: endpoints.lastCheckedAt,
        periodSeconds: endpoints.periodSeconds,
        cron: endpoints.cron,
        timezone: endpoints.timezone,
        graceSeconds: endpoints.graceSeconds,
      })
      .from(endpoints)
      .where(and(eq(endpoints.kind, 'push'), eq(endpoints.isActive, true), isNotNull(endpoints.pushTokenHash)));
  }
}
