import type { Locator, Page } from '@playwright/test';

export class AlertChannelsPage {
  constructor(private readonly page: Page) {}

  async addWebhook(name: string, url: string, secret?: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Add channel' }).click();
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByLabel('Kind').selectOption('webhook');
    await this.page.getByLabel('URL', { exact: true }).fill(url);
    if (secret) await this.page.getByLabel('Signing secret (optional)').fill(secret);
    await this.page.getByRole('button', { name: 'Add channel' }).click();
  }

  channel(name: string): Locator {
    return this.page.getByRole('list', { name: 'Alert channels' }).getByRole('listitem', { name });
  }
}

export class AlertHistoryPage {
  readonly table: Locator;
  constructor(private readonly page: Page) {
    this.table = page.getByRole('region', { name: 'Alert history' }).getByRole('table');
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}
