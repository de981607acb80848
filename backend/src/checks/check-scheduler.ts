import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SecretBox } from '../common/secret-box.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { EndpointRow } from '../db/schema.js';
import { rowToCheckTarget } from '../endpoints/endpoint-target.js';
import { CheckRecorder } from './check-recorder.js';
import { CheckRunner } from './check-runner.js';
import type { CheckTarget } from './check-target.js';
import { ChecksRepository } from './checks.repository.js';
import { MinHeap } from './min-heap.js';
import { firstDueAtMs, nextDueAtMs } from './schedule.js';

interface Scheduled {
  id: number;
  target: CheckTarget;
  intervalMs: number;
  dueMs: number;
  /** Bumped by every (re)schedule; heap items of an older generation are stale. */
  generation: number;
}

interface HeapItem {
  dueMs: number;
  id: number;
  generation: number;
}

/**
 * The one check scheduler: every active HTTP endpoint's next due time in a min-heap, one timer set to
 * the earliest. An endpoint is back in the heap only after its run finished, so it never runs twice
 * at once; its next due time is the next point of its grid after now (see nextDueAtMs), so after a
 * stall it runs once, and endpoints run at once after being created together return to their spread.
 */
@Injectable()
export class CheckScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CheckScheduler');
  private readonly entries = new Map<number, Scheduled>();
  private readonly heap = new MinHeap<HeapItem>((item) => item.dueMs);
  /** The check in progress per endpoint (scheduled or "Check now"); at most one at a time. */
  private readonly busy = new Map<number, Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopped = false;

  constructor(
    private readonly repository: ChecksRepository,
    private readonly runner: CheckRunner,
    private readonly recorder: CheckRecorder,
    private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.checks.enabled) return;
    const rows = await this.repository.findSchedulable();
    for (const row of rows) {
      try {
        this.schedule(row, false);
      } catch (error) {
        // One unreadable row (a secret encrypted under another APP_SECRET) must not stop the others.
        this.logger.error(`endpoint ${row.id} cannot be scheduled: ${(error as Error).message}`);
      }
    }
    this.logger.log(`scheduled ${rows.length} endpoints`);
  }

  /** Stops scheduling (app shutdown); running checks are awaited by CheckRunner.stop(). */
  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.heap.clear();
  }

  /** (Re)schedules from a fresh row: `now` runs it at once, otherwise at its place on its grid. */
  schedule(row: EndpointRow, now: boolean): void {
    if (!this.config.checks.enabled || this.stopped) return;
    if (!row.isActive || row.kind !== 'http' || !row.url) {
      this.unschedule(row.id);
      return;
    }
    this.recorder.remember(row);
    const intervalMs = row.intervalSeconds * 1000;
    const nowMs = Date.now();
    const entry = this.entries.get(row.id) ?? {
      id: row.id,
      generation: 0,
      dueMs: 0,
      intervalMs,
      target: null!,
    };
    entry.target = rowToCheckTarget(row, this.secrets);
    entry.intervalMs = intervalMs;
    entry.generation++;
    entry.dueMs = now ? nowMs : firstDueAtMs(row.id, intervalMs, nowMs);
    this.entries.set(row.id, entry);
    if (!this.busy.has(row.id)) this.push(entry);
  }

  /**
   * Runs `check` as the endpoint's only check in progress: after the one already running (scheduled
   * or another "Check now"), and no scheduled run starts meanwhile. A scheduled run that fell due in
   * the meantime runs once afterwards if its slot has passed, else keeps its slot.
   */
  async exclusive<T>(endpointId: number, check: () => Promise<T>): Promise<T> {
    for (let running = this.busy.get(endpointId); running; running = this.busy.get(endpointId))
      await running.catch(() => undefined);
    const job = check();
    this.busy.set(endpointId, job);
    try {
      return await job;
    } finally {
      this.busy.delete(endpointId);
      const entry = this.entries.get(endpointId);
      if (entry && !this.stopped) {
        const nowMs = Date.now();
        if (entry.dueMs <= nowMs) entry.dueMs = nextDueAtMs(entry.id, entry.dueMs, entry.intervalMs, nowMs);
        entry.generation++;
        this.push(entry);
      }
    }
  }

  unschedule(endpointId: number): void {
    this.entries.delete(endpointId);
  }

  private push(entry: Scheduled): void {
    this.heap.push({ dueMs: entry.dueMs, id: entry.id, generation: entry.generation });
    this.arm();
  }

  private arm(): void {
    const next = this.heap.peek();
    if (!next || this.stopped) return;
    if (this.timer && this.timerAt <= next.dueMs) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = next.dueMs;
    this.timer = setTimeout(() => this.tick(), Math.max(0, next.dueMs - Date.now()));
  }

  private tick(): void {
    this.timer = null;
    this.timerAt = Infinity;
    const nowMs = Date.now();
    for (let item = this.heap.peek(); item && item.dueMs <= nowMs; item = this.heap.peek()) {
      this.heap.pop();
      const entry = this.entries.get(item.id);
      // Busy: a check of it is running; its end (run() or exclusive()) puts the endpoint back.
      if (!entry || entry.generation !== item.generation || this.busy.has(entry.id)) continue;
      void this.run(entry);
    }
    this.arm();
  }

  private async run(entry: Scheduled): Promise<void> {
    const { generation, dueMs, intervalMs } = entry;
    const job = this.runner.run(entry.target, { deadlineMs: dueMs + intervalMs }).then(async (result) => {
      if (result) await this.recorder.record(entry.id, result, false);
    });
    this.busy.set(entry.id, job);
    try {
      await job;
    } catch (error) {
      this.logger.error(`check of endpoint ${entry.id} failed unexpectedly: ${(error as Error).message}`);
    } finally {
      this.busy.delete(entry.id);
      if (!this.stopped && this.entries.get(entry.id) === entry) {
        // Rescheduled while running (an update): its new due time stands; otherwise the next grid point.
        if (entry.generation === generation) entry.dueMs = nextDueAtMs(entry.id, dueMs, intervalMs, Date.now());
        this.push(entry);
      }
    }
  }
}
