import type { Locator, Page } from '@playwright/test';

/** /endpoints/:id: current status, actions, analytics and the checks. */
export class EndpointDetailPage {
  readonly status: Locator;
  readonly checks: Locator;
  readonly checkNow: Locator;
  readonly loadOlderChecks: Locator;
  /** The response-time chart's plot (Recharts SVG) once it has data. */
  readonly latencyChart: Locator;

  constructor(private readonly page: Page) {
    this.status = page.getByRole('region', { name: 'Current status' });
    this.checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Status code' }) });
    this.checkNow = page.getByRole('button', { name: 'Check now' });
    this.loadOlderChecks = page.getByRole('button', { name: 'Load older checks' });
    this.latencyChart = page.getByTestId('latency-chart');
  }

  /** The data rows of the checks table (without its header row). */
  checkDataRows(): Locator {
    return this.checks.locator('tbody').getByRole('row');
  }

  /** The response-time chart's range button ("1h" … "90d"). */
  latencyRange(period: string): Locator {
    return this.page.getByRole('group', { name: 'Range' }).getByRole('button', { name: period, exact: true });
  }

  /** The uptime percentage shown for a period ("24h", "7d", "30d", "90d"). */
  uptimeFigure(period: string): Locator {
    return this.page.getByTestId(`uptime-${period}`).getByRole('definition').first();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  checkRows(result: 'OK' | 'Failed' | 'Degraded'): Locator {
    return this.checks.getByRole('row').filter({ hasText: result });
  }
}
