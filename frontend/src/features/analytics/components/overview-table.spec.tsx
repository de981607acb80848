import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '@/test/render';
import type { OverviewRow } from '../api/types';
import { OverviewTable } from './overview-table';

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

describe('OverviewTable', () => {
  it('shows the 20 endpoints with the lowest uptime first, and all on request', async () => {
    renderRoute(<OverviewTable rows={Array.from({ length: 25 }, (_, i) => row(i))} />);
    const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(20);
    expect(bodyRows()[0]).toHaveTextContent('api-0790 %');
    expect(bodyRows()[1]).toHaveTextContent('api-00');
    expect(screen.getByText(/The 20 with the lowest uptime of 25/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(bodyRows()).toHaveLength(25);
    await userEvent.click(screen.getByRole('button', { name: 'Show the first 20' }));
    expect(bodyRows()).toHaveLength(20);
  });

  it('needs no button when every endpoint fits', () => {
    renderRoute(<OverviewTable rows={[row(1), row(2)]} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
