import { screen, within } from '@testing-library/react';
import { LocalApi } from '@/test/local-api';
import { renderRoute } from '@/test/render';
import type { AlertItem, AlertRule } from '../api/types';
import { EndpointAlertsPanel } from './endpoint-alerts-panel';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());

const rule: AlertRule = {
  id: 2,
  name: 'Payments on-call',
  scope: 'tag',
  endpoint_id: null,
  tag: 'payments',
  events: ['down', 'recovered'],
  channel_ids: [1],
  down_after_minutes: 5,
  renotify_minutes: null,
  latency_threshold_ms: null,
  latency_consecutive: 3,
  cert_expiry_days: 14,
  flap_threshold: null,
  flap_window_minutes: 10,
  enabled: true,
  created_at: '',
  updated_at: '',
};

const alert = (overrides: Partial<AlertItem>): AlertItem => ({
  id: 1,
  event: 'down',
  endpoint_id: 7,
  endpoint_name: 'Payments API',
  rule_id: 2,
  channel_id: 1,
  channel_name: 'Ops hook',
  channel_type: 'webhook',
  title: 'Payments API is DOWN',
  text: '',
  severity: 'critical',
  status: 'sent',
  suppressed_reason: null,
  attempts: 1,
  next_attempt_at: null,
  last_error: null,
  delivery_detail: 'HTTP 200',
  occurred_at: '2026-12-01T10:00:00.000Z',
  created_at: '2026-12-01T10:00:00.000Z',
  sent_at: '2026-12-01T10:00:01.000Z',
  ...overrides,
});

describe('EndpointAlertsPanel', () => {
  it("lists the endpoint's rules and recent alerts with their delivery", async () => {
    api.on('GET', '/api/v1/alert-rules', { json: { items: [rule] } });
    api.on('GET', '/api/v1/alerts', {
      json: {
        items: [
          alert({
            id: 3,
            status: 'pending',
            attempts: 2,
            last_error: 'connect ECONNREFUSED 127.0.0.1:9',
            next_attempt_at: '2026-12-01T10:04:00.000Z',
            title: 'Payments API is still DOWN',
          }),
          alert({}),
        ],
        next_before_id: null,
      },
    });
    renderRoute(<EndpointAlertsPanel endpointId={7} />);
    expect(await screen.findByRole('link', { name: 'Payments on-call' })).toBeVisible();
    expect(screen.getByText(/Tag "payments": down for 5 min, recovered/)).toBeVisible();
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Payments API is still DOWN.*Pending.*2 attempts.*ECONNREFUSED/);
    expect(rows[2]).toHaveTextContent(/Payments API is DOWN.*Sent.*HTTP 200/);
    expect(api.requests.map((r) => r.url).sort()).toEqual([
      '/api/v1/alert-rules?endpoint_id=7',
      '/api/v1/alerts?endpoint_id=7&limit=10',
    ]);
  });

  it('says so when no rule applies, and shows a load error', async () => {
    api.on('GET', '/api/v1/alert-rules', { json: { items: [] } });
    api.on('GET', '/api/v1/alerts', {
      status: 500,
      json: { error: { code: 'InternalError', message: 'Internal server error.' } },
    });
    renderRoute(<EndpointAlertsPanel endpointId={7} />);
    expect(await screen.findByText('No rule applies: this endpoint sends no alerts.')).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent('Alerts could not be loaded');
  });
});
