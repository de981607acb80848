import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { DashboardPage } from '../pages/dashboard-page.js';
import { EndpointDetailPage } from '../pages/endpoint-detail-page.js';
import { EndpointFormPage } from '../pages/endpoint-form-page.js';
import { EndpointsListPage } from '../pages/endpoints-list-page.js';
import type { ApimonServer } from '../servers/apimon-server.js';
import { TargetServer } from '../servers/target-server.js';

/** The apimon server is shared by the tests of a worker: names carry a per-test suffix. */
const unique = (name: string) => `${name} ${Math.random().toString(36).slice(2, 8)}`;

async function seed(request: APIRequestContext, apimon: ApimonServer, body: Record<string, unknown>) {
  const res = await request.post('/api/v1/endpoints', { data: body, headers: await apimon.authHeaders() });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number; name: string };
}

test('an endpoint added through the form goes UP, then DOWN when its target stops, with the failed checks shown', async ({
  page,
  apimon,
}) => {
  test.setTimeout(90_000);
  const target = await TargetServer.start();
  const name = unique('Orders API');
  try {
    await apimon.signIn(page, 'editor', '/endpoints/new');
    const form = new EndpointFormPage(page);
    await form.fill({ name, url: target.url, interval: '5', timeout: '2', retries: '0' });

    await form.testButton.click();
    await expect(form.testResult).toContainText('Passed');
    await expect(form.testResult).toContainText('Status 200');
    await expect(form.testResult).toContainText('Connect');

    await form.submit();
    const detail = new EndpointDetailPage(page);
    await expect(detail.heading(name)).toBeVisible();

    await page.getByRole('link', { name: 'Dashboard' }).click();
    const dashboard = new DashboardPage(page);
    await expect(dashboard.endpoint(name)).toContainText('UP', { timeout: 20_000 });
    await expect(dashboard.endpoint(name)).toContainText(/\d+ ms/);

    await target.setMode('down');
    await expect(dashboard.endpoint(name)).toContainText('DOWN', { timeout: 20_000 });
    // The cards are the server's counts; the state change on the live stream refreshes them (throttled
    // to 2 s), well before their own 30 s poll would.
    const downOnServer = async () => {
      const res = await page.request.get('/api/v1/stats/summary', { headers: await apimon.authHeaders('viewer') });
      return String(((await res.json()) as { totals: { down: number } }).totals.down);
    };
    await expect
      .poll(
        async () => (await dashboard.summaryCard('DOWN').innerText()).replace(/\D/g, '') === (await downOnServer()),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    await expect(page.getByRole('region', { name: 'Recent failures' })).toContainText(name);

    await dashboard.endpoint(name).getByRole('link', { name }).click();
    await expect(detail.status).toContainText('DOWN');
    await expect(detail.checkRows('Failed').first()).toContainText(/refused/i);
    await expect(detail.checkRows('OK').first()).toContainText('200');
  } finally {
    await target.stop();
  }
});

test('the form names bad fields, both its own checks and the server’s', async ({ page, apimon, request }) => {
  await apimon.signIn(page, 'editor', '/endpoints/new');
  const form = new EndpointFormPage(page);
  await form.fill({ name: '', url: 'file:///etc/passwd', interval: '2' });
  await form.submit();
  await expect(form.errorSummary).toBeVisible();
  await expect(form.url).toHaveAccessibleDescription(/http or https/);
  await expect(form.interval).toHaveAccessibleDescription(/at least 5/);
  await expect(page).toHaveURL(/\/endpoints\/new$/);

  // A rule only the server knows: whether a cron expression really parses.
  await page.getByLabel('Heartbeat (your job calls apimon)').check();
  await form.name.fill(unique('Nightly backup'));
  await page.getByLabel('On a cron schedule').check();
  await page.getByLabel('Cron expression').fill('61 * * * *');
  await form.submit();
  await expect(page.getByLabel('Cron expression')).toHaveAccessibleDescription(/cron/i);
  await expect(page).toHaveURL(/\/endpoints\/new$/);

  const list = await request.get('/api/v1/endpoints?q=Nightly', { headers: await apimon.authHeaders() });
  expect((await list.json()).total).toBe(0);
});

test('the list searches, filters and sorts in the URL, pauses and deletes with confirmation', async ({
  page,
  apimon,
  request,
}) => {
  const tag = `t${Math.random().toString(36).slice(2, 8)}`;
  const [alpha, beta] = [unique('Alpha'), unique('Beta')];
  const url = 'http://127.0.0.1:9/never-checked';
  await seed(request, apimon, { name: alpha, url, tags: [tag], is_active: false });
  await seed(request, apimon, { name: beta, url, tags: [tag], is_active: false });

  await apimon.signIn(page, 'editor', `/endpoints?tag=${tag}`);
  const list = new EndpointsListPage(page);
  await expect(list.count).toHaveText('2 endpoints');
  await expect(list.row(alpha)).toBeVisible();

  await list.search.fill(beta);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(beta).replace(/%20/g, '(\\+|%20)')}`));
  await expect(list.count).toHaveText('1 endpoint');
  await page.reload();
  await expect(list.search).toHaveValue(beta);
  await expect(list.row(alpha)).toHaveCount(0);

  await list
    .row(beta)
    .getByRole('button', { name: `Resume ${beta}` })
    .click();
  await expect(list.row(beta).getByRole('button', { name: `Pause ${beta}` })).toBeVisible();

  await list
    .row(beta)
    .getByRole('button', { name: `Delete ${beta}` })
    .click();
  const dialog = page.getByRole('alertdialog', { name: `Delete ${beta}?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list.row(beta)).toBeVisible();
  await list
    .row(beta)
    .getByRole('button', { name: `Delete ${beta}` })
    .click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No endpoint matches these filters')).toBeVisible();

  const left = await request.get(`/api/v1/endpoints?tag=${tag}`, { headers: await apimon.authHeaders() });
  expect((await left.json()).endpoints.map((e: { name: string }) => e.name)).toEqual([alpha]);
});

test('the endpoint screens work at 375 px', async ({ page, apimon, request }) => {
  const name = unique('Narrow');
  const { id } = await seed(request, apimon, { name, url: 'http://127.0.0.1:9/', is_active: false });
  await page.setViewportSize({ width: 375, height: 740 });
  await apimon.signIn(page, 'editor', `/endpoints?q=${encodeURIComponent(name)}`);
  const list = new EndpointsListPage(page);
  await expect(list.row(name)).toBeVisible();
  await expect(list.row(name).getByRole('link', { name: `Edit ${name}` })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto(`/endpoints/${id}/edit`);
  await expect(new EndpointFormPage(page).name).toHaveValue(name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('"Check now" records a check at once: a 500 and a timeout show as failed checks with their cause', async ({
  page,
  apimon,
  request,
}) => {
  const target = await TargetServer.start({ slowMs: 3_000 });
  try {
    const name = unique('Billing API');
    // A long interval: only "Check now" runs checks during this test.
    const { id } = await seed(request, apimon, { name, url: target.url, interval: 3600, timeout: 1, retries: 0 });
    await apimon.signIn(page, 'editor', `/endpoints/${id}`);
    const detail = new EndpointDetailPage(page);

    await target.setMode('500');
    await detail.checkNow.click();
    await expect(detail.checkRows('Failed').first()).toContainText('500');
    await expect(detail.checkRows('Failed').first()).toContainText('status');

    await target.setMode('slow');
    await detail.checkNow.click();
    await expect(detail.checkRows('Failed').filter({ hasText: 'timeout' })).toHaveCount(1);

    await target.setMode('ok');
    await detail.checkNow.click();
    await expect(detail.checkRows('OK').first()).toContainText('200');
  } finally {
    await target.stop();
  }
});
