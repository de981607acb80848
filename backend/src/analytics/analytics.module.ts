import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { MaintenanceController } from './maintenance.controller.js';
import { MaintenanceRepository } from './maintenance.repository.js';
import { MaintenanceService } from './maintenance.service.js';

/** Uptime, latency percentiles, incidents, maintenance windows, rollups and SLA reports. */
@Module({
  controllers: [MaintenanceController],
  providers: [Clock, MaintenanceRepository, MaintenanceService],
  exports: [MaintenanceService],
})
export class AnalyticsModule {}
