import { test as base, expect } from '../fixtures.js';
import { PublicServicesPage } from '../pages/public-services-page.js';
import { ApimonServer } from '../servers/apimon-server.js';
import { StatusPagesServer } from '../servers/status-pages-server.js';

const ALL_OK: [string, string][] = [
  ['github', 'statuspage-github/summary-ok.json'],
  ['zoom', 'statuspage-zoom/summary-ok.json'],
  ['slack', 'slack/current-ok.json'],
  ['gitlab', 'gitlab/statusio-ok.json'],
  ['aws', 'aws/currentevents-ok.json'],
  ['gcp', 'gcp/incidents-ok.json'],
  ['azure-devops', 'azure-devops/health-ok.json'],
];

/** apimon with its in-process collector reading local stand-ins of the vendors' status pages. */
const test = base.extend<object, { vendors: StatusPagesServer }>({
  vendors: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const vendors = await StatusPagesServer.start();
      for (const [target, fixture] of ALL_OK) vendors.serve(target, fixture);
      await use(vendors);
      await vendors.close();
    },
    { scope: 'worker' },
  ],
  apimon: [
    async ({ vendors }, use) => {
      const server = await ApimonServer.start({ COLLECTOR: 'on', TARGET_BASE_URLS: vendors.baseUrls() });
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
});

test('the public services page shows the vendors statuses and follows an outage', async ({
  page,
  apimon,
  vendors,
  request,
}) => {
  await apimon.signIn(page, 'viewer', '/public-services');
  const services = new PublicServicesPage(page);
  await expect(services.heading).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Public services' }),
  ).toBeVisible();

  // The collector's first round at start-up fills the page.
  await expect(services.service('GitHub', 'Git Operations', 'OK')).toBeVisible({ timeout: 20_000 });
  await expect(services.service('Zoom', 'Meetings', 'OK')).toBeVisible();
  await expect(services.service('GitLab', 'Container Registry', 'OK')).toBeVisible();
  await expect(services.service('Azure DevOps', 'Pipelines', 'OK')).toBeVisible();
  await expect(services.target('Slack').getByText('No service is reported affected.')).toBeVisible();

  // GitHub's page switches to a major outage; a collection (here through the API) and the page follows without a reload.
  vendors.serve('github', 'statuspage-github/summary-major-outage.json');
  const collected = await request.post(`${apimon.baseUrl}/api/v1/targets/github/collect`, {
    headers: await apimon.authHeaders('editor'),
  });
  expect(collected.ok()).toBe(true);
  await expect(services.target('GitHub').getByText('Outage').first()).toBeVisible({ timeout: 15_000 });
  await expect(services.service('GitHub', 'Git Operations', 'OK')).toHaveCount(0);

  // The non-OK filter hides the healthy ones.
  // The box is controlled by the URL: its state follows once the router commits ?not_ok=1, which
  // check() (reading the state back at once) does not wait for on a loaded machine.
  await services.notOkFilter.click();
  await expect(services.notOkFilter).toBeChecked();
  await expect(page).toHaveURL(/not_ok=1/);
  await expect(services.target('Zoom')).toHaveCount(0);
  await expect(services.target('GitHub')).toBeVisible();
});

test('an editor refreshes one target from the page', async ({ page, apimon, vendors }) => {
  await apimon.signIn(page, 'admin', '/public-services');
  const services = new PublicServicesPage(page);
  await expect(services.service('Zoom', 'Meetings', 'OK')).toBeVisible({ timeout: 20_000 });

  vendors.serve('zoom', 'statuspage-zoom/summary-major-outage.json');
  await services.refresh('Zoom').click();
  await expect(services.service('Zoom', 'Meetings', 'Outage')).toBeVisible();
  await expect(services.service('Zoom', 'Phone Calls', 'Degraded')).toBeVisible();
});
