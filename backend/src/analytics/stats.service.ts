import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { mapYielding } from '../common/map-yielding.js';
import { EndpointNotFound } from '../endpoints/endpoints.service.js';
import {
  AnalyticsRepository,
  type AggregateRow,
  type EndpointInfo,
  type IncidentSpan,
} from './analytics.repository.js';
import { chooseBucketSeconds, DAY_MS, HOUR_MS, planWindow } from './buckets.js';
import { MaintenanceService } from './maintenance.service.js';
import { groupByEndpoint, sumAggregates } from './aggregate-rows.js';
import { worstUptimeFirst } from './overview-order.js';
import { bucketSums, fillBuckets, sparkColumns, type BucketSums } from './series.js';
import type { Interval } from './intervals.js';
import type { StateChange } from './uptime.js';
import { timeFigures, windowFigures, type WindowFigures } from './window-figures.js';

export interface TimeWindow {
  from: Date;
  to: Date;
}

/** Windows up to this long, for one endpoint, are answered exactly from raw rows. */
const EXACT_WINDOW_MS = 25 * HOUR_MS;
const NO_ROWS: AggregateRow[] = [];

@Injectable()
export class StatsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly maintenance: MaintenanceService,
    private readonly clock: Clock,
  ) {}

  async endpointOrThrow(id: number): Promise<EndpointInfo> {
    const endpoint = await this.repository.endpoint(id);
    if (!endpoint) throw new EndpointNotFound(id);
    return endpoint;
  }

  /** One endpoint's window; `source: 'raw'` forces exact figures from raw rows whatever the length. */
  async uptime(id: number, window: TimeWindow, source: 'auto' | 'raw' = 'auto') {
    const endpoint = await this.endpointOrThrow(id);
    const to = this.cap(window.to);
    const exact = source === 'raw' || to.getTime() - window.from.getTime() <= EXACT_WINDOW_MS;
    const [[figures], lastCheck] = await Promise.all([
      this.figures([endpoint], { from: window.from, to }, exact),
      this.repository.lastCheck(id),
    ]);
    return { endpoint, from: window.from, to, figures: figures!, lastCheck: lastCheck ?? null };
  }

  /**
   * Every endpoint over one window, in a fixed number of set-based queries: one row per endpoint, in
   * id order; with `limit`, only the `limit` with the lowest uptime (worstUptimeFirst), and only their
   * sparklines are built. `total` counts every endpoint.
   */
  async overview(window: TimeWindow, limit?: number) {
    const endpoints = await this.repository.endpoints();
    const aligned = alignToBuckets({ from: window.from, to: this.cap(window.to) });
    const all = await this.allEndpoints(endpoints, aligned);
    const sparkBucketSeconds = chooseSparkBucket(aligned.to.getTime() - aligned.from.getTime());
    const chosen = limit === undefined ? all : worstUptimeFirst(all, limit);
    return {
      ...aligned,
      sparkBucketSeconds,
      total: all.length,
      rows: chosen.map(({ endpoint, figures, spark }) => ({ endpoint, figures, spark: spark() })),
    };
  }

  /**
   * Each endpoint with its figures and sparkline, in input order, from one aggregate in hourly (or daily) buckets: the closed
   * buckets come from the rollup rows (cached, and summed per endpoint once per cached part), only
   * the edges (raw rows and the open-edge rollup) are read and added per call.
   */
  private async allEndpoints(endpoints: EndpointInfo[], window: TimeWindow) {
    const bucket = chooseSparkBucket(window.to.getTime() - window.from.getTime());
    const plan = planWindow({ ...window, ...(await this.watermarks()), bucketSeconds: bucket });
    const [{ closed, edges }, [changes, incidents, maintenance]] = await Promise.all([
      this.repository.aggregateParts({ plan, endpointIds: null, bucketSeconds: bucket, withHistogram: true }),
      this.context(endpoints, window),
    ]);
    const closedBy = this.closedByEndpoint(closed);
    const edgesBy = groupByEndpoint(edges);
    const incidentsBy = groupIncidents(incidents);
    return mapYielding(endpoints, (endpoint) => {
      const own = closedBy.get(endpoint.id);
      const edge = edgesBy.get(endpoint.id) ?? NO_ROWS;
      return {
        endpoint,
        figures: windowFigures({
          endpoint,
          from: window.from,
          to: window.to,
          rows: own ? [own.total, ...edge] : edge,
          changes: changes.get(endpoint.id) ?? [],
          incidents: incidentsBy.get(endpoint.id) ?? [],
          maintenance: maintenance.get(endpoint.id) ?? [],
        }),
        // Built only for the rows answered (a page of 20 of 20,000, say).
        spark: () => sparkColumns(own ? [own.buckets, bucketSums(edge)] : [bucketSums(edge)], window, bucket),
      };
    });
  }

  /**
   * A cached closed part grouped by endpoint, with each endpoint's rows summed: memoised per part
   * (the repository hands out the same array until its ranges change), so the 1,000 × 24 hourly
   * histograms of a 24 h overview are merged once an hour instead of on every request.
   */
  private closedByEndpoint(closed: AggregateRow[]) {
    let out = this.closedSums.get(closed);
    if (!out) {
      out = new Map();
      for (const [id, rows] of groupByEndpoint(closed))
        out.set(id, { total: sumAggregates(rows, id), buckets: bucketSums(rows) });
      this.closedSums.set(closed, out);
    }
    return out;
  }

  private readonly closedSums = new WeakMap<
    AggregateRow[],
    Map<number, { total: AggregateRow; buckets: Map<number, BucketSums> }>
  >();

  async latencySeries(id: number, window: TimeWindow, bucketSeconds: number | null) {
    await this.endpointOrThrow(id);
    const to = this.cap(window.to);
    const bucket = bucketSeconds ?? chooseBucketSeconds(to.getTime() - window.from.getTime());
    const plan = planWindow({ from: window.from, to, ...(await this.watermarks()), bucketSeconds: bucket });
    const rows = await this.repository.aggregate({
      plan,
      endpointIds: [id],
      bucketSeconds: bucket,
      withHistogram: true,
    });
    // Buckets answered only from raw rows get exact percentiles.
    const exact = plan.hourly.length === 0 && plan.daily === null;
    const percentiles = exact
      ? await this.repository.exactPercentiles({ ranges: plan.raw, endpointIds: [id], bucketSeconds: bucket })
      : new Map<string, [number, number, number]>();
    return {
      bucketSeconds: bucket,
      from: window.from,
      to,
      exact,
      points: fillBuckets(rows, window.from, to, bucket, (t) => percentiles.get(`${id}:${t / 1000}`)),
    };
  }

  /** Per UTC day of the last `days` days (today included, partial). */
  async daily(id: number, days: number) {
    const endpoint = await this.endpointOrThrow(id);
    const now = this.clock.now();
    const firstDay = Math.floor(now.getTime() / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
    const window = { from: new Date(firstDay), to: now };
    const plan = planWindow({ ...window, ...(await this.watermarks()), bucketSeconds: 86_400 });
    const rows = groupByEndpoint(
      await this.repository.aggregate({ plan, endpointIds: [id], bucketSeconds: 86_400, withHistogram: false }),
    );
    const [changes, incidents, maintenance] = await this.context([endpoint], window);
    return Array.from({ length: days }, (_, k) => {
      const from = new Date(firstDay + k * DAY_MS);
      const to = new Date(Math.min(firstDay + (k + 1) * DAY_MS, now.getTime()));
      const dayRows = (rows.get(id) ?? []).filter((r) => r.bucket * 1000 === from.getTime());
      return {
        date: from.toISOString().slice(0, 10),
        figures: windowFigures({
          endpoint,
          from,
          to,
          rows: dayRows,
          changes: changes.get(id) ?? [],
          incidents: incidents.filter((i) => i.endpointId === id),
          maintenance: maintenance.get(id) ?? [],
        }),
      };
    });
  }

  history(id: number, from: Date | null, to: Date | null, limit: number) {
    return this.endpointOrThrow(id).then(() => this.repository.history(id, from, to, limit));
  }

  /**
   * The dashboard's figures. The 24 h uptime is time-weighted over every endpoint, but only the
   * endpoints with something in the window (a state change, an incident, maintenance) are read and
   * computed one by one; the database sums the others per status (quietUptime). So the cost follows
   * what happened in the last day, not the number of endpoints.
   */
  async summary() {
    const now = this.clock.now();
    // Like the overview, the dashboard's 24 h starts at the top of the hour 24 h ago.
    const day = alignToBuckets({ from: new Date(now.getTime() - DAY_MS), to: now });
    const [changed, incidents, maintained, averageLatencyMs, failures] = await Promise.all([
      this.repository.changedIn(day.from, day.to),
      this.repository.incidentsOverlapping(null, day.from, day.to),
      this.maintenance.coveredIn(day.from, day.to),
      this.repository.averageLatencySince(new Date(now.getTime() - HOUR_MS)),
      this.repository.recentFailures(10),
    ]);
    const eventful = {
      all: maintained.all,
      ids: [...new Set([...changed, ...incidents.map((i) => i.endpointId), ...maintained.ids])],
      tags: maintained.tags,
    };
    const anyEventful = eventful.all || eventful.ids.length > 0 || eventful.tags.length > 0;
    const [perStatus, endpoints] = await Promise.all([
      this.repository.quietUptime(day.from, day.to, eventful),
      anyEventful ? this.repository.endpointsIn(eventful) : [],
    ]);
    const [changes, maintenance] = endpoints.length
      ? await Promise.all([
          this.repository.stateChanges(eventful.all ? null : endpoints.map((e) => e.id), day.from, day.to),
          this.maintenance.intervalsFor(endpoints, day.from, day.to),
        ])
      : [new Map<number, StateChange[]>(), new Map<number, Interval[]>()];
    // Uptime is time-weighted: it needs the states, incidents and maintenance, not the checks.
    const incidentsBy = groupIncidents(incidents);
    const figures = await mapYielding(endpoints, (endpoint) =>
      timeFigures({
        endpoint,
        from: day.from,
        to: day.to,
        changes: changes.get(endpoint.id) ?? [],
        incidents: incidentsBy.get(endpoint.id) ?? [],
        maintenance: maintenance.get(endpoint.id) ?? [],
      }),
    );
    const quietSeconds = perStatus.reduce((s, r) => s + r.quietCountedMs, 0) / 1000;
    const counted = figures.reduce((s, f) => s + f.countedSeconds, quietSeconds);
    const down = figures.reduce((s, f) => s + f.downtimeSeconds, 0);
    return {
      totals: perStatus.map((r) => ({ status: r.status, n: r.endpoints })),
      overallUptime24h: counted === 0 ? null : Math.round((100_000 * (counted - down)) / counted) / 1000,
      averageLatencyMs: averageLatencyMs === null ? null : Math.round(averageLatencyMs * 100) / 100,
      // An open incident overlaps every window that ends now.
      openIncidents: incidents.filter((i) => i.resolvedAt === null).length,
      recentFailures: failures,
    };
  }

  /**
   * Figures of these endpoints over [from, to), in input order. `latency: false` (the SLA report)
   * skips the histograms: uptime, downtime and counts stay exact, the percentiles come back null.
   */
  async figures(
    endpoints: EndpointInfo[],
    requested: TimeWindow,
    exact: boolean,
    options: { latency?: boolean } = {},
  ): Promise<WindowFigures[]> {
    const window = { from: requested.from, to: this.cap(requested.to) };
    const ids = endpoints.length === 1 ? [endpoints[0]!.id] : null;
    const plan = planWindow({ ...window, ...(await this.watermarks()), rawOnly: exact });
    const withHistogram = !exact && options.latency !== false;
    const [{ closed, edges }, percentiles, [changes, incidents, maintenance]] = await Promise.all([
      this.repository.aggregateParts({ plan, endpointIds: ids, bucketSeconds: null, withHistogram }),
      exact ? this.repository.exactPercentiles({ ranges: plan.raw, endpointIds: ids, bucketSeconds: null }) : undefined,
      this.context(endpoints, window),
    ]);
    const closedBy = this.closedByEndpoint(closed);
    const edgesBy = groupByEndpoint(edges);
    const incidentsBy = groupIncidents(incidents);
    return mapYielding(endpoints, (endpoint) => {
      const own = closedBy.get(endpoint.id);
      const edge = edgesBy.get(endpoint.id) ?? NO_ROWS;
      return windowFigures({
        endpoint,
        from: window.from,
        to: window.to,
        rows: own ? [own.total, ...edge] : edge,
        exact: percentiles?.get(`${endpoint.id}:0`),
        changes: changes.get(endpoint.id) ?? [],
        incidents: incidentsBy.get(endpoint.id) ?? [],
        maintenance: maintenance.get(endpoint.id) ?? [],
      });
    });
  }

  private async context(endpoints: EndpointInfo[], window: TimeWindow) {
    const ids = endpoints.length === 1 ? [endpoints[0]!.id] : null;
    return Promise.all([
      this.repository.stateChanges(ids, window.from, window.to),
      this.repository.incidentsOverlapping(ids, window.from, window.to),
      this.maintenance.intervalsFor(endpoints, window.from, window.to),
    ]);
  }

  private watermarks() {
    return this.repository.watermarks().then((w) => ({ hourlyWatermark: w.hourly, dailyWatermark: w.daily }));
  }

  /** A window never extends past now: the future is not counted. */
  private cap(to: Date): Date {
    const now = this.clock.now();
    return to > now ? now : to;
  }
}

/**
 * The all-endpoint dashboard windows start at the beginning of the sparkline bucket that holds their
 * start (the top of the hour for 24 h): then only the open hour at the end is read from raw rows,
 * whatever the number of endpoints. So "24 h" there is the last 24 whole hours plus the current one.
 */
function alignToBuckets(window: TimeWindow): TimeWindow {
  const bucketMs = chooseSparkBucket(window.to.getTime() - window.from.getTime()) * 1000;
  return { from: new Date(Math.floor(window.from.getTime() / bucketMs) * bucketMs), to: window.to };
}

function chooseSparkBucket(windowMs: number): number {
  // About 24 points: hourly for a day, so the dashboard's sparkline reads hourly rollups.
  return windowMs <= 2 * DAY_MS ? 3600 : 86_400;
}

function groupIncidents(incidents: IncidentSpan[]): Map<number, IncidentSpan[]> {
  const out = new Map<number, IncidentSpan[]>();
  for (const i of incidents) {
    if (!out.has(i.endpointId)) out.set(i.endpointId, []);
    out.get(i.endpointId)!.push(i);
  }
  return out;
}
