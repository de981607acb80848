import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import type { TargetErrorKind, TargetRow } from '../db/schema.js';
import { FormatChanged, UnparseableResponse } from './mapping/vendor-errors.js';
import { FetchFailed, StatusFetcher } from './status-fetcher.js';
import { planSnapshot, STALE_AFTER_FAILURES } from './status-changes.js';
import { PUBLIC_SERVICE_STATUS_CHANGED, type PublicServiceStatusChangedEvent } from './target.events.js';
import { TargetsRepository } from './targets.repository.js';
import { TargetsService } from './targets.service.js';

export type CollectResult =
  | { target: string; outcome: 'updated'; changes: number }
  | { target: string; outcome: 'not-modified' }
  | { target: string; outcome: 'failed'; kind: TargetErrorKind; error: string }
  | { target: string; outcome: 'skipped' };

/** Targets collected at once in a round: a handful of vendors, each answering in well under a second. */
const CONCURRENCY = 4;

/**
 * One collection of a target: fetch → parse → compare with what is stored → store → emit events.
 * A failed or unparseable response never touches the stored statuses; it records the error.
 */
@Injectable()
export class TargetsCollector {
  private readonly logger = new Logger('TargetsCollector');
  /** Targets being collected right now, so a manual collect never overlaps a scheduled one. */
  private readonly inFlight = new Set<number>();

  constructor(
    private readonly repository: TargetsRepository,
    private readonly targets: TargetsService,
    private readonly fetcher: StatusFetcher,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
  ) {}

  /** Collects every enabled target whose interval has elapsed, a few at a time. */
  async collectDue(now: Date = this.clock.now()): Promise<CollectResult[]> {
    const due = await this.repository.due(now);
    const results: CollectResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const row = due[next++]!;
        results.push(await this.collect(row, now));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker));
    return results;
  }

  /** Collects one target now, whatever its interval (the admin "collect now" action). */
  async collectNow(name: string): Promise<CollectResult> {
    const row = await this.targets.get(name);
    return this.collect(row, this.clock.now());
  }

  private async collect(row: TargetRow, now: Date): Promise<CollectResult> {
    if (this.inFlight.has(row.id)) return { target: row.name, outcome: 'skipped' };
    this.inFlight.add(row.id);
    try {
      return await this.collectOnce(row, now);
    } finally {
      this.inFlight.delete(row.id);
    }
  }

  private async collectOnce(row: TargetRow, now: Date): Promise<CollectResult> {
    const target = this.targets.build(row);
    let outcome;
    try {
      outcome = await target.collect(this.fetcher, { etag: row.etag, lastModified: row.lastModified });
    } catch (error) {
      return this.fail(row, error, now);
    }
    if (outcome.kind === 'not-modified') {
      await this.repository.saveNotModified(row.id, now);
      return { target: row.name, outcome: 'not-modified' };
    }
    const known = await this.repository.services([row.id]);
    const plan = planSnapshot(
      {
        overall: row.lastSuccessAt
          ? { status: row.overallStatus, maintenance: row.overallDimensions?.maintenance === true }
          : null,
        services: known.map((s) => ({
          name: s.name,
          status: s.status,
          maintenance: s.dimensions.maintenance === true,
          statusSince: s.statusSince,
        })),
      },
      outcome.report,
      target.listsAffectedOnly,
      now,
    );
    const stored = await this.repository.saveSuccess(row, {
      overall: outcome.report.overall,
      plan,
      validators: outcome.validators,
      at: now,
    });
    if (row.consecutiveFailures >= STALE_AFTER_FAILURES) {
      this.logger.log(`${row.name} recovered after ${row.consecutiveFailures} failed collections`);
    }
    const detail = new Map(
      [outcome.report.overall, ...outcome.report.services].map((e, i) => [i === 0 ? null : e.name, e.dimensions]),
    );
    for (const change of stored) {
      const event: PublicServiceStatusChangedEvent = {
        changeId: change.id,
        target: row.name,
        targetDisplayName: outcome.report.overall.name,
        service: change.service,
        from: change.fromStatus,
        to: change.toStatus,
        maintenance: change.maintenance,
        at: change.at,
        dimensions: detail.get(change.service) ?? { rawStatus: null },
      };
      this.events.emit(PUBLIC_SERVICE_STATUS_CHANGED, event);
    }
    return { target: row.name, outcome: 'updated', changes: stored.length };
  }

  private async fail(row: TargetRow, error: unknown, now: Date): Promise<CollectResult> {
    const kind: TargetErrorKind =
      error instanceof FormatChanged ? 'format' : error instanceof UnparseableResponse ? 'unparseable' : 'fetch';
    if (!(error instanceof FormatChanged || error instanceof UnparseableResponse || error instanceof FetchFailed)) {
      this.logger.error(`${row.name}: unexpected collection error`, (error as Error).stack);
    }
    const message = (error as Error).message;
    const streak = await this.repository.saveFailure(row.id, kind, message, now);
    if (kind === 'format') {
      this.logger.warn(`${row.name}: the response no longer matches the vendor's format: ${message}`);
    }
    if (streak === STALE_AFTER_FAILURES) {
      this.logger.warn(`${row.name} is stale after ${streak} failed collections (last: ${message})`);
    }
    return { target: row.name, outcome: 'failed', kind, error: message };
  }
}
