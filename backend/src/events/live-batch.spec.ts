import type { CheckCompletedEvent, EndpointStateChangedEvent } from '../checks/check.events.js';
import { LiveBatch, sseComment, sseFrame } from './live-batch.js';

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, s));
const check = (
  endpointId: number,
  s: number,
  latencyMs: number | null,
  status: CheckCompletedEvent['status'] = 'UP',
): CheckCompletedEvent => ({
  endpointId,
  checkResultId: s,
  checkedAt: at(s),
  ok: status !== 'DOWN',
  degraded: false,
  status,
  statusCode: 200,
  latencyMs,
  errorKind: null,
  errorMessage: null,
});
const stateChange = (
  endpointId: number,
  from: 'UP' | 'DOWN',
  to: 'UP' | 'DOWN',
  s: number,
): EndpointStateChangedEvent => ({
  endpointId,
  endpointName: `e${endpointId}`,
  url: null,
  tags: [],
  from,
  to,
  at: at(s),
  reason: 'status 500',
  stateChangeId: s,
  check: null,
});

/** Parses frames back into [event, data] pairs. */
function frames(text: string): [string, any][] {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((frame) => {
      const [eventLine, dataLine] = frame.split('\n');
      return [eventLine!.replace('event: ', ''), JSON.parse(dataLine!.replace('data: ', ''))];
    });
}

describe('LiveBatch', () => {
  it('is empty and drains to nothing at first', () => {
    const batch = new LiveBatch();
    expect(batch.empty).toBe(true);
    expect(batch.drain()).toBe('');
  });

  it('keeps only the latest check per endpoint, in order of their latest update', () => {
    const batch = new LiveBatch();
    batch.addCheck(check(1, 1, 10));
    batch.addCheck(check(2, 2, 20));
    batch.addCheck(check(1, 3, 30, 'DOWN'));
    expect(frames(batch.drain())).toEqual([
      [
        'checks',
        {
          checks: [
            { endpoint_id: 2, status: 'UP', latency_ms: 20, checked_at: at(2).toISOString() },
            { endpoint_id: 1, status: 'DOWN', latency_ms: 30, checked_at: at(3).toISOString() },
          ],
        },
      ],
    ]);
    expect(batch.empty).toBe(true);
  });

  it('keeps every state change in order and sends them first; one frame per kind', () => {
    const batch = new LiveBatch();
    batch.addCheck(check(1, 1, 10));
    batch.addStateChange(stateChange(1, 'UP', 'DOWN', 1));
    batch.addStateChange(stateChange(1, 'DOWN', 'UP', 2));
    batch.addEndpointChange({ endpointId: 3, change: 'created', at: at(3) });
    const out = frames(batch.drain());
    expect(out.map(([event]) => event)).toEqual(['state', 'checks', 'endpoint']);
    expect(out[0]![1].changes.map((c: { to: string }) => c.to)).toEqual(['DOWN', 'UP']);
    expect(out[0]![1].changes[0]).toEqual({
      endpoint_id: 1,
      endpoint_name: 'e1',
      from: 'UP',
      to: 'DOWN',
      at: at(1).toISOString(),
      reason: 'status 500',
    });
    expect(out[2]![1]).toEqual({ changes: [{ endpoint_id: 3, change: 'created', at: at(3).toISOString() }] });
  });

  it('drops pending checks of a deleted endpoint', () => {
    const batch = new LiveBatch();
    batch.addCheck(check(5, 1, 10));
    batch.addEndpointChange({ endpointId: 5, change: 'deleted', at: at(2) });
    expect(frames(batch.drain()).map(([event]) => event)).toEqual(['endpoint']);
  });
});

describe('SSE framing', () => {
  it('writes one-line JSON data and comments', () => {
    expect(sseFrame('checks', { a: 'x\ny' })).toBe('event: checks\ndata: {"a":"x\\ny"}\n\n');
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
  });
});
