// Browser tests: the managers' insights page over the dev host's seeded history. Every figure checked here is read
// from GET /api/insights in the test, so the page is held to the API's numbers, not to numbers this file invents.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { devJson, expectAccessible, SHOTS } from '../browser-kit.mjs';
import { launchChromium, startServer } from '../servers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openInsights(options = {}) {
  const page = await browser.context.newPage();
  if (options.dark) await page.emulateMedia({ colorScheme: 'dark' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await options.before?.(page);
  await page.goto(`${server.url}/insights.html${options.query ?? ''}`);
  return { page, errors };
}

const pageState = (page, value) => page.locator(`html[data-page-state="${value}"]`).waitFor({ state: 'attached', timeout: 20_000 });
const totals = (i) => `${i.totalPlans} no's, ${i.reEngaged} came back (${Math.round((100 * i.reEngaged) / i.totalPlans)}%)`;
const maxBy = (items, value) => items.reduce((best, x) => (value(x) > value(best) ? x : best));
const lastDay = (month) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

describe('the insights page', () => {
  it('shows the seeded figures the API gives, as charts with their numbers', async () => {
    const api = await devJson(server, '/api/insights');
    assert.ok(api.totalPlans >= 40, `the dev host seeds a history: ${api.totalPlans} plans`);
    const { page, errors } = await openInsights();
    await pageState(page, 'ready');

    assert.equal((await page.locator('#totals').textContent()).trim(), totals(api));
    const top = maxBy(api.reasons, (r) => r.plans);
    const row = page.locator(`#comebacks g.row[data-reason="${top.code}"]`);
    assert.match(await row.textContent(), new RegExp(`${top.reEngaged} of ${top.plans} came back`));
    const topStage = maxBy(api.byReasonAndStage.filter((c) => c.reason === top.code), (c) => c.plans);
    const cell = page.locator(`#where g.cell[data-reason="${top.code}"][data-stage="${topStage.stage}"]`);
    assert.equal((await cell.textContent()).trim(), String(topStage.plans));
    const busiestRep = maxBy(api.byRep, (r) => r.plans);
    assert.match(await page.locator(`#by-rep g.row[data-rep="${busiestRep.repId}"]`).textContent(), new RegExp(`${busiestRep.plans} · ${busiestRep.reEngaged} came back`));

    const charts = page.locator('svg.chart[role="img"]');
    assert.equal(await charts.count(), 5);
    for (const label of await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')))) assert.ok(label.length > 20, label);
    assert.equal(await page.locator('#over-time g.month').count(), api.overTime.length);
    assert.equal(await page.locator('#habits tbody tr').count(), api.debrief.length);
    assert.equal(await page.locator('#habits g.cell').count(), api.debrief.length);
    // The numbers behind the heat map, for anyone who would rather read them.
    await page.locator('#where summary').click();
    const tableRow = page.locator('#where table tbody tr').filter({ has: page.getByRole('rowheader', { name: top.label, exact: true }) });
    assert.equal((await tableRow.locator('td').nth(api.stages.indexOf(topStage.stage)).textContent()).trim(), String(topStage.plans));

    await expectAccessible(page, 'insights', page.mainFrame());
    await page.screenshot({ path: join(SHOTS, '20-insights.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the months a manager picks', async () => {
    const all = await devJson(server, '/api/insights');
    const busiest = maxBy(all.overTime, (m) => m.plans).month;
    const { page } = await openInsights();
    await pageState(page, 'ready');
    const range = `from=${busiest}-01&to=${lastDay(busiest)}`;
    const asked = page.waitForRequest((r) => r.url().endsWith(`/api/insights?${range}`));
    await page.locator('#to').selectOption(busiest);
    await page.locator('#from').selectOption(busiest);
    await asked;
    const month = await devJson(server, `/api/insights?${range}`);
    assert.equal(month.totalPlans, all.overTime.find((m) => m.month === busiest).plans);
    await page.locator('#totals').getByText(totals(month), { exact: true }).waitFor();
    assert.equal(await page.locator('#over-time g.month').count(), 1);
    assert.match(page.url(), new RegExp(`from=${busiest}&to=${busiest}$`));
    await page.close();
  });

  it('tells a rep without the manager role whom to ask', async () => {
    const { page } = await openInsights({
      before: (p) => p.route('**/api/insights**', (route) => route.fulfill({ status: 403, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Forbidden', status: 403 }) })),
    });
    await pageState(page, 'problem-forbidden');
    await page.getByText('Insights are for managers: ask your admin for the FollowUp.Manager role.').waitFor();
    await expectAccessible(page, 'insights-forbidden', page.mainFrame());
    await page.screenshot({ path: join(SHOTS, '21-insights-forbidden.png') });
    await page.close();
  });

  it('says the device is offline, and recovers with Try again', async () => {
    const { page } = await openInsights();
    await pageState(page, 'ready');
    await browser.context.setOffline(true);
    try {
      await page.locator('#from').selectOption({ index: 0 });
      await pageState(page, 'problem-offline');
      await page.getByRole('heading', { name: 'You are offline' }).waitFor();
    } finally {
      await browser.context.setOffline(false);
    }
    await page.locator('fluent-button').filter({ hasText: 'Try again' }).click();
    await pageState(page, 'ready');
    await page.close();
  });

  it('follows a dark theme', async () => {
    const { page } = await openInsights({ dark: true });
    await pageState(page, 'ready');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await expectAccessible(page, 'insights-dark', page.mainFrame());
    await page.screenshot({ path: join(SHOTS, '22-insights-dark.png'), fullPage: true });
    await page.close();
  });
});
