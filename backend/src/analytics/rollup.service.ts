import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { DAY_MS, HOUR_MS } from './buckets.js';
import { RollupRepository } from './rollup.repository.js';

/** Results may reach the database a little after their hour ends (the engine writes in batches). */
export const ROLLUP_GRACE_MS = 2 * 60_000;
/** One transaction rolls up at most this much, so a long gap is filled in bounded steps. */
const HOURS_PER_STEP = 24;
const DAYS_PER_STEP = 31;
const DELETE_BATCH = 50_000;

export interface RollupOutcome {
  hourlyWatermark: Date | null;
  dailyWatermark: Date | null;
  rawDeleted: number;
  /** False when another process (or run) held the rollup lock. */
  ran: boolean;
}

/**
 * Rolls every closed hour into hourly rows and every closed UTC day into daily rows, from where the
 * last run stopped (the watermarks in the database), so it resumes after any downtime; each step is
 * an idempotent upsert in a transaction that also advances the watermark. Then rewrites the open
 * edge (the hour still running, up to a couple of minutes ago) and applies retention.
 */
@Injectable()
export class RollupService {
  private readonly logger = new Logger(RollupService.name);
  private running: Promise<RollupOutcome> | null = null;

  constructor(
    private readonly repository: RollupRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs once; a call while a run is in progress joins that run instead of overlapping it. */
  run(now: Date): Promise<RollupOutcome> {
    this.running ??= this.runOnce(now).finally(() => (this.running = null));
    return this.running;
  }

  private async runOnce(now: Date): Promise<RollupOutcome> {
    const hourTarget = floorTo(now.getTime() - ROLLUP_GRACE_MS, HOUR_MS);
    let hourly: Date | null = null;
    for (;;) {
      const step = await this.repository.locked(async (tx) => {
        const start = (await this.repository.watermark(tx, 'hourly')) ?? (await this.firstHour(tx));
        if (!start || start.getTime() >= hourTarget) return { done: true, at: start };
        const end = new Date(Math.min(start.getTime() + HOURS_PER_STEP * HOUR_MS, hourTarget));
        await this.repository.rollupHours(tx, start, end);
        await this.repository.setWatermark(tx, 'hourly', end);
        return { done: end.getTime() >= hourTarget, at: end };
      });
      if (!step) return { hourlyWatermark: null, dailyWatermark: null, rawDeleted: 0, ran: false };
      hourly = step.at;
      if (step.done) break;
    }
    const daily = hourly ? await this.rollupDays(floorTo(hourly.getTime(), DAY_MS)) : null;
    if (hourly) await this.refreshOpenEdge(new Date(now.getTime() - ROLLUP_GRACE_MS));
    const rawDeleted = await this.applyRetention(now, hourly);
    return { hourlyWatermark: hourly, dailyWatermark: daily, rawDeleted, ran: true };
  }

  private async rollupDays(dayTarget: number): Promise<Date | null> {
    let daily: Date | null = null;
    for (;;) {
      const step = await this.repository.locked(async (tx) => {
        const first = (await this.repository.watermark(tx, 'daily')) ?? (await this.repository.firstHourlyAt(tx));
        const start = first ? new Date(floorTo(first.getTime(), DAY_MS)) : null;
        if (!start || start.getTime() >= dayTarget) return { done: true, at: start };
        const end = new Date(Math.min(start.getTime() + DAYS_PER_STEP * DAY_MS, dayTarget));
        await this.repository.rollupDays(tx, start, end);
        await this.repository.setWatermark(tx, 'daily', end);
        return { done: end.getTime() >= dayTarget, at: end };
      });
      if (!step) return daily;
      daily = step.at;
      if (step.done) return daily;
    }
  }

  /**
   * The open edge from the hourly watermark up to `until` (now less the grace for late batch writes),
   * so a window ending now reads only the last few minutes raw. Nothing here is final: the next run
   * rewrites it, and the hour is rolled up for good once it closes.
   */
  private async refreshOpenEdge(until: Date): Promise<void> {
    await this.repository.locked(async (tx) => {
      const from = await this.repository.watermark(tx, 'hourly');
      if (from) await this.repository.refreshOpenEdge(tx, from, until);
    });
  }

  private async firstHour(tx: Parameters<Parameters<RollupRepository['locked']>[0]>[0]): Promise<Date | null> {
    const first = await this.repository.firstCheckAt(tx);
    return first ? new Date(floorTo(first.getTime(), HOUR_MS)) : null;
  }

  /** Raw rows go after RAW_RETENTION_DAYS, but never before they are rolled up. */
  private async applyRetention(now: Date, hourlyWatermark: Date | null): Promise<number> {
    if (!hourlyWatermark) return 0;
    const rawBefore = new Date(
      Math.min(now.getTime() - this.config.rawRetentionDays * DAY_MS, hourlyWatermark.getTime()),
    );
    let deleted = 0;
    for (let n = DELETE_BATCH; n === DELETE_BATCH; deleted += n)
      n = await this.repository.deleteRawBefore(rawBefore, DELETE_BATCH);
    await this.repository.deleteRollupsBefore(new Date(now.getTime() - this.config.rollupRetentionDays * DAY_MS));
    if (deleted) this.logger.log({ deleted }, 'raw check results past retention deleted');
    return deleted;
  }
}

const floorTo = (ms: number, unit: number) => Math.floor(ms / unit) * unit;
