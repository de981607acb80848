import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  readonly heading: Locator;
  readonly serverCard: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Dashboard', level: 1 });
    this.serverCard = page.getByRole('region', { name: 'apimon server' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** One endpoint's line on the dashboard's status board (its name, last latency and status pill). */
  endpoint(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Endpoint statuses' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  summaryCard(label: string): Locator {
    return this.page
      .getByRole('region', { name: 'Endpoint summary' })
      .getByRole('link', { name: new RegExp(`^${label}`) });
  }

  fact(term: string): Locator {
    return this.serverCard.locator('div', { has: this.page.getByText(term, { exact: true }) }).locator('dd');
  }
}
