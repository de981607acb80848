/**
 * Emitted by the endpoints module after a committed change of an endpoint's definition, so that the
 * check scheduler (and anyone else) reacts at once, without a restart. The scheduler re-reads the
 * endpoint's row by id; the event carries no copy of it.
 */
export const ENDPOINT_CHANGED = 'endpoint.changed';

export type EndpointChange = 'created' | 'updated' | 'deleted' | 'paused' | 'resumed';

export interface EndpointChangedEvent {
  endpointId: number;
  change: EndpointChange;
  at: Date;
}
