import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../checks/check.events.js';
import { IncidentNotFound } from './analytics.errors.js';
import { firstOfTrailingRun } from './downtime.js';
import { IncidentsRepository, type IncidentFilter } from './incidents.repository.js';

/** How far back the listener looks for the start of a run of failures (or successes). */
const RUN_LOOKBACK = 500;
/** Checks shown around an incident: this much before its start and after its end. */
const AROUND_MS = 10 * 60_000;

/**
 * Incidents are downtime periods (see downtime.ts): opened when an endpoint becomes DOWN, at the first
 * failed check of the run that did it; closed when it leaves DOWN, at the first good check of the run
 * that made it UP again (or at the change itself when it was paused or deleted).
 */
@Injectable()
export class IncidentsService {
  private readonly logger = new Logger(IncidentsService.name);

  constructor(
    private readonly repository: IncidentsRepository,
    private readonly clock: Clock,
  ) {}

  @OnEvent(ENDPOINT_STATE_CHANGED)
  async onStateChanged(event: EndpointStateChangedEvent): Promise<void> {
    try {
      if (event.to === 'DOWN' && event.from !== 'DOWN') await this.open(event);
      else if (event.from === 'DOWN' && event.to !== 'DOWN') await this.close(event);
    } catch (error) {
      // A listener must never take the check engine down; the next change reconciles.
      this.logger.error({ err: error, endpointId: event.endpointId }, 'incident bookkeeping failed');
    }
  }

  @OnEvent(CHECK_COMPLETED)
  async onCheckCompleted(event: CheckCompletedEvent): Promise<void> {
    if (event.ok) return;
    try {
      await this.repository.countFailure(event.endpointId, event.checkResultId);
    } catch (error) {
      this.logger.error({ err: error, endpointId: event.endpointId }, 'incident failure count failed');
    }
  }

  private async open(event: EndpointStateChangedEvent): Promise<void> {
    const checks = await this.repository.checksUpTo(event.endpointId, event.at, RUN_LOOKBACK);
    const firstFailure = firstOfTrailingRun(checks, (c) => !c.ok);
    const failures = firstFailure ? checks.slice(checks.indexOf(firstFailure)) : [];
    // The result that caused the change may still be in the engine's write buffer: count it too.
    const triggerStored = !event.check || failures.some((c) => c.id === event.check!.checkResultId);
    const first = failures[0];
    const opened = await this.repository.open({
      endpointId: event.endpointId,
      startedAt: first?.checkedAt ?? event.at,
      causeKind: first?.errorKind ?? event.check?.errorKind ?? null,
      causeMessage: first?.errorMessage ?? event.check?.errorMessage ?? event.reason,
      failedChecks: failures.length + (triggerStored ? 0 : 1),
      openedByStateChangeId: event.stateChangeId,
      openedByCheckResultId: event.check?.checkResultId ?? null,
    });
    if (opened) this.logger.log({ endpointId: event.endpointId, incidentId: opened.id }, 'incident opened');
  }

  private async close(event: EndpointStateChangedEvent): Promise<void> {
    let resolvedAt = event.at;
    if (event.to === 'UP' || event.to === 'DEGRADED') {
      const checks = await this.repository.checksUpTo(event.endpointId, event.at, RUN_LOOKBACK);
      resolvedAt = firstOfTrailingRun(checks, (c) => c.ok)?.checkedAt ?? event.at;
    }
    const closed = await this.repository.close(event.endpointId, resolvedAt);
    if (closed) this.logger.log({ endpointId: event.endpointId, incidentId: closed.id }, 'incident resolved');
  }

  list(filter: IncidentFilter) {
    return this.repository.list(filter);
  }

  async get(id: number) {
    const incident = await this.repository.get(id);
    if (!incident) throw new IncidentNotFound(id);
    const end = incident.resolvedAt ?? this.clock.now();
    const checks = await this.repository.checksBetween(
      incident.endpointId,
      new Date(incident.startedAt.getTime() - AROUND_MS),
      new Date(end.getTime() + AROUND_MS),
      500,
    );
    return { incident, checks };
  }
}
