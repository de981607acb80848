import { act, screen, waitFor, within } from '@testing-library/react';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute, withLayout } from '@/test/render';
import { DashboardRoute } from './dashboard';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());
withLayout();

const SUMMARY = {
  totals: { total: 2000, up: 1990, down: 4, degraded: 3, paused: 2, pending: 1 },
  uptime_24h: 99.5,
  average_latency_ms_1h: 42,
  open_incidents: 4,
  recent_failures: [],
};

describe('DashboardRoute', () => {
  it('fills the status cards and the analytics figures from one summary request', async () => {
    api.on('GET', '/api/v1/stats/summary', { json: SUMMARY });
    api.on('GET', '/api/v1/endpoints', { json: { endpoints: [], total: 2000 } });
    renderRoute(<DashboardRoute />);
    const summary = screen.getByRole('region', { name: 'Endpoint summary' });
    await waitFor(() => expect(within(summary).getByText('Total').parentElement).toHaveTextContent('2,000'));
    expect(within(summary).getByText('PENDING').parentElement).toHaveTextContent('1');
    expect(screen.getByText('Open incidents', { selector: 'p' }).parentElement).toHaveTextContent('4');
    expect(api.requests.filter((r) => r.url === '/api/v1/stats/summary')).toHaveLength(1);
  });

  it('asks for the overview, incidents, public services and health only once the cards and first rows are in', async () => {
    let answerSummary: () => void = () => undefined;
    api.on('GET', '/api/v1/stats/summary', (_req, res) => {
      answerSummary = () => json(res, 200, SUMMARY);
    });
    api.on('GET', '/api/v1/endpoints', { json: { endpoints: [], total: 2000 } });
    api.on('GET', '/api/v1/stats/overview', { json: { period: '24h', endpoints: [] } });
    api.on('GET', '/api/v1/incidents', { json: { incidents: [], total: 0 } });
    api.on('GET', '/api/status', { json: { targets: [] } });
    const held = ['/api/v1/stats/overview', '/api/v1/incidents', '/api/status', '/api/v1/system', '/health'];
    const asked = (prefix: string) =>
      api.requests.some((r) => r.url === prefix || r.url.startsWith(`${prefix}?`) || r.url.startsWith(`${prefix}/`));
    renderRoute(<DashboardRoute />);
    await waitFor(() => expect(asked('/api/v1/endpoints')).toBe(true));
    await waitFor(() => expect(asked('/api/v1/stats/summary')).toBe(true));
    // Give a premature request time to show up.
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(held.filter(asked)).toEqual([]);
    act(() => answerSummary());
    await waitFor(() => expect(held.filter(asked)).toEqual(held));
  });
});
