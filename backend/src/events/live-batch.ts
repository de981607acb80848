import type { CheckCompletedEvent, EndpointStateChangedEvent } from '../checks/check.events.js';
import type { EndpointChangedEvent } from '../endpoints/endpoint.events.js';

/** One Server-Sent Events frame. `data` is JSON on one line (JSON.stringify never emits raw newlines). */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const sseComment = (text: string): string => `: ${text}\n\n`;

/**
 * What happened since the last flush, coalesced: the latest check per endpoint (older ones are
 * superseded), every state change and definition change in order. `drain` turns it into at most one
 * frame per kind (`state`, `checks`, `endpoint`), so a client gets a bounded number of messages per
 * flush however many checks ran.
 */
export class LiveBatch {
  private readonly checks = new Map<
    number,
    { endpoint_id: number; status: string; latency_ms: number | null; checked_at: string }
  >();
  private stateChanges: unknown[] = [];
  private endpointChanges: unknown[] = [];

  addCheck(event: CheckCompletedEvent): void {
    // Delete first so the map's order is the order of the latest updates.
    this.checks.delete(event.endpointId);
    this.checks.set(event.endpointId, {
      endpoint_id: event.endpointId,
      status: event.status,
      latency_ms: event.latencyMs,
      checked_at: event.checkedAt.toISOString(),
    });
  }

  addStateChange(event: EndpointStateChangedEvent): void {
    this.stateChanges.push({
      endpoint_id: event.endpointId,
      endpoint_name: event.endpointName,
      from: event.from,
      to: event.to,
      at: event.at.toISOString(),
      reason: event.reason,
    });
  }

  addEndpointChange(event: EndpointChangedEvent): void {
    this.endpointChanges.push({ endpoint_id: event.endpointId, change: event.change, at: event.at.toISOString() });
    if (event.change === 'deleted') this.checks.delete(event.endpointId);
  }

  get empty(): boolean {
    return this.checks.size === 0 && this.stateChanges.length === 0 && this.endpointChanges.length === 0;
  }

  /** The frames for everything pending (state changes first: they matter most), then empties the batch. */
  drain(): string {
    let out = '';
    if (this.stateChanges.length) out += sseFrame('state', { changes: this.stateChanges });
    if (this.checks.size) out += sseFrame('checks', { checks: [...this.checks.values()] });
    if (this.endpointChanges.length) out += sseFrame('endpoint', { changes: this.endpointChanges });
    this.checks.clear();
    this.stateChanges = [];
    this.endpointChanges = [];
    return out;
  }
}
