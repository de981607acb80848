import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import type { OverviewRow } from '../api/types';
import { DashboardAnalytics } from './dashboard-analytics';

const row = (i: number): OverviewRow => ({
  endpoint_id: i,
  endpoint_name: `api-${String(i).padStart(2, '0')}`,
  status: 'UP',
  // api-07 is the worst, then api-00, api-01, …
  uptime_percentage: i === 7 ? 90 : 99 + i / 100,
  check_uptime_percentage: null,
  total_checks: 10,
  failed_checks: 0,
  avg_ms: 10,
  p95_ms: 20,
  incidents: 0,
  sparkline: { start: '2026-12-01T00:00:00Z', bucket_seconds: 3600, count: [1], failures: [0], avg_ms: [10] },
});

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

/** Answers like the server: `limit` → the lowest uptime first, that many; none → every row, by id. */
function serveOverview(rows: OverviewRow[]) {
  api.on('GET', '/api/v1/stats/overview', (req, res) => {
    const limit = new URL(req.url ?? '/', 'http://x').searchParams.get('limit');
    const worst = [...rows].sort((a, b) => a.uptime_percentage! - b.uptime_percentage!);
    json(res, 200, { period: '24h', total: rows.length, endpoints: limit ? worst.slice(0, Number(limit)) : rows });
  });
  api.on('GET', '/api/v1/stats/summary', { status: 503, json: {} });
  api.on('GET', '/api/v1/incidents', { json: { incidents: [], total: 0 } });
}

const overviewUrls = () => api.requests.filter((r) => r.url.startsWith('/api/v1/stats/overview')).map((r) => r.url);
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the dashboard overview', () => {
  it('asks for the 20 lowest uptimes only, and for all of them on request', async () => {
    serveOverview(Array.from({ length: 25 }, (_, i) => row(i)));
    renderRoute(<DashboardAnalytics />);
    await waitFor(() => expect(bodyRows()).toHaveLength(20));
    expect(overviewUrls()).toEqual(['/api/v1/stats/overview?period=24h&limit=20']);
    expect(bodyRows()[0]).toHaveTextContent('api-0790 %');
    expect(bodyRows()[1]).toHaveTextContent('api-00');
    expect(screen.getByText(/The 20 with the lowest uptime of 25/)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(overviewUrls()).toEqual(['/api/v1/stats/overview?period=24h&limit=20', '/api/v1/stats/overview?period=24h']);
    // Sorted here too: the whole list comes in id order.
    expect(bodyRows()[0]).toHaveTextContent('api-07');
    expect(screen.getByText('All 25 endpoints.')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Show the first 20' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(20));
  });

  it('needs no button when every endpoint fits', async () => {
    serveOverview([row(1), row(2)]);
    renderRoute(<DashboardAnalytics />);
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });
});
