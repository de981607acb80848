import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { AlertChannelRow, AlertRow } from '../db/schema.js';
import { AlertChannelsRepository } from './alert-channels.repository.js';
import { AlertChannelsService } from './alert-channels.service.js';
import { AlertOutboxService } from './alert-outbox.service.js';
import { AlertsRepository } from './alerts.repository.js';
import { channelKind } from './channels/channel-registry.js';
import { nextAttemptAt } from './retry-schedule.js';
import { Ticker } from './ticker.js';

const BATCH = 20;
const CONCURRENCY = 4;

/** Delivers pending outbox rows on a schedule (and at once when new ones are stored), with retries. */
@Injectable()
export class AlertDispatcherService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Alerts');
  private readonly ticker: Ticker;

  constructor(
    private readonly alerts: AlertsRepository,
    private readonly channelRows: AlertChannelsRepository,
    private readonly channels: AlertChannelsService,
    outbox: AlertOutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.ticker = new Ticker(
      () => this.dispatchDue(),
      config.alerts.dispatchIntervalMs,
      (error) => this.logger.error({ err: error }, 'alert dispatch failed'),
    );
    outbox.onStored(() => this.ticker.nudge());
  }

  onApplicationBootstrap(): void {
    // Pending rows of an earlier run (or another instance) are picked up on the first tick.
    this.ticker.start(0);
  }

  async onModuleDestroy(): Promise<void> {
    await this.ticker.stop();
  }

  /** Claims and sends everything due now, batch by batch. */
  async dispatchDue(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      // The lease outlives the slowest attempt (each of a channel's requests may take the timeout).
      const leaseUntil = new Date(now.getTime() + this.config.alerts.sendTimeoutMs * 3 + 5_000);
      const rows = await this.alerts.claimDue(now, leaseUntil, BATCH);
      if (!rows.length) return;
      const channels = new Map(
        (await this.channelRows.getMany([...new Set(rows.map((r) => r.channelId).filter((id) => id !== null))])).map(
          (c) => [c.id, c],
        ),
      );
      await runLimited(rows, CONCURRENCY, (row) => this.deliver(row, channels.get(row.channelId ?? -1)));
      if (rows.length < BATCH) return;
    }
  }

  private async deliver(row: AlertRow, channel: AlertChannelRow | undefined): Promise<void> {
    if (!channel) return this.alerts.markFailed(row.id, 'the channel was deleted');
    if (!channel.enabled) return this.alerts.markFailed(row.id, 'the channel is disabled');
    const kind = channelKind(channel.type);
    try {
      const config = this.channels.decrypted(channel);
      const detail = await kind.send(row.payload, config, this.channels.sendContext(String(row.id)));
      await this.alerts.markSent(row.id, this.clock.now(), detail);
      this.logger.log(
        { alertId: row.id, channelId: channel.id, event: row.event, attempts: row.attempts },
        'alert sent',
      );
    } catch (error) {
      const message = (error as Error).message || String(error);
      const next = nextAttemptAt(row.attempts, this.clock.now(), {
        maxAttempts: this.config.alerts.maxAttempts,
        baseMs: this.config.alerts.retryBaseMs,
      });
      if (next) await this.alerts.markRetry(row.id, next, message);
      else await this.alerts.markFailed(row.id, message);
      this.logger.warn(
        {
          alertId: row.id,
          channelId: channel.id,
          attempts: row.attempts,
          error: message,
          retryAt: next?.toISOString(),
        },
        next ? 'alert delivery failed, will retry' : 'alert delivery failed for good',
      );
    }
  }
}

async function runLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
