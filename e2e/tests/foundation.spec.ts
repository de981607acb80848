import { DashboardPage } from '../pages/dashboard-page.js';
import { expect, test } from '../fixtures.js';

test('the dashboard shows apimon itself, fed from the embedded database', async ({ page, apimon }) => {
  const dashboard = new DashboardPage(page);
  await apimon.signIn(page);
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.serverCard.getByText('Database up')).toBeVisible();
  await expect(dashboard.fact('Database')).toHaveText('Embedded PostgreSQL (PGlite)');
  await expect(dashboard.fact('Installed')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
});

test('a client-side route survives a reload and unknown pages say so', async ({ page, apimon }) => {
  await apimon.signIn(page, 'viewer', '/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
});

test('the installation survives a restart with its data', async ({ page, apimon, request }) => {
  const headers = await apimon.authHeaders();
  const before = await (await request.get('/api/v1/system', { headers })).json();
  await apimon.restart();
  // Sessions live in the database: the token from before the restart still works.
  const after = await (await request.get('/api/v1/system', { headers })).json();
  expect(after.installed_at).toBe(before.installed_at);
  await apimon.signIn(page);
  await expect(new DashboardPage(page).serverCard.getByText('Database up')).toBeVisible();
});
