import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ENDPOINT_STATE_CHANGED, type EndpointStateChangedEvent } from '../checks/check.events.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { AlertCatchUpRepository, type StoredStateChange } from './alert-catch-up.repository.js';
import { AlertEvaluatorService } from './alert-evaluator.service.js';
import { Ticker } from './ticker.js';
import { nextWatermark, type WatermarkState } from './watermark.js';

const BATCH = 200;
const HOUR_MS = 3_600_000;

/**
 * Alerts derive from the stored state changes (endpoint_state_changes), not from the in-process event
 * alone. The event is a low-latency trigger; the catch-up (on start and every ALERT_CATCH_UP_INTERVAL_MS)
 * evaluates every change after the watermark that is not evaluated yet, e.g. because the database
 * failed when its event arrived. Per endpoint, changes are evaluated one at a time in id order, so a
 * late DOWN is never told after its own recovery; the outbox's dedup key makes a change evaluated by
 * both paths (or by several instances) one notification per rule and channel.
 */
@Injectable()
export class AlertCatchUpService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Alerts');
  private readonly ticker: Ticker;
  private readonly chains = new Map<number, Promise<unknown>>();
  /** The last watermark read; it only grows, so an old value is safe (just a wider scan). */
  private knownWatermark: number | undefined;

  constructor(
    private readonly repository: AlertCatchUpRepository,
    private readonly evaluator: AlertEvaluatorService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.ticker = new Ticker(
      () => this.catchUp().then(() => undefined),
      config.alerts.catchUpIntervalMs,
      (error) => this.logger.warn({ err: error }, 'alert catch-up failed, will retry'),
    );
  }

  onApplicationBootstrap(): void {
    this.ticker.start(0);
  }

  async onModuleDestroy(): Promise<void> {
    await this.ticker.stop();
    await Promise.allSettled([...this.chains.values()]);
  }

  @OnEvent(ENDPOINT_STATE_CHANGED, { async: true, promisify: true })
  async onStateChanged(event: EndpointStateChangedEvent): Promise<void> {
    try {
      await this.catchUpEndpoint(event.endpointId, event.stateChangeId);
    } catch (error) {
      this.logger.warn(
        { err: error, stateChangeId: event.stateChangeId },
        'alert evaluation of a state change failed; the catch-up will evaluate it',
      );
    }
  }

  /** Evaluates every unevaluated change after the watermark, then moves the watermark. */
  async catchUp(): Promise<number> {
    const mark = await this.repository.watermark();
    this.knownWatermark = mark.watermarkId;
    let stored = 0;
    let evaluated = 0;
    let afterId = mark.watermarkId;
    const failed = new Set<number>();
    for (;;) {
      const changes = await this.repository.pending({ afterId, limit: BATCH });
      const upToId = changes.at(-1)?.id;
      if (upToId === undefined) break;
      for (const endpointId of new Set(changes.map((c) => c.endpointId))) {
        if (failed.has(endpointId)) continue;
        try {
          const done = await this.catchUpEndpoint(endpointId, upToId);
          stored += done.stored;
          evaluated += done.evaluated;
        } catch (error) {
          // Its later changes wait too: they are evaluated in order or not at all.
          failed.add(endpointId);
          this.logger.warn({ err: error, endpointId }, 'alert catch-up of an endpoint failed, will retry');
        }
      }
      if (changes.length < BATCH) break;
      afterId = upToId;
    }
    if (evaluated)
      this.logger.log({ evaluated, stored }, 'alert catch-up evaluated state changes the live path missed');
    await this.moveWatermark(mark);
    return stored;
  }

  /** The endpoint's unevaluated changes up to `upToId`, oldest first, one endpoint at a time per process. */
  catchUpEndpoint(endpointId: number, upToId: number): Promise<{ stored: number; evaluated: number }> {
    return this.serialized(endpointId, async () => {
      const afterId = this.knownWatermark ?? (await this.repository.watermark()).watermarkId;
      this.knownWatermark ??= afterId;
      let stored = 0;
      let evaluated = 0;
      for (;;) {
        const changes = await this.repository.pending({ afterId, endpointId, upToId, limit: BATCH });
        for (const change of changes) {
          stored += await this.evaluator.handleStateChange(change, this.staleReason(change));
          evaluated++;
        }
        if (changes.length < BATCH) return { stored, evaluated };
      }
    });
  }

  private staleReason(change: StoredStateChange): string | undefined {
    const maxAgeHours = this.config.alerts.replayMaxAgeHours;
    if (maxAgeHours === 0) return undefined;
    if (this.clock.now().getTime() - change.at.getTime() <= maxAgeHours * HOUR_MS) return undefined;
    return `evaluated more than ${maxAgeHours} h after it happened (ALERT_REPLAY_MAX_AGE_HOURS)`;
  }

  private async moveWatermark(mark: WatermarkState): Promise<void> {
    const now = this.clock.now();
    const next = nextWatermark(mark, await this.repository.evaluatedThrough(mark.watermarkId), now);
    if (next) await this.repository.advance(next.watermarkId, next.candidateId, now);
  }

  private serialized<T>(endpointId: number, job: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(endpointId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(job);
    const tail = run.catch(() => undefined);
    this.chains.set(endpointId, tail);
    void tail.then(() => {
      if (this.chains.get(endpointId) === tail) this.chains.delete(endpointId);
    });
    return run;
  }
}
