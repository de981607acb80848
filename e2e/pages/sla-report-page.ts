import type { Locator, Page } from '@playwright/test';

export class SlaReportPage {
  readonly heading: Locator;
  readonly download: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'SLA report', level: 1 });
    this.download = page.getByRole('button', { name: 'Download CSV' });
  }

  goto(month: string): Promise<unknown> {
    return this.page.goto(`/reports/sla?month=${month}`);
  }

  row(endpointName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: endpointName });
  }
}
