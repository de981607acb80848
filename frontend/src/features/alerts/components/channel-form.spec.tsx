import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import type { AlertChannel } from '../api/types';
import { ChannelForm } from './channel-form';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

const stored: AlertChannel = {
  id: 4,
  name: 'Ops hook',
  type: 'webhook',
  config: { url: 'http://127.0.0.1:9/hook', secret: '********', headers: [], template: null },
  enabled: true,
  created_at: '2026-12-01T10:00:00.000Z',
  updated_at: '2026-12-01T10:00:00.000Z',
};

describe('ChannelForm', () => {
  it('shows the fields of the chosen kind and its client-side errors, sending nothing', async () => {
    const user = userEvent.setup();
    renderRoute(<ChannelForm onSaved={() => {}} />);
    await user.selectOptions(screen.getByLabelText('Kind'), 'email');
    expect(screen.getByLabelText('SMTP host')).toBeVisible();
    expect(screen.queryByLabelText('URL')).toBeNull();
    await user.type(screen.getByLabelText('From'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('is required');
    expect(screen.getByLabelText('SMTP host')).toHaveAccessibleDescription('is required');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription('must be an email address');
    expect(api.requests).toEqual([]);
  });

  it('posts the config of the kind and shows the server’s field errors on their fields', async () => {
    api.on('POST', '/api/v1/alert-channels', {
      status: 400,
      json: {
        error: {
          code: 'ValidationFailed',
          message: 'The request is not valid.',
          details: [{ field: 'config.template', message: 'must be JSON once the placeholders are filled in' }],
        },
      },
    });
    const user = userEvent.setup();
    renderRoute(<ChannelForm onSaved={() => {}} />);
    await user.type(screen.getByLabelText('Name'), 'Hook');
    await user.type(screen.getByLabelText('URL'), 'http://127.0.0.1:9/hook');
    await user.type(screen.getByLabelText('Headers (optional)'), 'X-Env: prod');
    await user.type(screen.getByLabelText('Body template (optional)'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Add channel' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Body template (optional)')).toHaveAccessibleDescription(/must be JSON/),
    );
    expect(api.requests[0]!.body).toEqual({
      name: 'Hook',
      type: 'webhook',
      config: { url: 'http://127.0.0.1:9/hook', headers: [{ name: 'X-Env', value: 'prod' }], template: 'nope' },
      enabled: true,
    });
  });

  it('keeps a masked secret on save and shows the result of Send test', async () => {
    api.on('PUT', '/api/v1/alert-channels/4', { json: stored });
    api.on('POST', '/api/v1/alert-channels/4/test', {
      json: { status: 'failed', detail: null, error: 'HTTP 500: boom', duration_ms: 8 },
    });
    const saved = vi.fn();
    const user = userEvent.setup();
    renderRoute(<ChannelForm channel={stored} onSaved={saved} />);
    expect(screen.getByLabelText('Kind')).toBeDisabled();
    expect(screen.getByLabelText('Signing secret (optional)')).toHaveValue('********');
    await user.click(screen.getByRole('button', { name: 'Save channel' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(api.requests[0]!.body).toMatchObject({ config: { url: 'http://127.0.0.1:9/hook', secret: '********' } });
    await user.click(screen.getByRole('button', { name: 'Send test' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Test failed: HTTP 500: boom');
  });
});
