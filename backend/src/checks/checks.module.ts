import { Inject, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { CheckRecorder } from './check-recorder.js';
import { CheckRunner } from './check-runner.js';
import { CheckScheduler } from './check-scheduler.js';
import { ChecksController } from './checks.controller.js';
import { ChecksRepository } from './checks.repository.js';
import { ChecksService } from './checks.service.js';
import { ResultWriter } from './result-writer.js';

/**
 * The check engine. Shutdown order: the scheduler stops in onModuleDestroy; here, before the
 * database module closes the database in onApplicationShutdown, running checks finish (bounded by
 * their timeouts) and every buffered result is written.
 */
@Module({
  controllers: [ChecksController],
  providers: [ChecksService, ChecksRepository, CheckRunner, CheckRecorder, CheckScheduler, ResultWriter, Clock],
  exports: [ChecksService],
})
export class ChecksModule implements BeforeApplicationShutdown {
  constructor(
    private readonly runner: CheckRunner,
    private readonly writer: ResultWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.writer.drain(Math.max(1_000, this.config.shutdownTimeoutMs / 2));
  }
}
