import { createHmac } from 'node:crypto';
import { AlertChannelsPage, AlertHistoryPage } from '../pages/alerts-page.js';
import { AlertReceiver } from '../servers/alert-receiver.js';
import { expect, test } from '../fixtures.js';

let receiver: AlertReceiver;
test.beforeAll(async () => {
  receiver = await AlertReceiver.start();
});
test.afterAll(async () => {
  await receiver.close();
});

test('a webhook channel made in the UI delivers a signed test message', async ({ page, apimon }) => {
  await apimon.signIn(page, 'admin', '/alerts/channels');
  await expect(page.getByRole('heading', { name: 'Alert channels', level: 1 })).toBeVisible();
  const channels = new AlertChannelsPage(page);
  await channels.addWebhook('Ops hook', receiver.url('/hooks/ops'), 'e2e-secret');

  const row = channels.channel('Ops hook');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Send test' }).click();
  await expect(row.getByRole('status')).toHaveText(/Test delivered: HTTP 200/);

  const delivery = receiver.received.find((r) => r.path === '/hooks/ops');
  expect(delivery?.json).toMatchObject({ event: 'test', title: 'apimon test alert' });
  const body = JSON.stringify(delivery!.json);
  expect(delivery!.headers['x-apimon-signature']).toBe(
    `sha256=${createHmac('sha256', 'e2e-secret').update(body).digest('hex')}`,
  );

  // The secret never comes back to the browser.
  await row.getByRole('link', { name: 'Ops hook' }).click();
  await expect(page.getByLabel('Signing secret (optional)')).toHaveValue('********');
});

test('a failing endpoint shows up in the alert history as sent', async ({ page, apimon, request }) => {
  const headers = await apimon.authHeaders();
  const channel = await request.post('/api/v1/alert-channels', {
    headers,
    data: { name: 'History hook', type: 'webhook', config: { url: receiver.url('/hooks/history') } },
  });
  expect(channel.status()).toBe(201);
  const rule = await request.post('/api/v1/alert-rules', {
    headers,
    data: {
      name: 'Everything down',
      scope: 'all',
      events: ['down', 'recovered'],
      channel_ids: [(await channel.json()).id],
    },
  });
  expect(rule.status()).toBe(201);
  const endpoint = await request.post('/api/v1/endpoints', {
    headers,
    data: { name: 'Broken API', url: receiver.url('/target'), interval: 5, timeout: 2, retries: 0 },
  });
  expect(endpoint.status()).toBe(201);

  await apimon.signIn(page, 'viewer', '/alerts');
  const history = new AlertHistoryPage(page);
  // The history refreshes itself every few seconds.
  const row = history.row('Broken API is DOWN');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText('Sent')).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText('History hook');
  expect(
    receiver.received.some((r) => r.path === '/hooks/history' && (r.json as { event: string }).event === 'down'),
  ).toBe(true);

  await page.getByLabel('Status').selectOption('failed');
  await expect(page.getByText('No alerts match these filters')).toBeVisible();
});
