import { Injectable } from '@nestjs/common';
import { AnalyticsRepository } from './analytics.repository.js';
import { slaOutcome } from './sla.js';
import { StatsService, type TimeWindow } from './stats.service.js';

@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly stats: StatsService,
  ) {}

  /** One row per endpoint: target, achieved uptime, allowed vs actual downtime, incidents, breached. */
  async sla(window: TimeWindow) {
    const endpoints = await this.repository.endpoints();
    // Uptime and downtime only: no latency histograms to read or merge.
    const figures = await this.stats.figures(endpoints, window, false, { latency: false });
    return endpoints.map((endpoint, k) => {
      const f = figures[k]!;
      return {
        endpoint,
        figures: f,
        outcome: slaOutcome({
          targetPercentage: endpoint.slaTarget,
          countedSeconds: f.countedSeconds,
          downtimeSeconds: f.downtimeSeconds,
          uptimePercentage: f.uptimePercentage,
        }),
      };
    });
  }
}
