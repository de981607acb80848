import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, LocalApi } from '@/test/local-api';
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

  it('lists which assertions failed, one line each, for failed and degraded checks', async () => {
    api.on('GET', '/api/v1/endpoints/3/checks', {
      json: {
        checks: [
          check({
            id: 2,
            ok: false,
            error_kind: 'assertion',
            error_message: '$.status is "down", expected "ok"; header x-version is missing',
            details: {
              remote_address: '127.0.0.1',
              failed_assertions: [
                { index: 0, type: 'json_path', message: '$.status is "down", expected "ok"' },
                { index: 2, type: 'header', message: 'header x-version is missing' },
              ],
            },
          }),
          check({
            id: 1,
            degraded: true,
            error_message: 'response took 950 ms, degraded above 800 ms',
            details: {
              failed_assertions: [
                { index: -2, type: 'degraded_above_ms', message: 'response took 950 ms, degraded above 800 ms' },
              ],
            },
          }),
        ],
        next_before: null,
      },
    });
    renderRoute(<CheckTable endpointId={3} />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows[0]).toHaveTextContent('Failed 2 assertions');
    const failed = within(within(rows[0]).getByRole('list', { name: 'Failed assertions' })).getAllByRole('listitem');
    expect(failed.map((li) => li.textContent)).toEqual([
      'Assertion 1 · JSON path: $.status is "down", expected "ok"',
      'Assertion 3 · Header: header x-version is missing',
    ]);
    expect(within(rows[1]).getByRole('listitem')).toHaveTextContent(
      'Degraded threshold: response took 950 ms, degraded above 800 ms',
    );
    expect(rows[1]).toHaveTextContent('Degraded by assertion');
  });

  it('loads older checks with the next_before cursor until there are none', async () => {
    const page = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        check({ id: from - i, checked_at: new Date(Date.now() - (from - i) * 60_000).toISOString() }),
      );
    let release: () => void = () => undefined;
    api.on('GET', '/api/v1/endpoints/3/checks', (req, res) => {
      const before = new URL(req.url, 'http://x').searchParams.get('before');
      if (before === null) return json(res, 200, { checks: page(60, 2), next_before: 'cursor-58' });
      if (before === 'cursor-58') {
        // Held until the test has seen the loading state.
        release = () => json(res, 200, { checks: page(58, 2), next_before: 'cursor-56' });
        return;
      }
      json(res, 400, { error: { code: 'ValidationFailed', message: 'is not a cursor returned as next_before' } });
    });
    renderRoute(<CheckTable endpointId={3} limit={2} />);
    expect(await screen.findByText('2 checks shown')).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Load older checks' }));
    expect(await screen.findByRole('button', { name: 'Loading older checks…' })).toBeDisabled();
    release();
    expect(await screen.findByText('4 checks shown')).toBeVisible();
    expect(screen.getAllByRole('row')).toHaveLength(5);

    // The next cursor is refused: the rows stay, the error is said, and the button stays for a retry.
    await user.click(screen.getByRole('button', { name: 'Load older checks' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Older checks could not be loaded');
    expect(screen.getAllByRole('row')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Load older checks' })).toBeEnabled();
    expect(api.requests.map((r) => r.url)).toEqual([
      '/api/v1/endpoints/3/checks?limit=2',
      '/api/v1/endpoints/3/checks?limit=2&before=cursor-58',
      '/api/v1/endpoints/3/checks?limit=2&before=cursor-56',
    ]);
  });

  it('says when the oldest check is shown', async () => {
    api.on('GET', '/api/v1/endpoints/3/checks', { json: { checks: [check({ id: 1 })], next_before: null } });
    renderRoute(<CheckTable endpointId={3} />);
    expect(await screen.findByText('No older checks.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load older checks' })).toBeNull();
    await waitFor(() => expect(api.requests).toHaveLength(1));
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
