import { UsagePage } from '../pages/usage-page.js';
import { expect, test } from '../fixtures.js';

test('a tag created in the UI counts HTTP pings, and its count and chart follow', async ({ page, apimon, request }) => {
  // A key scoped "usage", created through the API as an editor would.
  const created = await request.post('/api/v1/api-keys', {
    headers: await apimon.authHeaders('editor'),
    data: { name: 'e2e usage pings', scopes: ['usage'] },
  });
  expect(created.status()).toBe(201);
  const key = (await created.json()).key as string;

  await apimon.signIn(page, 'editor', '/usage');
  const usage = new UsagePage(page);
  await expect(usage.heading).toBeVisible();
  await usage.createTag('e2e/signup');
  await expect(usage.count('e2e/signup')).toHaveText('0');
  await expect(usage.seriesTotal).toHaveText('0 uses in the last 48 hours (UTC)');
  await expect(
    usage.panel.getByText(`curl -H "X-API-Key: $APIMON_KEY" "${apimon.baseUrl}/update?tag=e2e/signup"`),
  ).toBeVisible();

  expect((await request.get('/update?tag=e2e/signup')).status()).toBe(401);
  for (let i = 1; i <= 3; i++) {
    const res = await request.get('/update?tag=e2e/signup', { headers: { 'X-API-Key': key } });
    expect(res.status()).toBe(200);
    expect(await res.text()).toBe(String(i));
  }
  await expect(usage.count('e2e/signup')).toHaveText('3');
  await expect(usage.seriesTotal).toHaveText('3 uses in the last 48 hours (UTC)');
  await usage.panel.getByRole('button', { name: 'Per day' }).click();
  await expect(usage.seriesTotal).toHaveText('3 uses in the last 30 days (UTC)');
});

test('a deactivated tag stops counting, and a deleted one is gone', async ({ page, apimon, request }) => {
  await apimon.signIn(page, 'editor', '/usage');
  const usage = new UsagePage(page);
  await usage.createTag('e2e-toggle', { anonymous: true });
  await expect(usage.count('e2e-toggle')).toHaveText('0');
  await usage.row('e2e-toggle').getByRole('button', { name: 'e2e-toggle' }).click();

  await usage.panel.getByRole('button', { name: 'Deactivate' }).click();
  await expect(usage.row('e2e-toggle').getByText('Inactive')).toBeVisible();
  expect((await request.get('/update?tag=e2e-toggle')).status()).toBe(401);
  await usage.panel.getByRole('button', { name: 'Activate' }).click();
  await expect(usage.row('e2e-toggle').getByText('Active', { exact: true })).toBeVisible();
  expect(await (await request.get('/update?tag=e2e-toggle')).text()).toBe('1');

  await usage.panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete for good' })
    .click();
  await expect(usage.row('e2e-toggle')).toHaveCount(0);
  const list = await request.get('/api/v1/usage/tags', { headers: await apimon.authHeaders() });
  expect((await list.json()).data.map((t: { name: string }) => t.name)).not.toContain('e2e-toggle');
});

test('the form refuses a bad name before asking the server', async ({ page, apimon }) => {
  await apimon.signIn(page, 'editor', '/usage');
  const usage = new UsagePage(page);
  await usage.createTag('has space');
  await expect(page.getByRole('alert').getByText('Only letters, digits, "-", "_", "." and "/"')).toBeVisible();
});
