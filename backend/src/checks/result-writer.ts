import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { StoredCheckResult } from './check-result.js';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from './check.events.js';
import { ChecksRepository, type PendingWrite } from './checks.repository.js';

export const FLUSH_INTERVAL_MS = 200;
export const FLUSH_BATCH = 500;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

export interface EndpointMeta {
  name: string;
  url: string | null;
  tags: string[];
}

export interface Written {
  result: StoredCheckResult | null;
  stateChangeId: number | null;
}

interface QueuedWrite extends PendingWrite {
  meta: EndpointMeta;
  waiters?: { resolve: (w: Written) => void; reject: (e: Error) => void };
}

/**
 * Writes results in batches (one transaction per ≤ FLUSH_BATCH writes, at least every
 * FLUSH_INTERVAL_MS) and emits the domain events once they are stored. While the database is
 * unavailable the writes wait in a bounded buffer and are retried with backoff; when it overflows the
 * oldest are dropped and the count is logged.
 */
@Injectable()
export class ResultWriter {
  private readonly logger = new Logger('ResultWriter');
  private buffer: QueuedWrite[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private retryMs = 0;
  private dropped = 0;
  private urgent = false;

  constructor(
    private readonly repository: ChecksRepository,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get pending(): number {
    return this.buffer.length;
  }

  /** Queues a write of the scheduler (nobody waits for it). */
  enqueue(write: Omit<QueuedWrite, 'waiters'>): void {
    this.push({ ...write });
  }

  /** Queues a write and flushes at once; resolves when stored (API calls and external results). */
  write(write: Omit<QueuedWrite, 'waiters'>): Promise<Written> {
    return new Promise<Written>((resolve, reject) => this.push({ ...write, waiters: { resolve, reject } }, true));
  }

  private push(write: QueuedWrite, urgent = false): void {
    this.buffer.push(write);
    const overflow = this.buffer.length - this.config.checks.resultBufferMax;
    if (overflow > 0) {
      const lost = this.buffer.splice(0, overflow);
      this.dropped += overflow;
      for (const w of lost) w.waiters?.reject(new Error('result dropped: the write buffer overflowed'));
      this.logger.error(
        `result buffer full (${this.config.checks.resultBufferMax}): dropped ${overflow} results, ${this.dropped} in total`,
      );
    }
    this.schedule(urgent || this.buffer.length >= FLUSH_BATCH ? 0 : FLUSH_INTERVAL_MS);
  }

  /** Writes everything buffered; gives up (keeping the rest) after `timeoutMs` of failures. */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    this.clearTimer();
    while (this.buffer.length > 0 || this.flushing) {
      if (this.flushing) await this.flushing;
      else await this.flush();
      if (this.buffer.length > 0 && this.retryMs > 0) {
        if (Date.now() + this.retryMs > deadline) {
          this.logger.error(
            `shutting down with ${this.buffer.length} results not written: the database is unavailable`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryMs));
      }
    }
    this.clearTimer();
  }

  private schedule(delayMs: number): void {
    if (delayMs === 0) this.urgent = true;
    if (this.flushing) return; // the running flush reschedules itself
    if (this.timer && delayMs > 0) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.urgent = false;
    this.flushing = this.flushBatches().finally(() => {
      this.flushing = null;
      if (this.buffer.length === 0) return;
      const soon = this.urgent || this.buffer.length >= FLUSH_BATCH;
      this.schedule(this.retryMs || (soon ? 0 : FLUSH_INTERVAL_MS));
    });
    return this.flushing;
  }

  private async flushBatches(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, FLUSH_BATCH);
      try {
        await this.writeAndEmit(batch);
        this.buffer.splice(0, batch.length);
        this.retryMs = 0;
      } catch (error) {
        this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs ? this.retryMs * 2 : RETRY_MIN_MS);
        this.logger.warn(
          `writing ${batch.length} results failed (${this.buffer.length} buffered, retry in ${this.retryMs} ms): ${(error as Error).message}`,
        );
        for (const w of batch) {
          w.waiters?.reject(new Error(`the result is buffered, not yet stored: ${(error as Error).message}`));
          delete w.waiters;
        }
        return;
      }
    }
  }

  private async writeAndEmit(all: QueuedWrite[]): Promise<void> {
    let batch = all;
    let ids;
    try {
      ids = await this.repository.writeBatch(batch);
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      // An endpoint deleted while its result waited: drop its writes and write the rest.
      const existing = await this.repository.existingEndpointIds([...new Set(batch.map((w) => w.endpointId))]);
      for (const w of batch) if (!existing.has(w.endpointId)) w.waiters?.reject(new Error('the endpoint was deleted'));
      batch = batch.filter((w) => existing.has(w.endpointId));
      ids = await this.repository.writeBatch(batch);
    }
    batch.forEach((w, i) => {
      const stored = w.result ? { ...w.result, id: ids.checkResultIds[i]!, endpointId: w.endpointId } : null;
      const stateChangeId = ids.stateChangeIds[i] ?? null;
      this.emit(w, stored, stateChangeId);
      w.waiters?.resolve({ result: stored, stateChangeId });
    });
  }

  private emit(w: QueuedWrite, stored: StoredCheckResult | null, stateChangeId: number | null): void {
    try {
      if (stored) {
        const event: CheckCompletedEvent = {
          endpointId: w.endpointId,
          checkResultId: stored.id,
          checkedAt: stored.checkedAt,
          ok: stored.ok,
          degraded: stored.degraded,
          status: w.state.status,
          statusCode: stored.statusCode,
          latencyMs: stored.latencyMs,
          errorKind: stored.errorKind,
          errorMessage: stored.errorMessage,
        };
        this.events.emit(CHECK_COMPLETED, event);
      }
      if (w.change && stateChangeId !== null) {
        if (w.change.to !== 'PAUSED' && w.change.from !== 'PAUSED') {
          this.logger.log(
            `endpoint ${w.endpointId} (${w.meta.name}) ${w.change.from} → ${w.change.to}${w.change.reason ? `: ${w.change.reason}` : ''}`,
          );
        }
        const event: EndpointStateChangedEvent = {
          endpointId: w.endpointId,
          endpointName: w.meta.name,
          url: w.meta.url,
          tags: w.meta.tags,
          from: w.change.from,
          to: w.change.to,
          at: w.change.at,
          reason: w.change.reason,
          stateChangeId,
          check: stored
            ? {
                checkResultId: stored.id,
                statusCode: stored.statusCode,
                latencyMs: stored.latencyMs,
                errorKind: stored.errorKind,
                errorMessage: stored.errorMessage,
              }
            : null,
        };
        this.events.emit(ENDPOINT_STATE_CHANGED, event);
      }
    } catch (error) {
      // A listener's failure must not make a stored batch look unwritten.
      this.logger.error(`an event listener failed: ${(error as Error).message}`);
    }
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23503' || e.cause?.code === '23503';
}
