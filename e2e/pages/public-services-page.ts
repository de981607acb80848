import type { Locator, Page } from '@playwright/test';

export class PublicServicesPage {
  readonly heading: Locator;
  readonly notOkFilter: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Public services', level: 1 });
    this.notOkFilter = page.getByRole('checkbox', { name: 'Only services that are not OK' });
  }

  target(displayName: string): Locator {
    return this.page.getByRole('region', { name: displayName, exact: true });
  }

  /** A service's status pill, found by its accessible name ("Pages: OK"). */
  service(target: string, service: string, status: string): Locator {
    return this.target(target).getByLabel(`${service}: ${status}`, { exact: true });
  }

  refresh(target: string): Locator {
    return this.target(target).getByRole('button', { name: `Refresh ${target}` });
  }
}
