import { screen } from '@testing-library/react';
import type { EndpointWire } from '@/types/api';
import { renderRoute } from '@/test/render';
import { EndpointSummary } from './endpoint-summary';

const PING_URL = 'https://apimon.example.test/api/v1/push/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const push = (over: Partial<EndpointWire>) =>
  ({
    id: 7,
    kind: 'push',
    name: 'nightly backup',
    url: null,
    status: 'UP',
    status_since: new Date().toISOString(),
    last_checked_at: null,
    last_latency_ms: null,
    last_ping_at: null,
    period_seconds: 86_400,
    cron: null,
    timezone: null,
    grace_seconds: 300,
    tags: [],
    description: null,
    managed_by: null,
    is_active: true,
    ...over,
  }) as unknown as EndpointWire;

describe('EndpointSummary', () => {
  it('shows an editor the ping URL to copy', () => {
    renderRoute(<EndpointSummary endpoint={push({ ping_url: PING_URL })} canEdit />);
    expect(screen.getByText(PING_URL)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeVisible();
  });

  it('tells a viewer who may see it instead (the server sends viewers no ping URL)', () => {
    renderRoute(<EndpointSummary endpoint={push({ ping_url: null })} canEdit={false} />);
    expect(screen.getByText('The ping URL is shown to editors and admins.')).toBeVisible();
    expect(screen.queryByText(/\/api\/v1\/push\//)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });
});
