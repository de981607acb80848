import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../checks/check.events.js';
import type { RuleEvent } from '../db/schema.js';
import type { AlertFacts } from './alert-message.js';
import { AlertOutboxService, type Occurrence } from './alert-outbox.service.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { AlertStateRepository } from './alert-state.repository.js';
import { decideFlap } from './flapping.js';
import { OccurrenceGroups, toSpec } from './occurrence-groups.js';
import { eventForStateChange, latencyStreakStarts, ruleApplies, type StateChangeFacts } from './rule-evaluation.js';

const STATE_EVENTS: RuleEvent[] = ['down', 'recovered', 'degraded', 'heartbeat_missed'];
const SERVING = new Set(['UP', 'DOWN', 'DEGRADED']);
const MINUTE_MS = 60_000;

/** Turns the check engine's events into stored notifications, at once. */
@Injectable()
export class AlertEvaluatorService {
  private readonly logger = new Logger('Alerts');

  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly state: AlertStateRepository,
    private readonly outbox: AlertOutboxService,
  ) {}

  @OnEvent(ENDPOINT_STATE_CHANGED, { async: true, promisify: true })
  async onStateChanged(event: EndpointStateChangedEvent): Promise<void> {
    try {
      await this.handleStateChange(event);
    } catch (error) {
      this.logger.error(
        { err: error, stateChangeId: event.stateChangeId },
        'alert evaluation of a state change failed',
      );
    }
  }

  @OnEvent(CHECK_COMPLETED, { async: true, promisify: true })
  async onCheckCompleted(event: CheckCompletedEvent): Promise<void> {
    try {
      await this.handleCheck(event);
    } catch (error) {
      this.logger.error({ err: error, checkResultId: event.checkResultId }, 'alert evaluation of a check failed');
    }
  }

  async handleStateChange(e: EndpointStateChangedEvent): Promise<number> {
    await this.state.recordChange({
      stateChangeId: e.stateChangeId,
      endpointId: e.endpointId,
      fromStatus: e.from,
      toStatus: e.to,
      at: e.at,
      check: e.check ? { ...e.check } : null,
    });
    if (e.from === e.to) return 0;
    const endpoint = { id: e.endpointId, tags: e.tags };
    const targets = (await this.rules.enabledFor(STATE_EVENTS)).filter((t) => ruleApplies(t.rule, endpoint));
    if (!targets.length) return 0;

    const previous = e.from === 'DOWN' ? await this.state.latestChange(e.endpointId, e.at) : undefined;
    const downSince = previous?.toStatus === 'DOWN' ? previous.at : null;
    const change: StateChangeFacts = {
      from: e.from,
      to: e.to,
      at: e.at,
      errorKind: e.check?.errorKind ?? null,
      downSince,
    };
    const serving = SERVING.has(e.from) && SERVING.has(e.to);
    const damped = serving ? targets.filter((t) => t.rule.flapThreshold !== null) : [];
    const flapStates = damped.length ? await this.state.flapStates(e.endpointId) : new Map<number, Date>();
    const widestMs = Math.max(0, ...damped.map((t) => t.rule.flapWindowMinutes * MINUTE_MS));
    const changesAt = damped.length
      ? await this.state.changeTimes(e.endpointId, new Date(e.at.getTime() - widestMs), e.at)
      : [];

    const base = this.facts(e, downSince);
    const groups = new OccurrenceGroups();
    for (const target of targets) {
      const { rule } = target;
      const event = eventForStateChange(toSpec(rule), change);
      const flap = serving
        ? decideFlap({
            threshold: rule.flapThreshold,
            windowMinutes: rule.flapWindowMinutes,
            changesAt,
            at: e.at,
            flappingSince: flapStates.get(rule.id) ?? null,
          })
        : 'notify';
      if (flap === 'start_flapping') {
        await this.state.startFlapping(rule.id, e.endpointId, e.at);
        const from = e.at.getTime() - rule.flapWindowMinutes * MINUTE_MS;
        const flapChanges = changesAt.filter((t) => t.getTime() > from).length;
        const facts: AlertFacts = {
          ...base,
          event: 'flapping',
          flapChanges,
          flapWindowMinutes: rule.flapWindowMinutes,
        };
        groups.add(
          this.occurrence(`flap:${e.stateChangeId}`, facts, e),
          target,
          `${flapChanges}/${rule.flapWindowMinutes}`,
        );
      } else if (event) {
        const occurrence = this.occurrence(`sc:${e.stateChangeId}`, { ...base, event }, e);
        if (flap === 'silence') occurrence.suppressedReason = 'flapping';
        groups.add(occurrence, target);
      }
    }
    return groups.storeAll((o, t) => this.outbox.store(o, t));
  }

  async handleCheck(e: CheckCompletedEvent): Promise<number> {
    const candidates = (await this.rules.enabledForHotPath(['latency_above'])).filter(
      (t) => t.rule.latencyThresholdMs !== null,
    );
    if (!candidates.length) return 0;
    const endpoint = await this.state.endpoint(e.endpointId);
    if (!endpoint) return 0;
    const targets = candidates.filter((t) => ruleApplies(t.rule, endpoint));
    if (!targets.length) return 0;
    const depth = Math.max(...targets.map((t) => t.rule.latencyConsecutive)) + 1;
    const latencies = await this.state.latencies(e.endpointId, e.checkedAt, depth);
    const groups = new OccurrenceGroups();
    for (const target of targets) {
      const { latencyThresholdMs, latencyConsecutive } = target.rule;
      if (!latencyStreakStarts(latencies, latencyThresholdMs!, latencyConsecutive)) continue;
      const facts: AlertFacts = {
        event: 'latency_above',
        endpoint,
        status: e.status,
        previousStatus: null,
        since: e.checkedAt,
        error: e.errorMessage,
        statusCode: e.statusCode,
        latencyMs: e.latencyMs,
        checkedAt: e.checkedAt,
        latencyThresholdMs,
        latencyConsecutive,
      };
      const occurrence: Occurrence = { key: `latency:${e.checkResultId}`, facts, endpoint, at: e.checkedAt };
      groups.add(occurrence, target, `${latencyThresholdMs}/${latencyConsecutive}`);
    }
    return groups.storeAll((o, t) => this.outbox.store(o, t));
  }

  private facts(e: EndpointStateChangedEvent, downSince: Date | null): Omit<AlertFacts, 'event'> {
    return {
      endpoint: { id: e.endpointId, name: e.endpointName, url: e.url },
      status: e.to,
      previousStatus: e.from,
      since: e.at,
      error: e.check?.errorMessage ?? (e.to === 'DOWN' ? e.reason : null),
      statusCode: e.check?.statusCode ?? null,
      latencyMs: e.check?.latencyMs ?? null,
      checkedAt: e.check ? e.at : null,
      downtimeMs: downSince ? e.at.getTime() - downSince.getTime() : null,
    };
  }

  private occurrence(key: string, facts: AlertFacts, e: EndpointStateChangedEvent): Occurrence {
    return { key, facts, endpoint: { id: e.endpointId, tags: e.tags }, at: e.at };
  }
}
