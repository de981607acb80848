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

  fact(term: string): Locator {
    return this.serverCard.locator('div', { has: this.page.getByText(term, { exact: true }) }).locator('dd');
  }
}
