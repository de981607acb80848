import type { Dimensions, UnifiedStatus } from './unified-status.js';

/**
 * Domain events of the public-status collector (@nestjs/event-emitter). The alerts module listens
 * to these ("tell me when GitHub Actions is degraded"); it never reads the targets repository.
 */
export const PUBLIC_SERVICE_STATUS_CHANGED = 'public_service.status_changed';

/** Emitted once per stored status change, after it is committed. */
export interface PublicServiceStatusChangedEvent {
  changeId: number;
  /** The target's key (`github`) and the provider-level name the vendor uses (`GitHub`). */
  target: string;
  targetDisplayName: string;
  /** The service (`Actions`); null when the provider-level (overall) status changed. */
  service: string | null;
  /** null on the first observation of the service. */
  from: UnifiedStatus | null;
  to: UnifiedStatus;
  /** A planned maintenance (reported as Degraded). */
  maintenance: boolean;
  at: Date;
  /** The vendor's detail at the time of the change (rawStatus, incident title/link, region, …). */
  dimensions: Dimensions;
}
