import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { buildAlertMessage, linkBase, type AlertFacts } from './alert-message.js';
import type { RuleTarget } from './alert-rules.repository.js';
import { AlertsRepository, type AlertFilter, type NewAlert } from './alerts.repository.js';
import { channelKind } from './channels/channel-registry.js';
import { MAINTENANCE_LOOKUP, type MaintenanceLookup } from './maintenance-lookup.js';

/** One thing that happened and may be worth telling: a state change, a due re-notification, a slow streak… */
export interface Occurrence {
  /** Identifies the occurrence; with rule and channel it forms the outbox's unique dedup key. */
  key: string;
  facts: AlertFacts;
  endpoint: { id: number; tags: string[] } | null;
  at: Date;
  /** Set when the occurrence is known to be silenced (flapping). */
  suppressedReason?: string;
}

type Listener = () => void;

/** Stores notifications in the outbox (rendered, deduplicated), before anything is sent. */
@Injectable()
export class AlertOutboxService {
  private readonly logger = new Logger('Alerts');
  private readonly listeners: Listener[] = [];

  constructor(
    private readonly repository: AlertsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAINTENANCE_LOOKUP) private readonly maintenance: MaintenanceLookup,
  ) {}

  /** The dispatcher asks to hear about new pending rows, to deliver them at once. */
  onStored(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Stores one notification per (rule, channel); ones stored before (any instance) are left alone. */
  async store(occurrence: Occurrence, targets: RuleTarget[]): Promise<number> {
    if (!targets.length) return 0;
    const reason = occurrence.suppressedReason ?? (await this.maintenanceReason(occurrence));
    const now = this.clock.now();
    const message = buildAlertMessage(occurrence.facts, linkBase(this.config.publicUrl), now);
    const rows: NewAlert[] = targets.flatMap(({ rule, channels }) =>
      channels.map((channel) => ({
        dedupKey: `${occurrence.key}:r${rule.id}:c${channel.id}`,
        event: occurrence.facts.event,
        ruleId: rule.id,
        channelId: channel.id,
        channelType: channel.type,
        endpointId: occurrence.endpoint?.id ?? null,
        message: { ...message },
        payload: channelKind(channel.type).render(message, channel.config),
        status: reason ? ('suppressed' as const) : ('pending' as const),
        suppressedReason: reason ?? null,
        nextAttemptAt: now,
        occurredAt: occurrence.at,
      })),
    );
    const ids = await this.repository.enqueue(rows);
    if (ids.length) {
      this.logger.log(
        { key: occurrence.key, event: occurrence.facts.event, stored: ids.length, suppressed: reason ?? undefined },
        'alert stored',
      );
      if (!reason) for (const listener of this.listeners) listener();
    }
    return ids.length;
  }

  list(filter: AlertFilter) {
    return this.repository.list(filter);
  }

  private async maintenanceReason(occurrence: Occurrence): Promise<string | undefined> {
    if (!occurrence.endpoint) return undefined;
    const window = await this.maintenance.activeWindowFor(occurrence.endpoint, occurrence.at);
    return window ? `maintenance window "${window.title}" (#${window.id})` : undefined;
  }
}
