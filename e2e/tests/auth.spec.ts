import { ApimonServer } from '../servers/apimon-server.js';
import { DashboardPage } from '../pages/dashboard-page.js';
import { LoginPage, SetupPage, UserMenu } from '../pages/login-page.js';
import { expect, test } from '../fixtures.js';

test.describe('first run', () => {
  let fresh: ApimonServer;
  test.beforeAll(async () => {
    // No ADMIN_EMAIL: the installation starts without any user.
    fresh = await ApimonServer.start({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
  });
  test.afterAll(async () => {
    await fresh.dispose();
  });

  test('setup → login → dashboard → reload stays signed in → logout → protected page asks to sign in', async ({
    page,
  }) => {
    await page.goto(`${fresh.baseUrl}/settings/api-keys`);
    const setup = new SetupPage(page);
    await expect(setup.heading).toBeVisible();
    await setup.createAdmin('Ada Admin', 'ada@example.com', 'ada-first-run-password');
    const dashboard = new DashboardPage(page);
    await expect(dashboard.heading).toBeVisible();

    const menu = new UserMenu(page);
    await menu.signOut('Ada Admin');
    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    await login.signIn('ada@example.com', 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
    await login.signIn('ada@example.com', 'ada-first-run-password');
    await expect(dashboard.heading).toBeVisible();
    await expect(dashboard.serverCard.getByText('Database up')).toBeVisible();

    // The access token lives in memory only; the refresh cookie brings the session back.
    await page.reload();
    await expect(dashboard.heading).toBeVisible();
    await expect(menu.button('Ada Admin')).toBeVisible();

    await menu.signOut('Ada Admin');
    await expect(login.heading).toBeVisible();
    await page.goto(`${fresh.baseUrl}/settings/users`);
    await expect(login.heading).toBeVisible();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings/users');
    // …and after signing in, back to where the user was going.
    await login.signIn('ada@example.com', 'ada-first-run-password');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/users$/);
    // Setup is over for good: the page sends a signed-in user to the dashboard.
    await page.goto(`${fresh.baseUrl}/setup`);
    await expect(dashboard.heading).toBeVisible();
    await expect(new SetupPage(page).heading).toHaveCount(0);
  });
});

test('a reload restores the session once and asks for the first data of each screen once', async ({ page, apimon }) => {
  await apimon.signIn(page);
  const dashboard = new DashboardPage(page);
  await expect(dashboard.heading).toBeVisible();
  const asked: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${req.method()} ${url.pathname}${url.search}`);
  });
  const count = (request: string) => asked.filter((a) => a === request).length;

  for (const [path, first] of [
    ['/', ['GET /api/v1/stats/summary', 'GET /api/v1/endpoints?limit=100&offset=0&sort=status']],
    ['/endpoints', ['GET /api/v1/endpoints?limit=100&offset=0&sort=name']],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(path === '/' ? 'Dashboard' : 'Endpoints');
    for (const request of first) await expect.poll(() => count(request)).toBeGreaterThan(0);
    // Time for a second request, had the app not taken over the inline script's answers.
    await page.waitForTimeout(500);
    expect(count('POST /api/v1/auth/refresh'), asked.join('\n')).toBe(1);
    for (const request of first) expect(count(request), asked.join('\n')).toBe(1);
    asked.length = 0;
  }
});

test('an API key is shown once, with a copy button, then only its prefix', async ({ page, apimon, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: apimon.baseUrl });
  await apimon.signIn(page, 'editor', '/settings/api-keys');
  await page.getByLabel('Key name').fill('ci pipeline');
  await page.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByRole('region', { name: 'New API key "ci pipeline"' });
  const key = (await secret.getByTestId('one-time-secret').textContent())!;
  expect(key).toMatch(/^apimon_[0-9A-Za-z]{43}$/);
  await secret.getByRole('button', { name: 'Copy' }).click();
  await expect(secret.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('cell', { name: `${key.slice(0, 15)}…` })).toBeVisible();
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  // The key works for scripts.
  const me = await page.request.get('/api/v1/auth/me', { headers: { 'X-API-Key': key } });
  expect((await me.json()).auth.kind).toBe('api_key');
});

test('a viewer sees no edit or delete buttons', async ({ page, apimon }) => {
  const editorKey = await (
    await page.request.post('/api/v1/api-keys', {
      headers: await apimon.authHeaders('admin'),
      data: { name: 'admins key' },
    })
  ).json();
  expect(editorKey.key).toBeTruthy();
  await apimon.signIn(page, 'viewer', '/settings/api-keys');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Create an API key' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Revoke|Delete|Edit|Create/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.goto('/settings/users');
  await expect(page.getByText('This page needs the Admin role.')).toBeVisible();
});

test('an admin invites a user, who sets a password from the link', async ({ page, apimon, browser }) => {
  await apimon.signIn(page, 'admin', '/settings/users');
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Email').fill('invitee@example.com');
  await form.getByLabel('Name').fill('Ivy Invitee');
  await form.getByLabel('Role').selectOption('editor');
  await form.getByRole('button', { name: 'Add user' }).click();
  const link = (await page
    .getByRole('region', { name: /Invitation link/ })
    .getByTestId('one-time-secret')
    .textContent())!;
  await expect(page.getByRole('cell', { name: /Ivy Invitee/ })).toBeVisible();

  const other = await browser.newPage();
  await other.goto(link);
  await other.getByLabel('New password').fill('ivys-chosen-password');
  await other.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(other.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await other.close();
});
