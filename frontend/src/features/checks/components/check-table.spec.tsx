import { screen, within } from '@testing-library/react';
import { LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import { CheckTable } from './check-table';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

const check = (over: Record<string, unknown>) => ({
  checked_at: new Date(Date.now() - 30_000).toISOString(),
  ok: true,
  degraded: false,
  status_code: 200,
  latency_ms: 12,
  dns_ms: null,
  connect_ms: 1,
  tls_ms: null,
  ttfb_ms: 9,
  size_bytes: 10,
  error_kind: null,
  error_message: null,
  attempts: 1,
  cert_expires_at: null,
  ...over,
});

describe('CheckTable', () => {
  it('shows outcome, status code, latency, phases and the error of each check', async () => {
    api.on('GET', '/api/v1/endpoints/3/checks', {
      json: {
        checks: [
          check({
            id: 2,
            ok: false,
            status_code: null,
            latency_ms: null,
            connect_ms: null,
            ttfb_ms: null,
            error_kind: 'refused',
            error_message: 'connection refused',
            attempts: 2,
          }),
          check({ id: 1, degraded: true, latency_ms: 950 }),
        ],
        next_before: null,
      },
    });
    renderRoute(<CheckTable endpointId={3} />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Failed')).toBeVisible();
    expect(rows[0]).toHaveTextContent('refused: connection refused (2 attempts)');
    expect(within(rows[1]).getByText('Degraded')).toBeVisible();
    expect(rows[1]).toHaveTextContent('950 ms');
    expect(rows[1]).toHaveTextContent('Connect1 ms');
    expect(api.requests[0].url).toBe('/api/v1/endpoints/3/checks?limit=50');
  });

  it('says when there are no checks yet, and when they cannot be loaded', async () => {
    api.on('GET', '/api/v1/endpoints/3/checks', { json: { checks: [], next_before: null } });
    renderRoute(<CheckTable endpointId={3} />);
    expect(await screen.findByText('No checks yet')).toBeVisible();

    api.on('GET', '/api/v1/endpoints/4/checks', {
      status: 404,
      json: { error: { code: 'EndpointNotFound', message: 'no endpoint 4' } },
    });
    renderRoute(<CheckTable endpointId={4} />);
    expect(await screen.findByText('no endpoint 4')).toBeVisible();
  });
});
