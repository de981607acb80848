import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';
import { MaintenanceController } from './maintenance.controller.js';
import { MaintenanceRepository } from './maintenance.repository.js';
import { MaintenanceService } from './maintenance.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { RollupProvider } from './rollup.provider.js';
import { RollupRepository } from './rollup.repository.js';
import { RollupService } from './rollup.service.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

/** Uptime, latency percentiles, incidents, maintenance windows, rollups and SLA reports. */
@Module({
  controllers: [StatsController, IncidentsController, MaintenanceController, ReportsController],
  providers: [
    Clock,
    AnalyticsRepository,
    StatsService,
    IncidentsRepository,
    IncidentsService,
    MaintenanceRepository,
    MaintenanceService,
    ReportsService,
    RollupRepository,
    RollupService,
    RollupProvider,
  ],
  exports: [MaintenanceService],
})
export class AnalyticsModule {}
