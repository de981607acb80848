import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { MaintenanceService } from '../analytics/maintenance.service.js';
import { Clock } from '../common/clock.js';
import { AlertCatchUpRepository } from './alert-catch-up.repository.js';
import { AlertCatchUpService } from './alert-catch-up.service.js';
import { AlertChannelsController } from './alert-channels.controller.js';
import { AlertChannelsRepository } from './alert-channels.repository.js';
import { AlertChannelsService } from './alert-channels.service.js';
import { AlertDispatcherService } from './alert-dispatcher.service.js';
import { AlertEvaluatorService } from './alert-evaluator.service.js';
import { AlertOutboxService } from './alert-outbox.service.js';
import { AlertRulesController } from './alert-rules.controller.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { AlertRulesService } from './alert-rules.service.js';
import { AlertStateRepository } from './alert-state.repository.js';
import { AlertTimedService } from './alert-timed.service.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsRepository } from './alerts.repository.js';
import { MAINTENANCE_LOOKUP } from './maintenance-lookup.js';
import { PublicServiceAlertsService } from './public-service-alerts.service.js';

/** Alert channels, rules, the outbox and its dispatcher. Evaluates the check engine's stored state changes (live on its events, caught up on a schedule). */
@Module({
  imports: [AnalyticsModule],
  controllers: [AlertChannelsController, AlertRulesController, AlertsController],
  providers: [
    Clock,
    AlertChannelsRepository,
    AlertRulesRepository,
    AlertsRepository,
    AlertStateRepository,
    AlertCatchUpRepository,
    AlertChannelsService,
    AlertRulesService,
    AlertOutboxService,
    AlertEvaluatorService,
    AlertCatchUpService,
    AlertTimedService,
    AlertDispatcherService,
    PublicServiceAlertsService,
    // Maintenance windows silence alerts (they are stored as suppressed).
    { provide: MAINTENANCE_LOOKUP, useExisting: MaintenanceService },
  ],
  exports: [AlertOutboxService, AlertRulesService],
})
export class AlertsModule {}
