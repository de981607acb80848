import type { Locator, Page } from '@playwright/test';

export class IncidentsPage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Incidents', level: 1 });
    this.list = page.getByRole('list', { name: 'Incidents' });
  }

  show(filter: 'All' | 'Open' | 'Resolved'): Promise<void> {
    return this.page.getByRole('radio', { name: filter }).click();
  }

  incident(endpointName: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: endpointName });
  }
}
