import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { RULE_EVENTS, type EndpointStatus } from '../db/schema.js';
import type { AlertFacts } from './alert-message.js';
import { AlertOutboxService } from './alert-outbox.service.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { AlertStateRepository, type EndpointFacts } from './alert-state.repository.js';
import { flappingEnded } from './flapping.js';
import { OccurrenceGroups, toSpec } from './occurrence-groups.js';
import { certificateExpiring, dueWhileDown, ruleApplies } from './rule-evaluation.js';
import { Ticker } from './ticker.js';

const DAY_MS = 86_400_000;

/**
 * The alerts that come due with time rather than with an event: a DOWN after X minutes,
 * re-notifications while DOWN, the end of a flapping episode, expiring certificates (daily).
 * Every instance may run these; the outbox's dedup keys make them idempotent.
 */
@Injectable()
export class AlertTimedService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Alerts');
  private readonly timed: Ticker;
  private readonly daily: Ticker;

  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly state: AlertStateRepository,
    private readonly outbox: AlertOutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const onError = (error: unknown) => this.logger.error({ err: error }, 'timed alert evaluation failed');
    this.timed = new Ticker(
      () => this.evaluate(this.clock.now()).then(() => undefined),
      config.alerts.evaluateIntervalMs,
      onError,
    );
    this.daily = new Ticker(() => this.checkCertificates(this.clock.now()).then(() => undefined), DAY_MS, onError);
  }

  onApplicationBootstrap(): void {
    this.timed.start();
    this.daily.start(60_000);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.timed.stop(), this.daily.stop()]);
  }

  /** Delayed DOWNs, re-notifications and flap endings due at `now`; returns how many notifications were stored. */
  async evaluate(now: Date): Promise<number> {
    const all = await this.rules.enabledFor([...RULE_EVENTS]);
    const flaps = await this.state.allFlapStates();
    const flapping = new Set(flaps.map((f) => `${f.ruleId}:${f.endpointId}`));
    const groups = new OccurrenceGroups();

    const downTargets = all.filter((t) => t.rule.events.includes('down') || t.rule.events.includes('heartbeat_missed'));
    const down = downTargets.length ? await this.state.currentlyDown() : [];
    for (const endpoint of down) {
      const { change } = endpoint;
      const errorKind = (change.check?.errorKind as string | undefined) ?? null;
      for (const target of downTargets) {
        if (!ruleApplies(target.rule, endpoint) || flapping.has(`${target.rule.id}:${endpoint.id}`)) continue;
        for (const due of dueWhileDown(
          toSpec(target.rule),
          { stateChangeId: change.stateChangeId, since: change.at, errorKind },
          now,
        )) {
          const facts = this.downFacts(endpoint, change.fromStatus, change.at, change.check);
          groups.add({ key: due.occurrence, facts: { ...facts, event: due.event }, endpoint, at: due.at }, target);
        }
      }
    }

    let stored = 0;
    const byId = new Map(all.map((t) => [t.rule.id, t]));
    for (const flap of flaps) {
      const target = byId.get(flap.ruleId);
      const last = await this.state.latestChange(flap.endpointId);
      const endpoint = await this.state.endpoint(flap.endpointId);
      if (!target || !endpoint || !last) {
        await this.state.endFlapping(flap.ruleId, flap.endpointId, flap.flappingSince);
        continue;
      }
      if (!flappingEnded(last.at, now, target.rule.flapWindowMinutes)) continue;
      const facts: AlertFacts = {
        ...this.downFacts(endpoint, last.fromStatus, last.at, last.check),
        status: last.toStatus,
        event: 'stable',
      };
      const key = `stable:${flap.ruleId}:${flap.endpointId}:${flap.flappingSince.getTime()}`;
      // Stored before the episode is closed: a crash in between repeats the (deduplicated) store, never loses it.
      stored += await this.outbox.store({ key, facts, endpoint, at: now }, [target]);
      await this.state.endFlapping(flap.ruleId, flap.endpointId, flap.flappingSince);
    }
    return stored + (await groups.storeAll((o, t) => this.outbox.store(o, t)));
  }

  /** One alert per certificate (endpoint and expiry) once it is within a rule's days. */
  async checkCertificates(now: Date): Promise<number> {
    const targets = await this.rules.enabledFor(['certificate_expiring']);
    if (!targets.length) return 0;
    const widestDays = Math.max(...targets.map((t) => t.rule.certExpiryDays));
    const expiring = await this.state.certificatesExpiringBefore(new Date(now.getTime() + widestDays * DAY_MS));
    const groups = new OccurrenceGroups();
    for (const cert of expiring) {
      for (const target of targets) {
        if (
          !ruleApplies(target.rule, cert) ||
          !certificateExpiring(cert.certExpiresAt, now, target.rule.certExpiryDays)
        )
          continue;
        const facts: AlertFacts = {
          event: 'certificate_expiring',
          endpoint: cert,
          status: null,
          previousStatus: null,
          since: now,
          error: null,
          statusCode: null,
          latencyMs: null,
          checkedAt: null,
          certExpiresAt: cert.certExpiresAt,
        };
        groups.add(
          { key: `cert:${cert.id}:${cert.certExpiresAt.toISOString()}`, facts, endpoint: cert, at: now },
          target,
        );
      }
    }
    return groups.storeAll((o, t) => this.outbox.store(o, t));
  }

  private downFacts(
    endpoint: EndpointFacts,
    from: string,
    since: Date,
    check: Record<string, unknown> | null,
  ): Omit<AlertFacts, 'event'> {
    return {
      endpoint,
      status: 'DOWN' satisfies EndpointStatus,
      previousStatus: from,
      since,
      error: (check?.errorMessage as string | null | undefined) ?? null,
      statusCode: (check?.statusCode as number | null | undefined) ?? null,
      latencyMs: (check?.latencyMs as number | null | undefined) ?? null,
      checkedAt: check ? since : null,
    };
  }
}
