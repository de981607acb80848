import { Injectable } from '@nestjs/common';
import { and, eq, gte, inArray, isNull, lt, lte, or, gt, sql, avg, type SQL } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { queryJsonArrays } from '../db/json-rows.js';
import {
  checkResults,
  endpoints,
  incidents,
  rollupWatermarks,
  type CheckResultRow,
  type EndpointStatus,
} from '../db/schema.js';
import type { WindowPlan } from './buckets.js';
import { sumPerGroup } from './aggregate-rows.js';
import { parseIntArray, queryRows, toDate } from './db-rows.js';
import type { Histogram } from './histogram.js';
import type { Interval } from './intervals.js';
import { UNCOUNTED_STATUSES, type StateChange } from './uptime.js';
import { endpointFilter, exactPercentilesSql, rawAggregateSql, rollupAggregateSql } from './window-query.js';

export interface EndpointInfo {
  id: number;
  name: string;
  tags: string[];
  createdAt: Date;
  status: EndpointStatus;
  slaTarget: number | null;
  isActive: boolean;
}

/** Some endpoints: these ids, those carrying any of these tags, or all of them. */
export interface EndpointSelection {
  all: boolean;
  ids: number[];
  tags: string[];
}

/** Per current status: how many endpoints, and the counted time of those outside a selection. */
export interface QuietUptimeRow {
  status: EndpointStatus;
  endpoints: number;
  /** Counted milliseconds in the window of this status's endpoints outside the selection. */
  quietCountedMs: number;
}

export interface AggregateRow {
  endpointId: number;
  /** Bucket start in epoch seconds (0 when the window is one group). */
  bucket: number;
  checks: number;
  ok: number;
  degraded: number;
  latencyCount: number;
  latencySumMs: number;
  latencyMinMs: number | null;
  latencyMaxMs: number | null;
  histogram: Histogram;
}

interface AggregateInput {
  plan: WindowPlan;
  endpointIds: number[] | null;
  bucketSeconds: number | null;
  withHistogram: boolean;
}

const NO_ROWS: AggregateRow[] = [];

export interface IncidentSpan {
  endpointId: number;
  startedAt: Date;
  resolvedAt: Date | null;
}

/**
 * `desc nulls last`, the order of check_results' indexes: plain `desc` (nulls first) cannot walk the
 * (endpoint_id, checked_at desc nulls last) index, so PostgreSQL scanned every endpoint's recent rows
 * backwards on the checked_at index and filtered them (100k rows for 100 results at 1,000 endpoints).
 */
const newestFirst = sql`${checkResults.checkedAt} desc nulls last`;

/** Single-endpoint rollup parts kept in memory (LRU); each is one window of one endpoint, tens of rows. */
const ROLLUP_CACHE_ENTRIES = 64;
/** All-endpoint parts (overview, SLA): up to 1,000 × 25 rows each, a few windows in use at a time. */
const ALL_ENDPOINTS_CACHE_ENTRIES = 8;

const endpointColumns = {
  id: endpoints.id,
  name: endpoints.name,
  tags: endpoints.tags,
  createdAt: endpoints.createdAt,
  status: endpoints.status,
  slaTarget: endpoints.slaTarget,
  isActive: endpoints.isActive,
};

/** Read-side SQL of analytics: windows over rollups + raw edges, state changes, history. */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async endpoint(id: number): Promise<EndpointInfo | undefined> {
    const [row] = await this.db.select(endpointColumns).from(endpoints).where(eq(endpoints.id, id));
    return row;
  }

  /**
   * Every endpoint, for the all-endpoint routes. The creation time travels as epoch milliseconds:
   * parsing timestamptz text was most of this read at 20,000 endpoints (59 ms, 29 without).
   */
  endpoints(): Promise<EndpointInfo[]> {
    return this.endpointsWhere(sql`true`);
  }

  /** The selected endpoints, read like endpoints(). */
  endpointsIn(selection: EndpointSelection): Promise<EndpointInfo[]> {
    return this.endpointsWhere(selectionSql(selection));
  }

  /** As one JSON value (queryJsonArrays): 2,000 rows took 27 ms to decode on PGlite, this ~9. */
  private async endpointsWhere(condition: SQL): Promise<EndpointInfo[]> {
    const rows = (await queryJsonArrays(this.db, {
      values: [
        sql`id`,
        sql`name`,
        sql`tags`,
        sql`extract(epoch from created_at)::float8 * 1000`,
        sql`status`,
        sql`sla_target`,
        sql`is_active`,
      ],
      from: sql`endpoints e where ${condition}`,
      orderBy: [sql`id`],
    })) as [number, string, string[], number, EndpointStatus, number | null, boolean][];
    return rows.map(([id, name, tags, createdMs, status, slaTarget, isActive]) => ({
      id,
      name,
      tags,
      createdAt: new Date(createdMs),
      status,
      slaTarget,
      isActive,
    }));
  }

  /** Ids of the endpoints with a state change in [from, to). */
  async changedIn(from: Date, to: Date): Promise<number[]> {
    const rows = await queryRows<{ id: number }>(
      this.db,
      sql`select distinct endpoint_id::float8 as id from endpoint_state_changes
           where at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz`,
    );
    return rows.map((r) => Number(r.id));
  }

  /**
   * Per current status, the number of endpoints and the time-weighted counted time over [from, to)
   * of the "quiet" ones: outside `eventful`, which must hold every endpoint with a state change, an
   * incident or maintenance in the window. A quiet endpoint had one status all through the window (the
   * last change before it, else its current status), counted from its creation on unless that status
   * is uncounted; it had no downtime. This is timeWeightedUptime() for such an endpoint, summed in the
   * database: the dashboard's summary reads one row per status instead of one per endpoint. The
   * creation time is truncated to milliseconds as endpoints() reads it, so both paths agree exactly.
   */
  async quietUptime(from: Date, to: Date, eventful: EndpointSelection): Promise<QuietUptimeRow[]> {
    const rows = await queryRows<{ status: EndpointStatus; endpoints: number; quiet_ms: number }>(
      this.db,
      sql`select e.status, count(*)::float8 as endpoints,
                 coalesce(sum(greatest(0, ${to.getTime()}::float8
                                 - greatest(${from.getTime()}::float8, trunc(extract(epoch from e.created_at)::float8 * 1000))))
                            filter (where not ${selectionSql(eventful)}
                                      and coalesce(c.to_status, e.status) <> all(${sql.param([...UNCOUNTED_STATUSES])}::text[])),
                          0)::float8 as quiet_ms
            from endpoints e
            left join lateral (select s.to_status from endpoint_state_changes s
                                where s.endpoint_id = e.id and s.at < ${to.toISOString()}::timestamptz
                                order by s.at desc limit 1) c on true
           group by e.status`,
    );
    return rows.map((r) => ({ status: r.status, endpoints: Number(r.endpoints), quietCountedMs: Number(r.quiet_ms) }));
  }

  async watermarks(): Promise<{ hourly: Date | null; daily: Date | null }> {
    const rows = await this.db.select().from(rollupWatermarks);
    const get = (level: string) => rows.find((r) => r.level === level)?.watermark ?? null;
    return { hourly: get('hourly'), daily: get('daily') };
  }

  /**
   * Aggregate rows of a window: the closed-bucket part (rollups) and the raw edges as separate groups
   * (callers sum rows per endpoint and bucket). Closed rollup buckets never change once written, so
   * the rollup part is cached by its exact ranges: a dashboard polling the same 24 h pays the
   * histogram merge once an hour, not on every request.
   */
  async aggregate(input: AggregateInput): Promise<AggregateRow[]> {
    const { closed, edges } = await this.aggregateParts(input);
    return [...closed, ...edges];
  }

  /**
   * The same rows in two parts: `closed` from rollups of closed buckets (cached: the same array for
   * the same ranges, so callers may memoise what they derive from it) and `edges` (raw rows and the
   * open-edge rollup), read on every call.
   */
  async aggregateParts(input: AggregateInput): Promise<{ closed: AggregateRow[]; edges: AggregateRow[] }> {
    const rawPart = { ...input, plan: { raw: input.plan.raw, hourly: [], daily: null } };
    const rollupPlan = { raw: [], hourly: input.plan.hourly, daily: input.plan.daily };
    const hasRollups = rollupPlan.hourly.length > 0 || rollupPlan.daily !== null;
    const [closed, edges] = await Promise.all([
      hasRollups ? this.cachedRollupPart({ ...input, plan: rollupPlan }) : NO_ROWS,
      // A window with closed buckets from rollups reads its open edge from the open-edge rollup too.
      input.plan.raw.length ? this.aggregateQuery(rawAggregateSql({ ...rawPart, openRollup: hasRollups })) : NO_ROWS,
    ]);
    return { closed, edges };
  }

  private cachedRollupPart(input: AggregateInput): Promise<AggregateRow[]> {
    const key = JSON.stringify([
      input.plan.hourly,
      input.plan.daily,
      input.endpointIds,
      input.bucketSeconds,
      input.withHistogram,
    ]);
    // Separate LRUs: endpoint detail pages (one endpoint each) must not evict the dashboard's parts.
    const cache = input.endpointIds === null ? this.allEndpointsCache : this.rollupCache;
    const limit = input.endpointIds === null ? ALL_ENDPOINTS_CACHE_ENTRIES : ROLLUP_CACHE_ENTRIES;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    // The SQL returns rollup rows as stored; they are summed per group here, which is much cheaper
    // than in SQL and keeps the cached part as small as one row per group.
    const pending = this.aggregateQuery(rollupAggregateSql(input)).then(sumPerGroup);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
    while (cache.size > limit) cache.delete(cache.keys().next().value!);
    return pending;
  }

  private readonly rollupCache = new Map<string, Promise<AggregateRow[]>>();
  private readonly allEndpointsCache = new Map<string, Promise<AggregateRow[]>>();

  private async aggregateQuery(statement: SQL): Promise<AggregateRow[]> {
    const rows = await queryRows<{
      endpoint_id: number;
      bucket: number;
      checks: number;
      ok: number;
      degraded: number;
      latency_count: number;
      latency_sum: number;
      latency_min: number | null;
      latency_max: number | null;
      bins?: string | number[] | null;
      counts?: string | number[] | null;
    }>(this.db, statement);
    return rows.map((r) => ({
      endpointId: Number(r.endpoint_id),
      bucket: Number(r.bucket),
      checks: r.checks,
      ok: r.ok,
      degraded: r.degraded,
      latencyCount: r.latency_count,
      latencySumMs: Number(r.latency_sum),
      latencyMinMs: r.latency_min,
      latencyMaxMs: r.latency_max,
      histogram: { bins: parseIntArray(r.bins), counts: parseIntArray(r.counts) },
    }));
  }

  /** Exact [p50, p95, p99] per `${endpointId}:${bucket}`. */
  async exactPercentiles(input: {
    ranges: Interval[];
    endpointIds: number[] | null;
    bucketSeconds: number | null;
  }): Promise<Map<string, [number, number, number]>> {
    const rows = await queryRows<{ endpoint_id: number; bucket: number; p: number[] }>(
      this.db,
      exactPercentilesSql(input),
    );
    return new Map(
      rows.map((r) => [`${Number(r.endpoint_id)}:${Number(r.bucket)}`, r.p.map(Number) as [number, number, number]]),
    );
  }

  /** The changes inside [from, to) plus, per endpoint, the last one before `from` (its status at `from`). */
  async stateChanges(endpointIds: number[] | null, from: Date, to: Date): Promise<Map<number, StateChange[]>> {
    const rows = await queryRows<{
      endpoint_id: number;
      from_status: EndpointStatus;
      to_status: EndpointStatus;
      at: Date | string;
    }>(
      this.db,
      sql`select endpoint_id::float8 as endpoint_id, from_status, to_status, at from endpoint_state_changes
           where ${endpointFilter(sql.raw('endpoint_id'), endpointIds)} and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz
          union all
          select e.id::float8, c.from_status, c.to_status, c.at from endpoints e
            cross join lateral (select from_status, to_status, at from endpoint_state_changes s
                                 where s.endpoint_id = e.id and s.at < ${from.toISOString()}::timestamptz order by s.at desc limit 1) c
           where ${endpointFilter(sql.raw('e.id'), endpointIds)}`,
    );
    const out = new Map<number, StateChange[]>();
    for (const r of rows) {
      const id = Number(r.endpoint_id);
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push({ at: toDate(r.at), from: r.from_status, to: r.to_status });
    }
    return out;
  }

  incidentsOverlapping(endpointIds: number[] | null, from: Date, to: Date): Promise<IncidentSpan[]> {
    return this.db
      .select({ endpointId: incidents.endpointId, startedAt: incidents.startedAt, resolvedAt: incidents.resolvedAt })
      .from(incidents)
      .where(
        and(
          endpointIds === null ? undefined : inArray(incidents.endpointId, endpointIds),
          lt(incidents.startedAt, to),
          or(isNull(incidents.resolvedAt), gt(incidents.resolvedAt, from)),
        ),
      );
  }

  async lastCheck(endpointId: number): Promise<CheckResultRow | undefined> {
    const [row] = await this.db
      .select()
      .from(checkResults)
      .where(eq(checkResults.endpointId, endpointId))
      .orderBy(newestFirst)
      .limit(1);
    return row;
  }

  history(endpointId: number, from: Date | null, to: Date | null, limit: number): Promise<CheckResultRow[]> {
    return this.db
      .select()
      .from(checkResults)
      .where(
        and(
          eq(checkResults.endpointId, endpointId),
          from ? gte(checkResults.checkedAt, from) : undefined,
          to ? lte(checkResults.checkedAt, to) : undefined,
        ),
      )
      .orderBy(newestFirst)
      .limit(limit);
  }

  recentFailures(limit: number) {
    return this.db
      .select({
        endpointId: checkResults.endpointId,
        endpointName: endpoints.name,
        checkedAt: checkResults.checkedAt,
        statusCode: checkResults.statusCode,
        errorKind: checkResults.errorKind,
        errorMessage: checkResults.errorMessage,
      })
      .from(checkResults)
      .innerJoin(endpoints, eq(endpoints.id, checkResults.endpointId))
      .where(eq(checkResults.ok, false))
      .orderBy(newestFirst)
      .limit(limit);
  }

  async averageLatencySince(from: Date): Promise<number | null> {
    const [row] = await this.db
      .select({ avg: avg(checkResults.latencyMs) })
      .from(checkResults)
      .where(and(gte(checkResults.checkedAt, from), eq(checkResults.ok, true)));
    return row?.avg === null || row?.avg === undefined ? null : Number(row.avg);
  }
}

/** The selection as a condition on `endpoints e`. */
function selectionSql(selection: EndpointSelection): SQL {
  if (selection.all) return sql`true`;
  const parts: SQL[] = [];
  if (selection.ids.length) parts.push(sql`e.id = any(${sql.param(selection.ids)}::bigint[])`);
  if (selection.tags.length) parts.push(sql`e.tags && ${sql.param(selection.tags)}::text[]`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}
