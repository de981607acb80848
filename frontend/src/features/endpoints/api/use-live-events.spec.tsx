import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ServerResponse } from 'node:http';
import type { ReactNode } from 'react';
import type { EndpointWire } from '@/types/api';
import { createQueryClient } from '@/lib/query-client';
import { LocalApi } from '@/test/local-api';
import { STATE_REFRESH_MS, useLiveEvents } from './use-live-events';

let api: LocalApi;
let streams: ServerResponse[];
beforeEach(async () => {
  api = await LocalApi.start();
  streams = [];
  api.on('GET', '/api/v1/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    streams.push(res);
  });
});
afterEach(() => api.stop());

function setup() {
  const queryClient = createQueryClient();
  const endpoint = { id: 5, name: 'a', status: 'UP', status_since: 't0', last_checked_at: null, last_latency_ms: null };
  queryClient.setQueryData(['endpoints', 'detail', 5], endpoint);
  queryClient.setQueryData(['endpoints', 'list', {}, 0], { endpoints: [endpoint], total: 1 });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, ...renderHook(() => useLiveEvents(), { wrapper }) };
}

describe('useLiveEvents', () => {
  it('reads the stream with fetch and patches every cached copy of the endpoint', async () => {
    const { queryClient, result, unmount } = setup();
    await waitFor(() => expect(result.current).toBe('live'));
    streams[0].write(
      'event: check\ndata: {"endpoint_id":5,"status":"DOWN","latency_ms":null,"checked_at":"2026-12-01T00:00:01.000Z"}\n\n',
    );
    await waitFor(() =>
      expect(queryClient.getQueryData<EndpointWire>(['endpoints', 'detail', 5])).toMatchObject({
        status: 'DOWN',
        status_since: '2026-12-01T00:00:01.000Z',
        last_checked_at: '2026-12-01T00:00:01.000Z',
      }),
    );
    expect(
      queryClient.getQueryData<{ endpoints: EndpointWire[] }>(['endpoints', 'list', {}, 0])?.endpoints[0].status,
    ).toBe('DOWN');
    expect(api.requests.filter((r) => r.url === '/api/v1/events')).toHaveLength(1);
    unmount();
  });

  it('reads the server’s coalesced frames and refetches lists when an endpoint changes', async () => {
    const { queryClient, result, unmount } = setup();
    await waitFor(() => expect(result.current).toBe('live'));
    streams[0].write('event: state\ndata: {"changes":[{"endpoint_id":5,"from":"UP","to":"DEGRADED","at":"t9"}]}\n\n');
    await waitFor(() =>
      expect(queryClient.getQueryData<EndpointWire>(['endpoints', 'detail', 5])).toMatchObject({
        status: 'DEGRADED',
        status_since: 't9',
      }),
    );
    api.on('GET', '/api/v1/endpoints/5', { json: { id: 5, name: 'renamed', status: 'UP' } });
    streams[0].write('event: endpoint\ndata: {"changes":[{"endpoint_id":5,"change":"updated","at":"t10"}]}\n\n');
    await waitFor(() => expect(queryClient.getQueryState(['endpoints', 'detail', 5])?.isInvalidated).toBe(true), {
      timeout: 3_000,
    });
    unmount();
  });

  it('refreshes the server-counted summary and the dashboard page once per burst of state changes', async () => {
    const { queryClient, result, unmount } = setup();
    queryClient.setQueryData(['analytics', 'summary'], { totals: { total: 1 } });
    queryClient.setQueryData(['endpoints', 'dashboard', { sort: 'status', limit: 100 }], { endpoints: [], total: 1 });
    const invalidated = vi.spyOn(queryClient, 'invalidateQueries');
    await waitFor(() => expect(result.current).toBe('live'));
    const state = (to: string, at: string) =>
      `event: state\ndata: {"changes":[{"endpoint_id":5,"from":"UP","to":"${to}","at":"${at}"}]}\n\n`;
    streams[0].write(state('DOWN', 't1'));
    streams[0].write(state('UP', 't2'));
    streams[0].write(state('DOWN', 't3'));
    await waitFor(() => expect(queryClient.getQueryState(['analytics', 'summary'])?.isInvalidated).toBe(true), {
      timeout: STATE_REFRESH_MS + 3_000,
    });
    const keys = invalidated.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys.filter((k) => k === '["analytics","summary"]')).toHaveLength(1);
    expect(keys.filter((k) => k === '["endpoints","dashboard"]')).toHaveLength(1);
    expect(queryClient.getQueryState(['endpoints', 'dashboard', { sort: 'status', limit: 100 }])?.isInvalidated).toBe(
      true,
    );
    unmount();
  });

  it('falls back to polling when the stream drops, and reconnects', async () => {
    const { result, unmount } = setup();
    await waitFor(() => expect(result.current).toBe('live'));
    streams[0].end();
    await waitFor(() => expect(result.current).toBe('polling'));
    await waitFor(() => expect(result.current).toBe('live'), { timeout: 3_000 });
    expect(streams).toHaveLength(2);
    unmount();
  });

  it('polls when the server has no events route', async () => {
    api.on('GET', '/api/v1/events', { status: 404, json: { error: { code: 'NotFound', message: 'no' } } });
    const { result, unmount } = setup();
    await waitFor(() => expect(result.current).toBe('polling'));
    unmount();
  });
});
