import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { PublicTarget, ServiceHistory } from '../api/types';
import { PublicServicesList } from './public-services-list';
import { PublicServicesNotOkCount } from './public-services-not-ok-count';

const now = new Date('2026-01-02T00:00:00Z');
const targets: PublicTarget[] = [
  {
    name: 'github',
    endpoint: 'https://www.githubstatus.com/api/v2/summary.json',
    type: 'REST',
    displayName: 'GitHub',
    status: 'Degraded',
    lastTimestamp: '2026-01-01T23:55:00.000Z',
    stale: false,
    dimensions: { rawStatus: 'minor', incidentTitle: 'Actions delayed', incidentLink: 'https://stspg.io/x' },
    services: [
      {
        name: 'Pages',
        lastTimestamp: '2026-01-01T00:00:00.000Z',
        status: 'OK',
        dimensions: { rawStatus: 'operational' },
      },
      {
        name: 'Actions',
        lastTimestamp: '2026-01-01T23:00:00.000Z',
        status: 'Degraded',
        dimensions: {
          rawStatus: 'degraded_performance',
          incidentTitle: 'Actions delayed',
          incidentLink: 'https://stspg.io/x',
        },
      },
      {
        name: 'Codespaces',
        lastTimestamp: '2026-01-01T23:00:00.000Z',
        status: 'Degraded',
        dimensions: { rawStatus: 'under_maintenance', maintenance: true },
      },
    ],
  },
  {
    name: 'slack',
    endpoint: 'https://slack-status.com/api/v2.0.0/current',
    type: 'REST',
    displayName: 'Slack',
    status: 'Unknown',
    lastTimestamp: '2026-01-01T20:00:00.000Z',
    stale: true,
    dimensions: { rawStatus: 'active' },
    services: [
      {
        name: 'Messaging',
        lastTimestamp: '2026-01-01T20:00:00.000Z',
        status: 'Unknown',
        dimensions: { rawStatus: 'incident' },
        stale: true,
      },
    ],
  },
  {
    name: 'zoom',
    endpoint: 'https://status.zoom.us/api/v2/summary.json',
    type: 'REST',
    displayName: 'Zoom',
    status: 'OK',
    lastTimestamp: '2026-01-01T23:59:00.000Z',
    stale: false,
    dimensions: { rawStatus: 'none' },
    services: [
      {
        name: 'Meetings',
        lastTimestamp: '2026-01-01T00:00:00.000Z',
        status: 'OK',
        dimensions: { rawStatus: 'operational' },
      },
    ],
  },
];
const githubHistory: ServiceHistory[] = [
  {
    target: 'github',
    service: 'Actions',
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-01-02T00:00:00.000Z',
    initialStatus: 'OK',
    changes: [{ at: '2026-01-01T18:00:00.000Z', from: 'OK', to: 'Degraded' }],
  },
];

function renderWith(ui: React.ReactNode, path = '/public-services') {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(['targets', 'status'], targets);
  for (const t of targets)
    client.setQueryData(['targets', 'history', t.name], t.name === 'github' ? githubHistory : []);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('PublicServicesList', () => {
  it('shows each target with its services in colour plus words, last update, stale marker and incidents', () => {
    renderWith(<PublicServicesList now={now} />);
    const github = screen.getByRole('region', { name: 'GitHub' });
    expect(within(github).getByText('Updated 5 min ago')).toBeVisible();
    expect(within(github).getByLabelText('Actions: Degraded')).toBeVisible();
    expect(within(github).getByLabelText('Codespaces: Maintenance')).toBeVisible();
    expect(within(github).getByLabelText('Pages: OK')).toBeVisible();
    expect(within(github).getAllByRole('link', { name: 'Incident: Actions delayed' })[0]).toHaveAttribute(
      'href',
      'https://stspg.io/x',
    );
    expect(within(github).getByRole('img', { name: 'Last 24 hours of Actions: OK 75%, Degraded 25%' })).toBeVisible();
    // worst first
    const rows = within(within(github).getByRole('list', { name: 'GitHub services' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent?.split(/Incident|Degraded|OK|Maintenance/)[0])).toEqual([
      'Actions',
      'Codespaces',
      'Pages',
    ]);

    const slack = screen.getByRole('region', { name: 'Slack' });
    expect(within(slack).getByText('Stale data')).toBeVisible();
    expect(within(slack).getByLabelText('Messaging: Unknown (stale)')).toBeVisible();
  });

  it('filters to services that are not OK', async () => {
    renderWith(<PublicServicesList now={now} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only services that are not OK' }));
    expect(screen.queryByRole('region', { name: 'Zoom' })).toBeNull();
    const github = screen.getByRole('region', { name: 'GitHub' });
    expect(within(github).queryByLabelText('Pages: OK')).toBeNull();
    expect(within(github).getByLabelText('Actions: Degraded')).toBeVisible();
  });

  it('reads the filter from the URL', () => {
    renderWith(<PublicServicesList now={now} />, '/public-services?not_ok=1');
    expect(screen.getByRole('checkbox', { name: 'Only services that are not OK' })).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Zoom' })).toBeNull();
  });
});

describe('PublicServicesNotOkCount', () => {
  it('counts the public services not OK and links to the page', () => {
    renderWith(<PublicServicesNotOkCount />, '/');
    const link = screen.getByRole('link', { name: '3 public services not OK' });
    expect(link).toHaveAttribute('href', '/public-services');
    expect(within(link).getByText('3')).toBeVisible();
  });
});
