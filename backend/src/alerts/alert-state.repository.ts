import { Injectable } from '@nestjs/common';
import { and, desc, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { alertFlapStates, alertStateLog, checkResults, endpoints, type AlertStateLogRow } from '../db/schema.js';

export interface EndpointFacts {
  id: number;
  name: string;
  url: string | null;
  tags: string[];
}

export interface DownEndpoint extends EndpointFacts {
  change: AlertStateLogRow;
}

const SERVING = ['UP', 'DOWN', 'DEGRADED'];

/** The alerting's own memory of endpoint state changes and flapping episodes, plus reads of endpoints/checks. */
@Injectable()
export class AlertStateRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async endpoint(id: number): Promise<EndpointFacts | undefined> {
    const [row] = await this.db
      .select({ id: endpoints.id, name: endpoints.name, url: endpoints.url, tags: endpoints.tags })
      .from(endpoints)
      .where(eq(endpoints.id, id));
    return row;
  }

  /** Records a state change once (by its id); a change of an endpoint that no longer exists is ignored. */
  async recordChange(change: Omit<AlertStateLogRow, 'evaluatedAt'>): Promise<void> {
    await this.db.execute(sql`
      insert into ${alertStateLog} (state_change_id, endpoint_id, from_status, to_status, at, "check")
      select ${change.stateChangeId}, ${endpoints.id}, ${change.fromStatus}, ${change.toStatus}, ${change.at.toISOString()}::timestamptz,
             ${change.check === null ? null : JSON.stringify(change.check)}::jsonb
      from ${endpoints} where ${endpoints.id} = ${change.endpointId}
      on conflict (state_change_id) do nothing`);
  }

  /** The change's notifications are stored: the catch-up leaves it alone from now on. */
  async markEvaluated(stateChangeId: number, at: Date): Promise<void> {
    await this.db.update(alertStateLog).set({ evaluatedAt: at }).where(eq(alertStateLog.stateChangeId, stateChangeId));
  }

  /** Times of UP/DOWN/DEGRADED transitions in (from, to], for flap counting. */
  async changeTimes(endpointId: number, from: Date, to: Date): Promise<Date[]> {
    const rows = await this.db
      .select({ at: alertStateLog.at })
      .from(alertStateLog)
      .where(
        and(
          eq(alertStateLog.endpointId, endpointId),
          gt(alertStateLog.at, from),
          lte(alertStateLog.at, to),
          inArray(alertStateLog.fromStatus, SERVING),
          inArray(alertStateLog.toStatus, SERVING),
        ),
      );
    return rows.map((r) => r.at);
  }

  /** Endpoints whose latest recorded change went to DOWN, with that change. */
  async currentlyDown(): Promise<DownEndpoint[]> {
    const latest = this.db
      .selectDistinctOn([alertStateLog.endpointId], {
        stateChangeId: alertStateLog.stateChangeId,
        endpointId: alertStateLog.endpointId,
        fromStatus: alertStateLog.fromStatus,
        toStatus: alertStateLog.toStatus,
        at: alertStateLog.at,
        check: alertStateLog.check,
        evaluatedAt: alertStateLog.evaluatedAt,
      })
      .from(alertStateLog)
      .orderBy(alertStateLog.endpointId, desc(alertStateLog.at))
      .as('latest');
    const rows = await this.db
      .select({
        change: {
          stateChangeId: latest.stateChangeId,
          endpointId: latest.endpointId,
          fromStatus: latest.fromStatus,
          toStatus: latest.toStatus,
          at: latest.at,
          check: latest.check,
          evaluatedAt: latest.evaluatedAt,
        },
        id: endpoints.id,
        name: endpoints.name,
        url: endpoints.url,
        tags: endpoints.tags,
      })
      .from(latest)
      .innerJoin(endpoints, eq(endpoints.id, latest.endpointId))
      .where(and(eq(latest.toStatus, 'DOWN'), eq(endpoints.isActive, true)));
    return rows;
  }

  /** The latest recorded change of an endpoint, or (before) the one just before that time. */
  async latestChange(endpointId: number, before?: Date): Promise<AlertStateLogRow | undefined> {
    const [row] = await this.db
      .select()
      .from(alertStateLog)
      .where(and(eq(alertStateLog.endpointId, endpointId), before ? lt(alertStateLog.at, before) : undefined))
      .orderBy(desc(alertStateLog.at))
      .limit(1);
    return row;
  }

  async flapStates(endpointId: number): Promise<Map<number, Date>> {
    const rows = await this.db.select().from(alertFlapStates).where(eq(alertFlapStates.endpointId, endpointId));
    return new Map(rows.map((r) => [r.ruleId, r.flappingSince]));
  }

  async startFlapping(ruleId: number, endpointId: number, since: Date): Promise<void> {
    await this.db.insert(alertFlapStates).values({ ruleId, endpointId, flappingSince: since }).onConflictDoNothing();
  }

  allFlapStates() {
    return this.db.select().from(alertFlapStates);
  }

  async endFlapping(ruleId: number, endpointId: number, since: Date): Promise<void> {
    await this.db
      .delete(alertFlapStates)
      .where(
        and(
          eq(alertFlapStates.ruleId, ruleId),
          eq(alertFlapStates.endpointId, endpointId),
          eq(alertFlapStates.flappingSince, since),
        ),
      );
  }

  /** Latencies of the newest `count` results at or before `upTo`, newest first (index on endpoint, checked_at). */
  async latencies(endpointId: number, upTo: Date, count: number): Promise<(number | null)[]> {
    const rows = await this.db
      .select({ latencyMs: checkResults.latencyMs, ok: checkResults.ok })
      .from(checkResults)
      .where(and(eq(checkResults.endpointId, endpointId), lte(checkResults.checkedAt, upTo)))
      .orderBy(desc(checkResults.checkedAt))
      .limit(count);
    return rows.map((r) => (r.ok ? r.latencyMs : null));
  }

  /** Active endpoints whose latest check result carries a certificate expiring before `limit` (one index probe each). */
  async certificatesExpiringBefore(limit: Date): Promise<(EndpointFacts & { certExpiresAt: Date })[]> {
    type Row = {
      id: number | string;
      name: string;
      url: string | null;
      tags: string[];
      cert_expires_at: string | Date;
    };
    const result = (await this.db.execute(sql`
      select e.id, e.name, e.url, e.tags, r.cert_expires_at
      from ${endpoints} e
      cross join lateral (
        select cert_expires_at from ${checkResults} c where c.endpoint_id = e.id order by c.checked_at desc limit 1
      ) r
      where e.is_active and r.cert_expires_at is not null and r.cert_expires_at <= ${limit.toISOString()}::timestamptz`)) as unknown as {
      rows: Row[];
    };
    return result.rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      url: r.url,
      tags: r.tags,
      certExpiresAt: new Date(r.cert_expires_at),
    }));
  }
}
