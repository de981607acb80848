import type { EndpointStatus, ErrorKind } from '../db/schema.js';

/**
 * Domain events of the check engine (@nestjs/event-emitter). Analytics and alerts listen to these;
 * they never read the checks module's repository.
 */
export const CHECK_COMPLETED = 'check.completed';
export const ENDPOINT_STATE_CHANGED = 'endpoint.state_changed';

/** Emitted for every stored final check result (after retries). */
export interface CheckCompletedEvent {
  endpointId: number;
  checkResultId: number;
  checkedAt: Date;
  ok: boolean;
  degraded: boolean;
  status: EndpointStatus;
  statusCode: number | null;
  latencyMs: number | null;
  errorKind: ErrorKind | null;
  errorMessage: string | null;
}

/** Emitted once per stored transition of an endpoint's state machine (including PAUSED and back). */
export interface EndpointStateChangedEvent {
  endpointId: number;
  endpointName: string;
  url: string | null;
  tags: string[];
  from: EndpointStatus;
  to: EndpointStatus;
  at: Date;
  reason: string | null;
  stateChangeId: number;
  /** The result that caused the change; null for pause, resume and delete. */
  check: Pick<CheckCompletedEvent, 'checkResultId' | 'statusCode' | 'latencyMs' | 'errorKind' | 'errorMessage'> | null;
}
