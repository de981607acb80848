import type { Locator, Page } from '@playwright/test';

/** /endpoints: the virtualised list with its filters. */
export class EndpointsListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly sort: Locator;
  readonly table: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Endpoints', level: 1 });
    this.search = page.getByLabel('Search by name');
    this.status = page.getByLabel('Status', { exact: true });
    this.sort = page.getByLabel('Sort');
    this.table = page.getByRole('table', { name: 'Endpoints' });
    this.count = page.getByText(/^[\d,]+ endpoints?$/);
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/endpoints${search}`);
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
