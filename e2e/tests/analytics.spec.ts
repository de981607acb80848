import { readFile } from 'node:fs/promises';
import { EndpointDetailPage } from '../pages/endpoint-detail-page.js';
import { IncidentsPage } from '../pages/incidents-page.js';
import { MaintenancePage } from '../pages/maintenance-page.js';
import { SlaReportPage } from '../pages/sla-report-page.js';
import { seedAnalyticsHistory, type SeededHistory } from '../servers/seed-history.js';
import { expect, test } from '../fixtures.js';

let seeded: SeededHistory;

test.beforeAll(async ({ apimon }) => {
  // Seed two days of history (the end of last month) into the embedded database folder while the server is stopped.
  await apimon.stop();
  seeded = await seedAnalyticsHistory(apimon.dataDir, new Date());
  await apimon.restart();
});

test('the incidents page lists downtime periods and filters open and resolved', async ({ page, apimon }) => {
  await apimon.signIn(page, 'viewer', '/incidents');
  const incidents = new IncidentsPage(page);
  await expect(incidents.heading).toBeVisible();
  await expect(incidents.incident('checkout api')).toContainText('Resolved');
  await expect(incidents.incident('checkout api')).toContainText('30 min');
  await expect(incidents.incident('checkout api')).toContainText('expected 200-399, got 503');
  await expect(incidents.incident('search api')).toContainText('Ongoing');
  await incidents.show('Open');
  await expect(page).toHaveURL(/status=open/);
  await expect(incidents.incident('search api')).toBeVisible();
  await expect(incidents.incident('checkout api')).toHaveCount(0);
  await incidents.show('Resolved');
  await expect(incidents.incident('checkout api')).toBeVisible();
  await expect(incidents.incident('search api')).toHaveCount(0);
});

test('the detail page shows a chart with data and the uptime numbers the API returns', async ({
  page,
  apimon,
  request,
}) => {
  const id = seeded.checkoutId;
  const headers = await apimon.authHeaders('viewer');
  const periods = ['24h', '7d', '30d', '90d'] as const;
  // Uptime moves with the clock (and with the checks the engine keeps making), so the page's figure
  // is compared with the API's just before and just after the page read it.
  const uptimes = async () =>
    Promise.all(
      periods.map(async (period) => {
        const res = await request.get(`/api/v1/stats/uptime/${id}?period=${period}`, { headers });
        expect(res.ok()).toBe(true);
        const { uptime_percentage: value } = (await res.json()) as { uptime_percentage: number | null };
        return value === null ? '—' : `${value} %`;
      }),
    );
  const before = await uptimes();
  // The seeded history is at the end of last month: inside 90 days whatever today's date.
  expect(before[3]).toMatch(/^\d+(\.\d+)? %$/);

  await apimon.signIn(page, 'viewer', `/endpoints/${id}`);
  const detail = new EndpointDetailPage(page);
  await expect(detail.heading('checkout api')).toBeVisible();
  for (const period of periods) await expect(detail.uptimeFigure(period)).toHaveText(/ %$|^—$/);
  const shown = await Promise.all(periods.map((period) => detail.uptimeFigure(period).innerText()));
  const after = await uptimes();
  // The page asked the API at some moment between the two readings: its figure lies between them.
  const value = (text: string) => (text === '—' ? null : Number(text.replace(' %', '')));
  periods.forEach((period, i) => {
    const [a, b, s] = [value(before[i]!), value(after[i]!), value(shown[i]!)];
    if (a === null || b === null || s === null) return expect([before[i], after[i]], period).toContain(shown[i]);
    expect(s, `${period}: ${shown[i]} between ${before[i]} and ${after[i]}`).toBeGreaterThanOrEqual(Math.min(a, b));
    expect(s, `${period}: ${shown[i]} between ${before[i]} and ${after[i]}`).toBeLessThanOrEqual(Math.max(a, b));
  });

  const latency = await request.get(`/api/v1/stats/latency/${id}?period=90d`, { headers });
  const withData = ((await latency.json()) as { points: { count: number; p50_ms: number | null }[] }).points.filter(
    (p) => p.count > 0 && p.p50_ms !== null,
  );
  expect(withData.length).toBeGreaterThan(1);
  await detail.latencyRange('90d').click();
  await expect(detail.latencyRange('90d')).toHaveAttribute('aria-pressed', 'true');
  // Recharts draws each series as one SVG path: p50 and p95, each through at least two points.
  const lines = detail.latencyChart.locator('path.recharts-line-curve');
  await expect(lines).toHaveCount(2);
  for (const line of await lines.all()) {
    await expect(line).toHaveAttribute('d', /^M[\d.e+-]+,[\d.e+-]+(?:[LC][\d.e+,\s-]+)+/);
  }
  await expect(detail.latencyChart.getByText('p50', { exact: true })).toBeVisible();

  // Two days of checks every 5 minutes: the newest 50, then 50 older ones per click.
  await expect(detail.checkDataRows()).toHaveCount(50);
  await detail.loadOlderChecks.click();
  await expect(detail.checkDataRows()).toHaveCount(100);
  await expect(page.getByText('100 checks shown')).toBeVisible();
});

test('the SLA report shows the figures the API returns and downloads them as CSV', async ({
  page,
  apimon,
  request,
}) => {
  const month = seeded.month;
  const api = await request.get(`/api/v1/reports/sla?month=${month}`, { headers: await apimon.authHeaders('viewer') });
  expect(api.ok()).toBe(true);
  const checkout = (await api.json()).endpoints.find(
    (e: { endpoint_id: number }) => e.endpoint_id === seeded.checkoutId,
  );
  expect(checkout).toMatchObject({ target_percentage: 99.9, breached: true, incidents: 1 });

  await apimon.signIn(page, 'viewer', `/reports/sla?month=${month}`);
  const report = new SlaReportPage(page);
  await expect(report.heading).toBeVisible();
  const row = report.row('checkout api');
  await expect(row).toContainText(`${checkout.uptime_percentage} %`);
  await expect(row).toContainText(`${checkout.actual_downtime_minutes} min`);
  await expect(row).toContainText('Breached');
  await expect(report.row('search api')).toContainText('No target');

  const downloading = page.waitForEvent('download');
  await report.download.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`sla-${month}.csv`);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'endpoint_id,endpoint_name,target_percentage,uptime_percentage,allowed_downtime_minutes,actual_downtime_minutes,incidents,breached',
  );
  expect(csv).toContain(`${seeded.checkoutId},checkout api,99.9,${checkout.uptime_percentage},`);
});

test('maintenance windows are created, validated, edited and deleted through the UI', async ({
  page,
  apimon,
  request,
}) => {
  await apimon.signIn(page, 'editor', '/maintenance');
  const maintenance = new MaintenancePage(page);
  await expect(maintenance.heading).toBeVisible();
  await expect(page.getByText('No maintenance windows')).toBeVisible();

  await page.getByRole('button', { name: 'New maintenance window' }).click();
  await maintenance.fill({ title: 'Database upgrade', startsAt: '2026-12-20T02:00', endsAt: '2026-12-20T01:00' });
  await maintenance.form.getByRole('button', { name: 'Create window' }).click();
  await expect(maintenance.form.getByText('The end must be after the start.')).toBeVisible();

  await maintenance.fill({ endsAt: '2026-12-20T03:30' });
  await maintenance.form.getByRole('button', { name: 'Create window' }).click();
  await expect(maintenance.item('Database upgrade')).toContainText('2026-12-20 02:00 UTC → 2026-12-20 03:30 UTC');
  await expect(maintenance.item('Database upgrade')).toContainText('All endpoints');
  const stored = await request.get('/api/v1/maintenance', { headers: await apimon.authHeaders('viewer') });
  expect((await stored.json()).maintenance).toEqual([
    expect.objectContaining({
      title: 'Database upgrade',
      all: true,
      starts_at: '2026-12-20T02:00:00.000Z',
      recurrence: 'none',
    }),
  ]);

  await maintenance.item('Database upgrade').getByRole('button', { name: 'Edit Database upgrade' }).click();
  await maintenance.fill({ title: 'Nightly vacuum', repeats: 'Daily' });
  await maintenance.form.getByRole('button', { name: 'Save changes' }).click();
  await expect(maintenance.item('Nightly vacuum')).toContainText('Daily (UTC)');

  await maintenance.item('Nightly vacuum').getByRole('button', { name: 'Delete Nightly vacuum' }).click();
  await maintenance.item('Nightly vacuum').getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByText('No maintenance windows')).toBeVisible();
});
