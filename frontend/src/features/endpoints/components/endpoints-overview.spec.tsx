import { screen, waitFor, within } from '@testing-library/react';
import type { EndpointStatus, EndpointWire } from '@/types/api';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute, withLayout } from '@/test/render';
import { EndpointsOverview } from './endpoints-overview';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());
withLayout();

const STATUSES: EndpointStatus[] = ['UP', 'UP', 'UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'];

/** `total` endpoints, filtered by status and served at most 500 at a time, as the real API does. */
function serve(total = 1400) {
  const all = Array.from({ length: total }, (_, i) => {
    const id = i + 1;
    const status = STATUSES[id % STATUSES.length];
    return {
      id,
      name: `api-${String(id).padStart(4, '0')}`,
      status,
      status_since: new Date(Date.now() - id * 1000).toISOString(),
      last_latency_ms: status === 'PAUSED' ? 9999 : 100,
      tags: [],
    } as unknown as EndpointWire;
  });
  api.on('GET', '/api/v1/endpoints', (req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const matching = all.filter((e) => !q.get('status') || e.status === q.get('status'));
    const offset = Number(q.get('offset'));
    const endpoints = matching.slice(offset, offset + Math.min(Number(q.get('limit')), 500));
    json(res, 200, { endpoints, total: matching.length });
  });
}

describe('EndpointsOverview', () => {
  it('counts every endpoint across pages, averages latencies, and lists failures newest first', async () => {
    serve();
    renderRoute(<EndpointsOverview canEdit />);
    const summary = await screen.findByRole('region', { name: 'Endpoint summary' });
    const card = (label: string) => within(summary).getByText(label).parentElement;
    expect(card('Total')).toHaveTextContent('1,400');
    expect(card('UP')).toHaveTextContent('600');
    expect(card('DOWN')).toHaveTextContent('200');
    expect(card('DEGRADED')).toHaveTextContent('200');
    expect(card('PAUSED')).toHaveTextContent('200');
    expect(card('DOWN')).toHaveAttribute('href', '/endpoints?status=DOWN');
    await waitFor(() => expect(card('Average latency')).toHaveTextContent('100 ms'));
    const pages = api.requests
      .map((r) => new URL(r.url, 'http://x').searchParams)
      .filter((q) => q.get('limit') === '500');
    expect(pages.map((q) => q.get('offset'))).toEqual(['0', '500', '1000']);
    // Exact counts now come from the loaded (live-patched) data.
    expect(card('UP')).toHaveTextContent('600');

    const failures = within(screen.getByRole('region', { name: 'Recent failures' })).getAllByRole('listitem');
    expect(failures).toHaveLength(10);
    expect(failures[0]).toHaveTextContent('api-0003'); // id 3 (DOWN) changed most recently
    const board = screen.getByRole('list', { name: 'Endpoint statuses' });
    expect(within(board).getAllByRole('listitem')[0]).toHaveTextContent('DOWN');
  });

  it('invites to add the first endpoint when there is none', async () => {
    serve(0);
    renderRoute(<EndpointsOverview canEdit />);
    expect(await screen.findByText('No endpoints yet')).toBeVisible();
  });

  it('says so when the server fails', async () => {
    api.on('GET', '/api/v1/endpoints', {
      status: 503,
      json: { error: { code: 'DatabaseUnavailable', message: 'db down' } },
    });
    renderRoute(<EndpointsOverview canEdit />);
    expect(await screen.findByText('db down')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
