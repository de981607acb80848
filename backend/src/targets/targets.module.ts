import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { StatusController } from './status.controller.js';
import { StatusFetcher } from './status-fetcher.js';
import { TargetsCollector } from './targets.collector.js';
import { TargetsController } from './targets.controller.js';
import { TargetsRepository } from './targets.repository.js';
import { TargetsScheduler } from './targets.scheduler.js';
import { TargetsService } from './targets.service.js';

/** Public-status targets: configuration, the collector, the unified /api/status API. */
@Module({
  controllers: [StatusController, TargetsController],
  providers: [TargetsService, TargetsRepository, TargetsCollector, TargetsScheduler, StatusFetcher, Clock],
  exports: [TargetsService, TargetsCollector],
})
export class TargetsModule {}
