import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { TargetsCollector } from './targets.collector.js';

/** How often the in-process collector looks for due targets (each target keeps its own interval). */
const TICK_MS = 5_000;

/**
 * The in-process collector (COLLECTOR=on): a timer that runs a round of due targets, never two
 * rounds at once. Shutdown waits for the round in progress before the database closes.
 */
@Injectable()
export class TargetsScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TargetsScheduler');
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly collector: TargetsCollector,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.collector) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    if (this.round) return;
    this.round = this.collector
      .collectDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`collection round failed: ${(error as Error).message}`))
      .finally(() => (this.round = undefined));
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }
}
