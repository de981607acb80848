import type { Locator, Page } from '@playwright/test';

export class MaintenancePage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Maintenance windows', level: 1 });
    this.list = page.getByRole('list', { name: 'Maintenance windows' });
    this.form = page.getByRole('form');
  }

  async fill(values: { title?: string; startsAt?: string; endsAt?: string; repeats?: 'Once' | 'Daily' | 'Weekly' }) {
    if (values.title !== undefined) await this.form.getByLabel('Title').fill(values.title);
    if (values.startsAt !== undefined) await this.form.getByLabel('Starts (UTC)').fill(values.startsAt);
    if (values.endsAt !== undefined) await this.form.getByLabel('Ends (UTC)').fill(values.endsAt);
    if (values.repeats !== undefined) await this.form.getByLabel('Repeats').selectOption({ label: values.repeats });
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }
}
