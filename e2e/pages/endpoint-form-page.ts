import type { Locator, Page } from '@playwright/test';

/** /endpoints/new and /endpoints/:id/edit. */
export class EndpointFormPage {
  readonly name: Locator;
  readonly url: Locator;
  readonly interval: Locator;
  readonly timeout: Locator;
  readonly retries: Locator;
  readonly testButton: Locator;
  readonly testResult: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel('Name', { exact: true });
    this.url = page.getByLabel('URL', { exact: true });
    this.interval = page.getByLabel('Interval (seconds)');
    this.timeout = page.getByLabel('Timeout (seconds)');
    this.retries = page.getByLabel('Retries');
    this.testButton = page.getByRole('button', { name: 'Test', exact: true });
    this.testResult = page.getByRole('region', { name: 'Test result' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'Please correct' });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/endpoints/new');
  }

  async fill(fields: { name: string; url: string; interval?: string; timeout?: string; retries?: string }) {
    await this.name.fill(fields.name);
    await this.url.fill(fields.url);
    if (fields.interval !== undefined) await this.interval.fill(fields.interval);
    if (fields.timeout !== undefined) await this.timeout.fill(fields.timeout);
    if (fields.retries !== undefined) await this.retries.fill(fields.retries);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Add endpoint|Save changes)$/ }).click();
  }
}
