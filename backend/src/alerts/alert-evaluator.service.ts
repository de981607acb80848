import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CHECK_COMPLETED, type CheckCompletedEvent } from '../checks/check.events.js';
import { Clock } from '../common/clock.js';
import type { AlertStateLogRow, RuleEvent } from '../db/schema.js';
import type { StoredStateChange } from './alert-catch-up.repository.js';
import type { AlertFacts } from './alert-message.js';
import { AlertOutboxService, type Occurrence } from './alert-outbox.service.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { AlertStateRepository } from './alert-state.repository.js';
import { decideFlap } from './flapping.js';
import { OccurrenceGroups, toSpec } from './occurrence-groups.js';
import {
  delayedDownOwed,
  eventForStateChange,
  latencyStreakStarts,
  ruleApplies,
  type StateChangeFacts,
  type TimedAlert,
} from './rule-evaluation.js';

const STATE_EVENTS: RuleEvent[] = ['down', 'recovered', 'degraded', 'heartbeat_missed'];
const SERVING = new Set(['UP', 'DOWN', 'DEGRADED']);
const MINUTE_MS = 60_000;

/** Turns stored state changes and completed checks into stored notifications. */
@Injectable()
export class AlertEvaluatorService {
  private readonly logger = new Logger('Alerts');

  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly state: AlertStateRepository,
    private readonly outbox: AlertOutboxService,
    private readonly clock: Clock,
  ) {}

  @OnEvent(CHECK_COMPLETED, { async: true, promisify: true })
  async onCheckCompleted(event: CheckCompletedEvent): Promise<void> {
    try {
      await this.handleCheck(event);
    } catch (error) {
      this.logger.error({ err: error, checkResultId: event.checkResultId }, 'alert evaluation of a check failed');
    }
  }

  /**
   * Evaluates one stored state change (live or caught up) and stores its notifications; marks it
   * evaluated last, so a failure anywhere leaves it for the catch-up. `staleReason` stores them as
   * suppressed (a change replayed long after it happened).
   */
  async handleStateChange(e: StoredStateChange, staleReason?: string): Promise<number> {
    await this.state.recordChange({
      stateChangeId: e.id,
      endpointId: e.endpointId,
      fromStatus: e.from,
      toStatus: e.to,
      at: e.at,
      check: e.check ? { ...e.check } : null,
    });
    const stored = e.from === e.to ? 0 : await this.evaluateChange(e, staleReason);
    await this.state.markEvaluated(e.id, this.clock.now());
    return stored;
  }

  private async evaluateChange(e: StoredStateChange, staleReason: string | undefined): Promise<number> {
    const endpoint = { id: e.endpointId, tags: e.tags };
    const targets = (await this.rules.enabledFor(STATE_EVENTS)).filter((t) => ruleApplies(t.rule, endpoint));
    if (!targets.length) return 0;

    const previous = e.from === 'DOWN' ? await this.state.latestChange(e.endpointId, e.at) : undefined;
    const downChange = previous?.toStatus === 'DOWN' ? previous : undefined;
    const downSince = downChange?.at ?? null;
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
    const withReason = (o: Occurrence, reason?: string) => {
      const suppressedReason = staleReason ?? reason;
      return suppressedReason ? { ...o, suppressedReason } : o;
    };
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
          withReason(this.occurrence(`flap:${e.id}`, facts, e)),
          target,
          `${flapChanges}/${rule.flapWindowMinutes}`,
        );
        continue;
      }
      if (!event) continue;
      if (flap === 'notify' && event === 'recovered' && downChange) {
        const delayed = delayedDownOwed(toSpec(rule), downChange, e.at);
        if (delayed) groups.add(withReason(this.delayedDown(delayed, downChange, e)), target);
      }
      const occurrence = this.occurrence(`sc:${e.id}`, { ...base, event }, e);
      groups.add(withReason(occurrence, flap === 'silence' ? 'flapping' : undefined), target);
    }
    return groups.storeAll((o, t) => this.outbox.store(o, t));
  }

  /**
   * The delayed DOWN of an episode that ends before the timed evaluation sent it (a recovery just after
   * the delay, or both changes caught up late): the same occurrence key as the timed evaluation's, so
   * it is stored once whichever comes first, and the recovery never closes a DOWN nobody was told about.
   */
  private delayedDown(due: TimedAlert, down: AlertStateLogRow, e: StoredStateChange): Occurrence {
    const check = down.check;
    const facts: AlertFacts = {
      event: due.event,
      endpoint: { id: e.endpointId, name: e.endpointName, url: e.url },
      status: 'DOWN',
      previousStatus: down.fromStatus,
      since: down.at,
      error: (check?.errorMessage as string | null | undefined) ?? null,
      statusCode: (check?.statusCode as number | null | undefined) ?? null,
      latencyMs: (check?.latencyMs as number | null | undefined) ?? null,
      checkedAt: check ? down.at : null,
    };
    return { key: due.occurrence, facts, endpoint: { id: e.endpointId, tags: e.tags }, at: due.at };
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

  private facts(e: StoredStateChange, downSince: Date | null): Omit<AlertFacts, 'event'> {
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

  private occurrence(key: string, facts: AlertFacts, e: StoredStateChange): Occurrence {
    return { key, facts, endpoint: { id: e.endpointId, tags: e.tags }, at: e.at };
  }
}
