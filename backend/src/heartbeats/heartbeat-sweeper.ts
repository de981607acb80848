import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { HeartbeatsService } from './heartbeats.service.js';

const NAME = 'heartbeats:missed';

/**
 * Every HEARTBEAT_SWEEP_SECONDS, records the missed periods of silent push monitors. Thin: the
 * service holds the rules and the database the state; a sweep still running skips the next tick.
 */
@Injectable()
export class HeartbeatSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('HeartbeatSweeper');
  private running = false;

  constructor(
    private readonly heartbeats: HeartbeatsService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.heartbeatSweepSeconds === 0) return;
    this.registry.addInterval(
      NAME,
      setInterval(() => void this.tick(), this.config.heartbeatSweepSeconds * 1000),
    );
  }

  onModuleDestroy(): void {
    if (this.registry.doesExist('interval', NAME)) this.registry.deleteInterval(NAME);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const missed = await this.heartbeats.recordMissed();
      if (missed > 0) this.logger.log({ missed }, 'push monitors missed their ping');
    } catch (error) {
      this.logger.error({ err: error }, 'heartbeat sweep failed');
    } finally {
      this.running = false;
    }
  }
}
