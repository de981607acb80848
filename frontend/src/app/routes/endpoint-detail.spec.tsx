import { act, screen, waitFor } from '@testing-library/react';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import { EndpointDetailRoute } from './endpoint-detail';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

const ENDPOINT = {
  id: 9,
  kind: 'http',
  name: 'orders api',
  url: 'https://orders.example.test/health',
  method: 'GET',
  status: 'UP',
  status_since: new Date().toISOString(),
  last_checked_at: null,
  last_latency_ms: null,
  interval: 60,
  timeout: 5,
  expected_status: ['200-399'],
  tags: [],
  headers: [],
  assertions: [],
  description: null,
  managed_by: null,
  is_active: true,
};

describe('EndpointDetailRoute', () => {
  it('asks for the checks while the endpoint itself is still loading, not after it', async () => {
    let answerEndpoint: () => void = () => undefined;
    api.on('GET', '/api/v1/endpoints/9', (_req, res) => {
      answerEndpoint = () => json(res, 200, ENDPOINT);
    });
    api.on('GET', '/api/v1/endpoints/9/checks', { json: { checks: [], next_before: null } });
    renderRoute(<EndpointDetailRoute />, { path: '/endpoints/9', pattern: '/endpoints/:id' });
    expect(screen.getByText('Loading the endpoint…')).toBeVisible();
    await waitFor(() => expect(api.requests.some((r) => r.url.startsWith('/api/v1/endpoints/9/checks'))).toBe(true));
    expect(await screen.findByText('No checks yet')).toBeVisible();
    act(() => answerEndpoint());
    expect(await screen.findByRole('heading', { name: 'orders api', level: 1 })).toBeVisible();
  });

  it('shows "not found" for an endpoint that does not exist', async () => {
    api.on('GET', '/api/v1/endpoints/9', {
      status: 404,
      json: { error: { code: 'EndpointNotFound', message: 'no endpoint 9' } },
    });
    renderRoute(<EndpointDetailRoute />, { path: '/endpoints/9', pattern: '/endpoints/:id' });
    expect(await screen.findByText('This endpoint does not exist')).toBeVisible();
  });
});
