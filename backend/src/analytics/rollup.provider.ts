import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { RollupService } from './rollup.service.js';

/**
 * Thin scheduler: every ROLLUP_INTERVAL_SECONDS it asks the service to roll up. A run that outlasts
 * the interval delays the next one (a timer re-armed after each run), so runs never overlap.
 */
@Injectable()
export class RollupProvider implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RollupProvider.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly rollups: RollupService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.rollupIntervalSeconds > 0) this.schedule(5_000);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.rollups.run(this.clock.now());
    } catch (error) {
      this.logger.error({ err: error }, 'rollup run failed; the next run resumes from the watermark');
    } finally {
      this.schedule(this.config.rollupIntervalSeconds * 1000);
    }
  }
}
