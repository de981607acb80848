import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '../common/clock.js';
import { parseInput } from '../common/validation.js';
import { ReportsService } from './reports.service.js';
import { toCsv } from './sla.js';
import { slaQuerySchema, slaWindow } from './stats.schemas.js';

const CSV_HEADER = [
  'endpoint_id',
  'endpoint_name',
  'target_percentage',
  'uptime_percentage',
  'allowed_downtime_minutes',
  'actual_downtime_minutes',
  'incidents',
  'breached',
];

@ApiTags('reports')
@Controller('v1/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {}

  /** JSON by default; CSV with `?format=csv` or `Accept: text/csv`. */
  @Get('sla')
  async sla(
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const q = parseInput(slaQuerySchema, query);
    const window = slaWindow(q, this.clock.now());
    const rows = (await this.reports.sla(window)).map((r) => ({
      endpoint_id: r.endpoint.id,
      endpoint_name: r.endpoint.name,
      target_percentage: r.endpoint.slaTarget,
      uptime_percentage: r.figures.uptimePercentage,
      allowed_downtime_minutes: r.outcome.allowedDowntimeMinutes,
      actual_downtime_minutes: r.outcome.actualDowntimeMinutes,
      incidents: r.figures.incidents,
      breached: r.outcome.breached,
    }));
    const csv = q.format === 'csv' || (q.format === undefined && /\btext\/csv\b/.test(accept ?? ''));
    if (!csv)
      return { period: window.label, from: window.from.toISOString(), to: window.to.toISOString(), endpoints: rows };
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="sla-${window.label}.csv"`);
    return toCsv(
      CSV_HEADER,
      rows.map((r) => CSV_HEADER.map((h) => r[h as keyof typeof r])),
    );
  }
}
