import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import { defaultFormValues } from '../endpoint-form-schema';
import { EndpointForm } from './endpoint-form';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

function renderForm() {
  const saved = vi.fn();
  renderRoute(<EndpointForm initial={defaultFormValues()} onSaved={saved} onCancel={() => {}} />);
  return saved;
}

describe('EndpointForm', () => {
  it('shows every client-side error on its field and sends nothing', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('URL'), 'file:///etc/passwd');
    await user.clear(screen.getByLabelText('Interval (seconds)'));
    await user.type(screen.getByLabelText('Interval (seconds)'), '2');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/is required/);
    expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(/http or https/);
    expect(screen.getByLabelText('Interval (seconds)')).toHaveAccessibleDescription(/at least 5/);
    expect(screen.getByLabelText('Timeout (seconds)')).toHaveAccessibleDescription(/below the interval/);
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct these fields');
    expect(api.requests).toEqual([]);
  });

  it('posts the wire body and hands back the saved endpoint', async () => {
    api.on('POST', '/api/v1/endpoints', ({ body }, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...(body as object), id: 7 }));
    });
    const user = userEvent.setup();
    const saved = renderForm();
    await user.type(screen.getByLabelText('Name'), 'Payments');
    await user.type(screen.getByLabelText('URL'), 'http://127.0.0.1:9/health');
    await user.type(screen.getByLabelText('Tags'), 'prod, pay');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await waitFor(() => expect(saved).toHaveBeenCalledWith(expect.objectContaining({ id: 7 })));
    expect(api.requests[0].body).toMatchObject({
      kind: 'http',
      name: 'Payments',
      url: 'http://127.0.0.1:9/health',
      interval: 60,
      timeout: 10,
      expected_status: ['200-399'],
      tags: ['prod', 'pay'],
    });
  });

  it("shows the server's 400 details on their fields", async () => {
    api.on('POST', '/api/v1/endpoints', {
      status: 400,
      json: {
        error: {
          code: 'ValidationFailed',
          message: 'The request is not valid.',
          details: [
            { field: 'url', message: 'resolves to a blocked address' },
            { field: 'headers[0].name', message: 'is reserved' },
          ],
        },
      },
    });
    const user = userEvent.setup();
    const saved = renderForm();
    await user.type(screen.getByLabelText('Name'), 'Metadata');
    await user.type(screen.getByLabelText('URL'), 'http://metadata.test/');
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    await user.type(screen.getByLabelText('Header 1 name'), 'Host');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await waitFor(() => expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(/blocked address/));
    expect(screen.getByText('is reserved')).toBeVisible();
    expect(saved).not.toHaveBeenCalled();
  });

  it('Test runs a dry run and shows status code, latency and phases', async () => {
    api.on('POST', '/api/v1/checks/dry-run', {
      json: {
        checked_at: '2026-12-01T00:00:00.000Z',
        ok: true,
        degraded: false,
        status_code: 204,
        latency_ms: 42,
        dns_ms: 1,
        connect_ms: 2,
        tls_ms: null,
        ttfb_ms: 30,
        size_bytes: 0,
        error_kind: null,
        error_message: null,
        attempts: 1,
        cert_expires_at: null,
      },
    });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Name'), 'Ping');
    await user.type(screen.getByLabelText('URL'), 'http://127.0.0.1:9/');
    await user.click(screen.getByRole('button', { name: 'Test' }));

    const result = await screen.findByRole('region', { name: 'Test result' });
    expect(result).toHaveTextContent('Passed');
    expect(result).toHaveTextContent('Status 204');
    expect(result).toHaveTextContent('Latency 42 ms');
    expect(result).toHaveTextContent('First byte30 ms');
    expect(result).not.toHaveTextContent('TLS');
    expect(api.requests.map((r) => r.url)).toEqual(['/api/v1/checks/dry-run']);
  });

  it('a push monitor asks for its schedule, not a URL', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByLabelText('Heartbeat (your job calls apimon)'));
    expect(screen.queryByLabelText('URL')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Test' })).toBeNull();
    await user.click(screen.getByLabelText('On a cron schedule'));
    expect(screen.getByLabelText('Cron expression')).toBeVisible();
    expect(screen.getByLabelText('Timezone')).toHaveValue('UTC');
  });
});
