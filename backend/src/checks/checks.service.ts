import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import { Conflict } from '../common/errors.js';
import { SecretBox } from '../common/secret-box.js';
import { rowToCheckTarget } from '../endpoints/endpoint-target.js';
import { ENDPOINT_CHANGED, type EndpointChangedEvent } from '../endpoints/endpoint.events.js';
import { EndpointNotFound, EndpointsService } from '../endpoints/endpoints.service.js';
import { CheckRecorder } from './check-recorder.js';
import type { CheckResult, StoredCheckResult } from './check-result.js';
import { CheckRunner } from './check-runner.js';
import { CheckScheduler } from './check-scheduler.js';
import type { ExternalCheckResult } from './check-target.js';
import { ChecksRepository, type ListChecksOptions } from './checks.repository.js';

/** The check engine's public face: other modules call this service or listen to its events. */
@Injectable()
export class ChecksService {
  private readonly logger = new Logger('ChecksService');

  constructor(
    private readonly repository: ChecksRepository,
    private readonly runner: CheckRunner,
    private readonly recorder: CheckRecorder,
    private readonly scheduler: CheckScheduler,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
    private readonly endpoints: EndpointsService,
  ) {}

  /**
   * Stores a result that did not come from our probe (heartbeat ping, missed heartbeat), runs the
   * state machine and emits CHECK_COMPLETED (and ENDPOINT_STATE_CHANGED on a change). Resolves once
   * stored; rejects with EndpointNotFound, or when the database is unavailable (the result then stays
   * buffered and is written later).
   */
  async recordExternalResult(endpointId: number, result: ExternalCheckResult): Promise<void> {
    const full: CheckResult = {
      checkedAt: result.checkedAt,
      ok: result.ok,
      degraded: result.degraded ?? false,
      statusCode: null,
      latencyMs: result.latencyMs ?? null,
      dnsMs: null,
      connectMs: null,
      tlsMs: null,
      ttfbMs: null,
      sizeBytes: null,
      errorKind: result.errorKind ?? null,
      errorMessage: result.errorMessage ?? null,
      attempts: 1,
      details: result.details ?? null,
      certExpiresAt: null,
    };
    if (!(await this.recorder.record(endpointId, full, true))) throw new EndpointNotFound(endpointId);
  }

  /** Runs one check of a stored endpoint now (retries included), records it and returns it. */
  async checkNow(endpointId: number): Promise<StoredCheckResult> {
    const row = await this.repository.findEndpoint(endpointId);
    if (!row) throw new EndpointNotFound(endpointId);
    if (row.kind !== 'http' || !row.url)
      throw new Conflict('NotCheckable', 'A push endpoint is checked by its pings, not by apimon.');
    const target = rowToCheckTarget(row, this.secrets);
    // Never alongside a scheduled run of the same endpoint (two requests at once, two results racing).
    return this.scheduler.exclusive(endpointId, async () => {
      const result = await this.runner.run(target, { deadlineMs: Date.now() + row.intervalSeconds * 1000 });
      if (!result) throw new Conflict('ShuttingDown', 'apimon is shutting down.');
      const written = await this.recorder.record(endpointId, result, true);
      if (!written?.result) throw new EndpointNotFound(endpointId);
      return written.result;
    });
  }

  /**
   * One attempt against an unsaved endpoint body (validated by the endpoints module; with
   * `endpointId`, masked secrets sent back by the edit form are that endpoint's); nothing is recorded.
   */
  async dryRun(body: unknown, endpointId?: number): Promise<CheckResult> {
    const target = await this.endpoints.dryRunTarget(body, endpointId);
    const result = await this.runner.run(target, { deadlineMs: Date.now() + target.timeoutMs, maxAttempts: 1 });
    if (!result) throw new Conflict('ShuttingDown', 'apimon is shutting down.');
    return result;
  }

  async listResults(endpointId: number, options: ListChecksOptions): Promise<StoredCheckResult[]> {
    if (!(await this.repository.findEndpoint(endpointId))) throw new EndpointNotFound(endpointId);
    return this.repository.listResults(endpointId, options);
  }

  /** Definition changes take effect at once: created/updated/resumed run now, paused/deleted stop. */
  @OnEvent(ENDPOINT_CHANGED, { async: true, promisify: true, suppressErrors: true })
  async onEndpointChanged(event: EndpointChangedEvent): Promise<void> {
    try {
      const id = event.endpointId;
      if (event.change === 'deleted') {
        this.scheduler.unschedule(id);
        this.recorder.forget(id);
        return;
      }
      if (event.change === 'paused') {
        this.scheduler.unschedule(id);
        await this.recorder.pause(id, event.at);
        return;
      }
      if (event.change === 'resumed') await this.recorder.resume(id, event.at ?? this.clock.now());
      const row = await this.repository.findEndpoint(id);
      if (row) {
        this.recorder.remember(row); // new thresholds and name, also for push endpoints
        this.scheduler.schedule(row, true);
      } else this.scheduler.unschedule(id);
    } catch (error) {
      this.logger.error(
        `reacting to ${event.change} of endpoint ${event.endpointId} failed: ${(error as Error).message}`,
      );
    }
  }
}
