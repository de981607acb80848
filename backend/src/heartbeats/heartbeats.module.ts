import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module.js';
import { Clock } from '../common/clock.js';
import { HeartbeatSweeper } from './heartbeat-sweeper.js';
import { HeartbeatsController } from './heartbeats.controller.js';
import { HeartbeatsRepository } from './heartbeats.repository.js';
import { HeartbeatsService } from './heartbeats.service.js';

/** Heartbeat monitors (push endpoints): the ping routes and the missed-ping sweeper. */
@Module({
  imports: [ChecksModule],
  controllers: [HeartbeatsController],
  providers: [HeartbeatsService, HeartbeatsRepository, HeartbeatSweeper, Clock],
})
export class HeartbeatsModule {}
