import type { EndpointWire } from '@/types/api';
import { mergeUpdates, parseLiveMessage, patchEndpoint, patchEndpointsData } from './live-updates';

const endpoint = (over: Partial<EndpointWire> = {}) =>
  ({
    id: 1,
    name: 'a',
    status: 'UP',
    status_since: '2026-12-01T00:00:00.000Z',
    last_checked_at: '2026-12-01T00:01:00.000Z',
    last_latency_ms: 20,
    ...over,
  }) as EndpointWire;

describe('parseLiveMessage', () => {
  it.each([
    [
      'a check update',
      '{"endpoint_id":1,"status":"UP","latency_ms":12,"checked_at":"t"}',
      [{ endpointId: 1, status: 'UP', latencyMs: 12, checkedAt: 't', isCheck: true }],
    ],
    [
      'a state change',
      '{"endpoint_id":"2","from":"UP","to":"DOWN","at":"t2"}',
      [{ endpointId: 2, status: 'DOWN', statusSince: 't2', isCheck: false }],
    ],
    [
      'a coalesced array',
      '[{"endpoint_id":1,"checked_at":"a"},{"endpoint_id":2,"checked_at":"b"}]',
      [
        { endpointId: 1, checkedAt: 'a', isCheck: true },
        { endpointId: 2, checkedAt: 'b', isCheck: true },
      ],
    ],
    [
      'a wrapped list',
      '{"checks":[{"endpoint_id":3,"status":"DEGRADED"}]}',
      [{ endpointId: 3, status: 'DEGRADED', isCheck: false }],
    ],
    ['not JSON', 'hello', []],
    ['no endpoint id', '{"status":"UP"}', []],
  ])('%s', (_name, data, expected) => expect(parseLiveMessage(data)).toEqual(expected));
});

describe('mergeUpdates', () => {
  it('keeps the latest value per endpoint and remembers a check arrived', () => {
    const merged = mergeUpdates([
      { endpointId: 1, status: 'DOWN', checkedAt: 'a', latencyMs: null, isCheck: true },
      { endpointId: 1, status: 'UP', isCheck: false },
    ]);
    expect(merged.get(1)).toEqual({ endpointId: 1, status: 'UP', checkedAt: 'a', latencyMs: null, isCheck: true });
  });
});

describe('patchEndpoint', () => {
  it('moves status, since, last check and latency', () => {
    const next = patchEndpoint(endpoint(), {
      endpointId: 1,
      status: 'DOWN',
      checkedAt: '2026-12-01T00:02:00.000Z',
      latencyMs: null,
      isCheck: true,
    });
    expect(next).toMatchObject({
      status: 'DOWN',
      status_since: '2026-12-01T00:02:00.000Z',
      last_checked_at: '2026-12-01T00:02:00.000Z',
      last_latency_ms: null,
    });
  });

  it('ignores a check older than the one shown', () => {
    const e = endpoint();
    expect(
      patchEndpoint(e, { endpointId: 1, checkedAt: '2026-12-01T00:00:30.000Z', latencyMs: 5, isCheck: true }),
    ).toBe(e);
  });

  it('returns the same object when nothing changes', () => {
    const e = endpoint();
    expect(patchEndpoint(e, { endpointId: 1, status: 'UP', isCheck: false })).toBe(e);
  });
});

describe('patchEndpointsData', () => {
  const updates = mergeUpdates([{ endpointId: 2, status: 'DOWN', isCheck: false }]);

  it('patches only the matching rows of a list page', () => {
    const page = { endpoints: [endpoint(), endpoint({ id: 2 })], total: 2 };
    const next = patchEndpointsData(page, updates) as typeof page;
    expect(next.endpoints.map((e) => e.status)).toEqual(['UP', 'DOWN']);
    expect(next.endpoints[0]).toBe(page.endpoints[0]);
  });

  it('leaves a list without those endpoints untouched', () => {
    const page = { endpoints: [endpoint()], total: 1 };
    expect(patchEndpointsData(page, updates)).toBe(page);
  });

  it('patches a single endpoint and ignores other shapes', () => {
    expect(patchEndpointsData(endpoint({ id: 2 }), updates)).toMatchObject({ status: 'DOWN' });
    expect(patchEndpointsData(undefined, updates)).toBeUndefined();
    expect(patchEndpointsData(42, updates)).toBe(42);
  });
});
