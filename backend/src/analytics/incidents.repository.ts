import { Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { checkResults, endpoints, incidents, type CheckResultRow, type IncidentRow } from '../db/schema.js';

export interface IncidentFilter {
  endpointId?: number;
  open?: boolean;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export type IncidentWithName = IncidentRow & { endpointName: string };

const withName = { ...getColumns(), endpointName: endpoints.name };

function getColumns() {
  const {
    id,
    endpointId,
    startedAt,
    resolvedAt,
    causeKind,
    causeMessage,
    failedChecks,
    openedByStateChangeId,
    openedByCheckResultId,
    createdAt,
  } = incidents;
  return {
    id,
    endpointId,
    startedAt,
    resolvedAt,
    causeKind,
    causeMessage,
    failedChecks,
    openedByStateChangeId,
    openedByCheckResultId,
    createdAt,
  };
}

@Injectable()
export class IncidentsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Opens one; a second open incident for the same endpoint is refused by the partial unique index. */
  async open(values: Omit<IncidentRow, 'id' | 'createdAt' | 'resolvedAt'>): Promise<IncidentRow | undefined> {
    const [row] = await this.db.insert(incidents).values(values).onConflictDoNothing().returning();
    return row;
  }

  /** Closes the endpoint's open incident and counts its failed checks from the stored results. */
  async close(endpointId: number, resolvedAt: Date): Promise<IncidentRow | undefined> {
    const [row] = await this.db
      .update(incidents)
      .set({
        resolvedAt: sql`greatest(${resolvedAt.toISOString()}::timestamptz, ${incidents.startedAt})`,
        failedChecks: sql`greatest(${incidents.failedChecks}, (select count(*)::int from ${checkResults}
          where ${checkResults.endpointId} = ${endpointId} and not ${checkResults.ok}
            and ${checkResults.checkedAt} >= ${incidents.startedAt} and ${checkResults.checkedAt} < ${resolvedAt.toISOString()}::timestamptz))`,
      })
      .where(and(eq(incidents.endpointId, endpointId), isNull(incidents.resolvedAt)))
      .returning();
    return row;
  }

  /** A later failure while the incident is open adds one (the opening run is already counted). */
  async countFailure(endpointId: number, checkResultId: number): Promise<void> {
    await this.db
      .update(incidents)
      .set({ failedChecks: sql`${incidents.failedChecks} + 1` })
      .where(
        and(
          eq(incidents.endpointId, endpointId),
          isNull(incidents.resolvedAt),
          or(isNull(incidents.openedByCheckResultId), lt(incidents.openedByCheckResultId, checkResultId)),
        ),
      );
  }

  /** The endpoint's checks up to `at`, oldest first, at most `limit` of the newest. */
  async checksUpTo(endpointId: number, at: Date, limit: number): Promise<CheckResultRow[]> {
    const rows = await this.db
      .select()
      .from(checkResults)
      .where(and(eq(checkResults.endpointId, endpointId), lte(checkResults.checkedAt, at)))
      .orderBy(desc(checkResults.checkedAt))
      .limit(limit);
    return rows.reverse();
  }

  async list(f: IncidentFilter): Promise<{ rows: IncidentWithName[]; total: number }> {
    const where = and(
      f.endpointId === undefined ? undefined : eq(incidents.endpointId, f.endpointId),
      f.open === undefined ? undefined : f.open ? isNull(incidents.resolvedAt) : isNotNull(incidents.resolvedAt),
      f.to ? lt(incidents.startedAt, f.to) : undefined,
      f.from ? or(isNull(incidents.resolvedAt), gt(incidents.resolvedAt, f.from)) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      this.db
        .select(withName)
        .from(incidents)
        .innerJoin(endpoints, eq(endpoints.id, incidents.endpointId))
        .where(where)
        .orderBy(desc(incidents.startedAt), desc(incidents.id))
        .limit(f.limit)
        .offset(f.offset),
      this.db.select({ n: count() }).from(incidents).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  async get(id: number): Promise<IncidentWithName | undefined> {
    const [row] = await this.db
      .select(withName)
      .from(incidents)
      .innerJoin(endpoints, eq(endpoints.id, incidents.endpointId))
      .where(eq(incidents.id, id));
    return row;
  }

  checksBetween(endpointId: number, from: Date, to: Date, limit: number): Promise<CheckResultRow[]> {
    return this.db
      .select()
      .from(checkResults)
      .where(
        and(
          eq(checkResults.endpointId, endpointId),
          gte(checkResults.checkedAt, from),
          lte(checkResults.checkedAt, to),
        ),
      )
      .orderBy(asc(checkResults.checkedAt))
      .limit(limit);
  }
}
