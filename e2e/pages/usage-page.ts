import type { Locator, Page } from '@playwright/test';

export class UsagePage {
  readonly heading: Locator;
  readonly tagName: Locator;
  readonly anonymous: Locator;
  readonly create: Locator;
  readonly tags: Locator;
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Usage', level: 1 });
    this.tagName = page.getByLabel('Tag name');
    this.anonymous = page.getByLabel('Accept updates without an API key');
    this.create = page.getByRole('button', { name: 'Create tag' });
    this.tags = page.getByRole('table', { name: 'Usage tags' });
    this.panel = page
      .getByRole('region', { name: /./ })
      .filter({ has: page.getByRole('group', { name: 'Bucket size' }) });
  }

  row(name: string): Locator {
    return this.tags.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  count(name: string): Locator {
    return this.row(name).getByTestId('use-count');
  }

  get seriesTotal(): Locator {
    return this.panel.getByTestId('series-total');
  }

  async createTag(name: string, options: { anonymous?: boolean } = {}): Promise<void> {
    await this.tagName.fill(name);
    if (options.anonymous) await this.anonymous.check();
    await this.create.click();
  }
}
