import { Injectable } from '@nestjs/common';
import type { EndpointRow } from '../db/schema.js';
import type { CheckResult } from './check-result.js';
import { ChecksRepository } from './checks.repository.js';
import { ResultWriter, type EndpointMeta, type Written } from './result-writer.js';
import { applyResult, pause, resume, type EndpointState, type Thresholds, type Transition } from './state-machine.js';

interface Tracked {
  state: EndpointState;
  thresholds: Thresholds;
  meta: EndpointMeta;
}

/**
 * The state machine of every endpoint, in memory (the check engine is the only writer of the runtime
 * columns, so the row is read once) and persisted through the batched ResultWriter. Results of one
 * endpoint are applied in the order they arrive.
 */
@Injectable()
export class CheckRecorder {
  private readonly tracked = new Map<number, Tracked>();
  private readonly loading = new Map<number, Promise<Tracked | null>>();

  constructor(
    private readonly repository: ChecksRepository,
    private readonly writer: ResultWriter,
  ) {}

  /** Takes the definition (thresholds, name) of rows just read; keeps the in-memory state if tracked. */
  remember(row: EndpointRow): void {
    const existing = this.tracked.get(row.id);
    this.tracked.set(row.id, {
      state: existing?.state ?? {
        status: row.status,
        statusSince: row.statusSince,
        consecutiveFailures: row.consecutiveFailures,
        consecutiveSuccesses: row.consecutiveSuccesses,
      },
      thresholds: { failureThreshold: row.failureThreshold, successThreshold: row.successThreshold },
      meta: { name: row.name, url: row.url, tags: row.tags },
    });
  }

  forget(endpointId: number): void {
    this.tracked.delete(endpointId);
  }

  /** Applies a result and queues it; `wait` resolves once it is stored. null: the endpoint does not exist. */
  async record(endpointId: number, result: CheckResult, wait: true): Promise<Written | null>;
  async record(endpointId: number, result: CheckResult, wait: false): Promise<void>;
  async record(endpointId: number, result: CheckResult, wait: boolean): Promise<Written | null | void> {
    const entry = await this.get(endpointId);
    if (!entry) return wait ? null : undefined;
    return this.apply(
      endpointId,
      entry,
      applyResult(entry.state, result, entry.thresholds, result.checkedAt),
      result,
      wait,
    );
  }

  async pause(endpointId: number, at: Date): Promise<void> {
    const entry = await this.get(endpointId);
    if (entry) await this.apply(endpointId, entry, pause(entry.state, at), null, true);
  }

  async resume(endpointId: number, at: Date): Promise<void> {
    const entry = await this.get(endpointId);
    if (entry) await this.apply(endpointId, entry, resume(entry.state, at), null, true);
  }

  private apply(endpointId: number, entry: Tracked, transition: Transition, result: CheckResult | null, wait: boolean) {
    entry.state = transition.state;
    if (!result && !transition.change) return Promise.resolve(null);
    const write = { endpointId, result, change: transition.change, state: transition.state, meta: entry.meta };
    if (wait) return this.writer.write(write);
    this.writer.enqueue(write);
    return Promise.resolve();
  }

  private async get(endpointId: number): Promise<Tracked | null> {
    const known = this.tracked.get(endpointId);
    if (known) return known;
    let loading = this.loading.get(endpointId);
    if (!loading) {
      loading = this.repository.findEndpoint(endpointId).then((row) => {
        if (!row) return null;
        if (!this.tracked.has(endpointId)) this.remember(row);
        return this.tracked.get(endpointId)!;
      });
      this.loading.set(endpointId, loading);
      void loading.finally(() => this.loading.delete(endpointId)).catch(() => undefined);
    }
    return loading;
  }
}
