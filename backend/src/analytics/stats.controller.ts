import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Clock } from '../common/clock.js';
import { parseInput } from '../common/validation.js';
import {
  checkPoints,
  dailyQuerySchema,
  historyQuerySchema,
  historyRange,
  latencyQuerySchema,
  overviewQuerySchema,
  parseId,
  parseWindow,
  toCheckWire,
  toLatencyWire,
  toUptimeWire,
} from './stats.schemas.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@Controller('v1/stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly clock: Clock,
  ) {}

  @Get('uptime/:id')
  async uptime(@Param('id') rawId: string, @Query() query: unknown) {
    const id = parseId(rawId);
    const window = parseWindow(query, this.clock.now());
    const r = await this.stats.uptime(id, window);
    return {
      endpoint_id: r.endpoint.id,
      endpoint_name: r.endpoint.name,
      period: window.label,
      from: r.from.toISOString(),
      to: r.to.toISOString(),
      ...toUptimeWire(r.figures),
      last_check: r.lastCheck ? toCheckWire(r.lastCheck) : null,
    };
  }

  @Get('history/:id')
  async history(@Param('id') rawId: string, @Query() query: unknown) {
    const id = parseId(rawId);
    const q = parseInput(historyQuerySchema, query);
    const { from, to } = historyRange(q);
    const checks = await this.stats.history(id, from, to, q.limit);
    return { endpoint_id: id, checks: checks.map(toCheckWire) };
  }

  @Get('summary')
  async summary() {
    const s = await this.stats.summary();
    const byStatus = Object.fromEntries(s.totals.map((t) => [t.status, t.n]));
    return {
      totals: {
        total: s.totals.reduce((sum, t) => sum + t.n, 0),
        up: byStatus.UP ?? 0,
        down: byStatus.DOWN ?? 0,
        degraded: byStatus.DEGRADED ?? 0,
        paused: byStatus.PAUSED ?? 0,
        pending: byStatus.PENDING ?? 0,
      },
      uptime_24h: s.overallUptime24h,
      average_latency_ms_1h: s.averageLatencyMs,
      open_incidents: s.openIncidents,
      recent_failures: s.recentFailures.map((f) => ({
        endpoint_id: f.endpointId,
        endpoint_name: f.endpointName,
        checked_at: f.checkedAt.toISOString(),
        status_code: f.statusCode,
        error_kind: f.errorKind,
        error_message: f.errorMessage,
      })),
    };
  }

  @Get('latency/:id')
  async latency(@Param('id') rawId: string, @Query() query: Record<string, unknown>) {
    const id = parseId(rawId);
    const window = parseWindow({ period: query.period, from: query.from, to: query.to }, this.clock.now());
    const { bucket } = parseInput(latencyQuerySchema, { bucket: query.bucket });
    checkPoints(window, bucket);
    const series = await this.stats.latencySeries(id, window, bucket);
    return {
      endpoint_id: id,
      period: window.label,
      from: series.from.toISOString(),
      to: series.to.toISOString(),
      bucket_seconds: series.bucketSeconds,
      exact_percentiles: series.exact,
      points: series.points.map((p) => ({ t: p.t.toISOString(), ...toLatencyWire(p.figures) })),
    };
  }

  @Get('daily/:id')
  async daily(@Param('id') rawId: string, @Query() query: unknown) {
    const id = parseId(rawId);
    const { days } = parseInput(dailyQuerySchema, query);
    const rows = await this.stats.daily(id, days);
    return {
      endpoint_id: id,
      days: rows.map((d) => ({
        date: d.date,
        uptime_percentage: d.figures.uptimePercentage,
        check_uptime_percentage: d.figures.checkUptimePercentage,
        total_checks: d.figures.count,
        failed_checks: d.figures.failures,
        downtime_seconds: Math.round(d.figures.downtimeSeconds),
        degraded_seconds: Math.round(d.figures.degradedSeconds),
        incidents: d.figures.incidents,
      })),
    };
  }

  @Get('overview')
  async overview(@Query() query: unknown) {
    const window = parseWindow(query, this.clock.now());
    const { limit } = parseInput(overviewQuerySchema, query);
    const o = await this.stats.overview(window, limit);
    return {
      period: window.label,
      from: o.from.toISOString(),
      to: o.to.toISOString(),
      total: o.total,
      endpoints: o.rows.map((r) => ({
        endpoint_id: r.endpoint.id,
        endpoint_name: r.endpoint.name,
        status: r.endpoint.status,
        uptime_percentage: r.figures.uptimePercentage,
        check_uptime_percentage: r.figures.checkUptimePercentage,
        total_checks: r.figures.count,
        failed_checks: r.figures.failures,
        avg_ms: r.figures.avgMs,
        p95_ms: r.figures.p95Ms,
        incidents: r.figures.incidents,
        // Columns, not objects: 1,000 endpoints × 25 points stay a few hundred kB.
        sparkline: {
          start: (r.spark.count.length ? r.spark.start : o.from).toISOString(),
          bucket_seconds: o.sparkBucketSeconds,
          count: r.spark.count,
          failures: r.spark.failures,
          avg_ms: r.spark.avgMs,
        },
      })),
    };
  }
}
