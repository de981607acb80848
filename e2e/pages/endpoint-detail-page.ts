import type { Locator, Page } from '@playwright/test';

/** /endpoints/:id: current status, actions and the last checks. */
export class EndpointDetailPage {
  readonly status: Locator;
  readonly checks: Locator;
  readonly checkNow: Locator;

  constructor(private readonly page: Page) {
    this.status = page.getByRole('region', { name: 'Current status' });
    this.checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Status code' }) });
    this.checkNow = page.getByRole('button', { name: 'Check now' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  checkRows(result: 'OK' | 'Failed' | 'Degraded'): Locator {
    return this.checks.getByRole('row').filter({ hasText: result });
  }
}
