import { screen, within } from '@testing-library/react';
import type { EndpointStatus, EndpointWire, StatusTotalsWire } from '@/types/api';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute, withLayout } from '@/test/render';
import { EndpointsOverview } from './endpoints-overview';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());
withLayout();

const STATUSES: EndpointStatus[] = ['UP', 'UP', 'UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'];
const TOTALS: StatusTotalsWire = { total: 1400, up: 600, down: 200, degraded: 200, paused: 200, pending: 200 };

/** `total` endpoints, filtered by status and sorted problems first when asked, as the real API does. */
function serve(total = 1400) {
  const rank: Record<EndpointStatus, number> = { DOWN: 0, DEGRADED: 1, PENDING: 2, UP: 3, PAUSED: 4 };
  const all = Array.from({ length: total }, (_, i) => {
    const id = i + 1;
    const status = STATUSES[id % STATUSES.length];
    return {
      id,
      name: `api-${String(id).padStart(4, '0')}`,
      status,
      status_since: new Date(Date.now() - id * 1000).toISOString(),
      last_latency_ms: 100,
      tags: [],
    } as unknown as EndpointWire;
  });
  api.on('GET', '/api/v1/endpoints', (req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const matching = all.filter((e) => !q.get('status') || e.status === q.get('status'));
    if (q.get('sort') === 'status') matching.sort((a, b) => rank[a.status] - rank[b.status] || a.id - b.id);
    const offset = Number(q.get('offset'));
    const endpoints = matching.slice(offset, offset + Math.min(Number(q.get('limit')), 500));
    json(res, 200, { endpoints, total: matching.length });
  });
}

describe('EndpointsOverview', () => {
  it('shows the server’s counts and only the first page of endpoints, problems first', async () => {
    serve();
    renderRoute(<EndpointsOverview canEdit totals={TOTALS} />);
    const summary = screen.getByRole('region', { name: 'Endpoint summary' });
    const card = (label: string) => within(summary).getByText(label).parentElement;
    expect(card('Total')).toHaveTextContent('1,400');
    expect(card('UP')).toHaveTextContent('600');
    expect(card('PENDING')).toHaveTextContent('200');
    expect(card('DOWN')).toHaveAttribute('href', '/endpoints?status=DOWN');

    const board = await screen.findByRole('list', { name: 'Endpoint statuses' });
    expect(within(board).getAllByRole('listitem')[0]).toHaveTextContent('DOWN');
    expect(screen.getByText(/The 100 with the most problems of 1,400/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'See all endpoints' })).toHaveAttribute('href', '/endpoints?sort=status');
    // One page, never the whole list: the browser counts nothing.
    const lists = api.requests.filter((r) => r.url.startsWith('/api/v1/endpoints'));
    expect(lists.map((r) => r.url)).toEqual(['/api/v1/endpoints?limit=100&offset=0&sort=status']);

    const failures = within(screen.getByRole('region', { name: 'Recent failures' })).getAllByRole('listitem');
    expect(failures).toHaveLength(10);
    expect(failures[0]).toHaveTextContent('api-0003'); // id 3 (DOWN) changed most recently
  });

  it('shows placeholders until the counts arrive, and a dash with the reason when they fail', async () => {
    serve(3);
    const { unmount } = renderRoute(<EndpointsOverview canEdit totals={undefined} />);
    const summary = screen.getByRole('region', { name: 'Endpoint summary' });
    expect(within(summary).getByText('Total').parentElement).toHaveTextContent('…');
    // Fewer endpoints than a page: no pointer to the rest.
    expect(await screen.findByRole('list', { name: 'Endpoint statuses' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'See all endpoints' })).toBeNull();
    unmount();

    renderRoute(<EndpointsOverview canEdit totals={undefined} totalsError={new Error('summary down')} />);
    const failed = screen.getByRole('region', { name: 'Endpoint summary' });
    expect(within(failed).getByText('UP').parentElement).toHaveTextContent('–');
    expect(screen.getByRole('alert')).toHaveTextContent('summary down');
  });

  it('invites to add the first endpoint when there is none', async () => {
    serve(0);
    renderRoute(<EndpointsOverview canEdit totals={{ ...TOTALS, total: 0 }} />);
    expect(await screen.findByText('No endpoints yet')).toBeVisible();
  });

  it('says so when the server fails', async () => {
    api.on('GET', '/api/v1/endpoints', {
      status: 503,
      json: { error: { code: 'DatabaseUnavailable', message: 'db down' } },
    });
    renderRoute(<EndpointsOverview canEdit totals={TOTALS} />);
    expect(await screen.findByText('db down')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
