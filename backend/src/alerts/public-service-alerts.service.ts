import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PUBLIC_SERVICE_STATUS_CHANGED, type PublicServiceStatusChangedEvent } from '../targets/target.events.js';
import type { AlertFacts } from './alert-message.js';
import { AlertOutboxService } from './alert-outbox.service.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { ruleAppliesToService, serviceChangeNotifies } from './rule-evaluation.js';

/** "Tell me when GitHub Actions is degraded": the public-status collector's changes as alerts. */
@Injectable()
export class PublicServiceAlertsService {
  private readonly logger = new Logger('Alerts');

  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly outbox: AlertOutboxService,
  ) {}

  @OnEvent(PUBLIC_SERVICE_STATUS_CHANGED, { async: true, promisify: true })
  async onStatusChanged(event: PublicServiceStatusChangedEvent): Promise<void> {
    try {
      await this.handle(event);
    } catch (error) {
      this.logger.error({ err: error, changeId: event.changeId }, 'alert evaluation of a public service change failed');
    }
  }

  async handle(e: PublicServiceStatusChangedEvent): Promise<number> {
    if (!serviceChangeNotifies(e.from, e.to)) return 0;
    const targets = (await this.rules.enabledFor(['public_service_status_changed'])).filter((t) =>
      ruleAppliesToService(t.rule, { target: e.target, service: e.service }),
    );
    if (!targets.length) return 0;
    const raw = e.dimensions.rawStatus;
    const detail = [
      raw !== null && raw !== undefined ? `vendor says "${raw}"` : null,
      e.maintenance ? 'planned maintenance' : null,
    ]
      .filter(Boolean)
      .join(', ');
    const facts: AlertFacts = {
      event: 'public_service_status_changed',
      endpoint: null,
      service: {
        name: e.service ? `${e.targetDisplayName} ${e.service}` : e.targetDisplayName,
        url: null,
        target: e.target,
      },
      status: e.to,
      previousStatus: e.from,
      since: e.at,
      error: detail || null,
      statusCode: null,
      latencyMs: null,
      checkedAt: e.at,
    };
    return this.outbox.store({ key: `ps:${e.changeId}`, facts, endpoint: null, at: e.at }, targets);
  }
}
