// Insights end to end, in Chromium against the built renderer: a statement imported through the Import
// page, then every chart drawn from the insights worker. The expected monthly totals are computed here from
// the CSV text itself; the chart's bars, its tooltip and its table must all agree with them. Every request
// is recorded: none may leave the app's own origin.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectSameOrigin, recordRequests } from './app-helpers';
import { FIXTURE, importFixture } from './insights-helpers';
import { expectedMonths } from '../renderer/insights/fixture-totals';

const eur = (cents: number): string => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const months = expectedMonths(readFileSync(FIXTURE, 'utf8'));

let requests: string[] = [];
test.beforeEach(async ({ page, context }) => {
  requests = recordRequests(context);
  await importFixture(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeFocused();
});
test.afterEach(({ baseURL }) => expectSameOrigin(requests, baseURL));

function card(page: Page, id: string): Locator {
  return page.locator(`section[data-chart="${id}"]`);
}

test('monthly money in and out: bars, tooltip and table agree with the statement', async ({ page }) => {
  const monthly = card(page, 'monthly-flows');
  await expect(monthly.getByRole('heading', { name: 'Money in and out per month (EUR)' })).toBeVisible();
  await expect(page.getByTestId('selection-count')).toHaveText(/80 transactions in this selection\./);

  // Bars: one "in" and one "out" per month, their heights in the same ratios as the totals.
  const bars = monthly.locator('.recharts-bar-rectangle path');
  await expect(bars).toHaveCount(months.size * 2);
  const measure = () => bars.evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().height));
  // The drawing settles once the charts below it have mounted and the page's width is final.
  await expect.poll(async () => (await measure()).every((h) => h > 0)).toBe(true);
  const heights = await measure();
  const ins = heights.slice(0, months.size);
  const outs = heights.slice(months.size);
  const want = [...months.values()];
  for (let i = 1; i < want.length; i++) {
    expect(ins[i]! / ins[0]!).toBeCloseTo(want[i]!.in / want[0]!.in, 2);
    expect(outs[i]! / outs[0]!).toBeCloseTo(want[i]!.out / want[0]!.out, 2);
  }
  expect(ins[0]! / outs[0]!).toBeCloseTo(want[0]!.in / want[0]!.out, 2);

  // Tooltip of the first month.
  const [firstMonth, first] = [...months][0]!;
  await bars.first().hover();
  const tip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tip).toContainText(firstMonth);
  await expect(tip).toContainText(`Money in : ${eur(first.in)}`);
  await expect(tip).toContainText(`Money out : ${eur(first.out)}`);

  // The same numbers as a table.
  await monthly.getByRole('button', { name: 'Table view' }).click();
  await expect(monthly.getByRole('button', { name: 'Table view' })).toHaveAttribute('aria-pressed', 'true');
  const table = monthly.getByRole('table', { name: 'Money in and out per month (EUR)' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(months.size);
  let i = 0;
  for (const [month, m] of months) {
    await expect(rows.nth(i)).toHaveText([month, eur(m.in), eur(m.out), eur(m.in - m.out), String(m.count)].join(''));
    i++;
  }
  await monthly.getByRole('button', { name: 'Table view' }).click();
  await expect(bars).toHaveCount(months.size * 2);
});

test('filters: a period narrows the charts; the new payee of April is highlighted', async ({ page }) => {
  const filters = page.getByRole('form', { name: 'Chart filters' });
  await filters.getByLabel('From', { exact: true }).fill('2024-04-01');
  await filters.getByLabel('To', { exact: true }).fill('2024-04-30');
  const april = months.get('2024-04')!;
  await expect(page.getByTestId('selection-count')).toHaveText(new RegExp(`^${april.count} transactions in this selection`));
  const monthly = card(page, 'monthly-flows');
  await monthly.getByRole('button', { name: 'Table view' }).click();
  await expect(monthly.locator('tbody tr')).toHaveText([`2024-04${eur(april.in)}${eur(april.out)}${eur(april.in - april.out)}${april.count}`]);

  const parties = card(page, 'counterparties');
  await parties.getByRole('button', { name: 'Table view' }).click();
  const night = parties.getByRole('row').filter({ hasText: 'Night Electronics' });
  await expect(night).toContainText('new');
  await expect(night).toContainText(eur(64900 + 32000));
  await expect(parties.getByRole('row').filter({ hasText: 'Landlord Ltd' })).not.toContainText('new');

  // Clearing brings every month back; the one account chosen explicitly gives the same months.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(monthly.locator('tbody tr')).toHaveCount(months.size);
  await filters.getByLabel('Account').selectOption('Revolut EUR');
  await expect(page.getByTestId('selection-count')).toHaveText(/^80 transactions in this selection/);
  await expect(monthly.locator('tbody tr')).toHaveCount(months.size);
});

test('heat map, fees, balance, coverage and findings draw from the same data', async ({ page }) => {
  const heat = card(page, 'heatmap');
  await expect(heat.getByTestId('unusual-note')).not.toHaveText('Working out your usual hours…');
  const note = (await heat.getByTestId('unusual-note').textContent()) ?? '';
  const listed = /: (.*)\.$/.exec(note)?.[1]?.split(', ') ?? [];
  await expect(heat.locator('[data-unusual-hour]')).toHaveCount(listed.length);
  await heat.getByRole('button', { name: 'Table view' }).click();
  // Two payments at 03:xx on Thursday 2024-04-18.
  await expect(heat.getByRole('row').filter({ hasText: /^Thu03:002/ })).toContainText(eur(96900));

  const fees = card(page, 'fees');
  await fees.getByRole('button', { name: 'Table view' }).click();
  // 4 transfers at €1.50, 4 ATM withdrawals at €2.00, one exchange at €1.00 (its fee counts, its amount does not).
  await expect(fees.getByRole('row').filter({ hasText: 'Transfer' })).toContainText(`${eur(600)}4`);
  await expect(fees.getByRole('row').filter({ hasText: 'Withdrawal' })).toContainText(`${eur(800)}4`);
  await expect(fees.getByRole('row').filter({ hasText: 'Conversion' })).toContainText(`${eur(100)}1`);

  const balance = card(page, 'balance');
  await expect(balance.locator('.recharts-line')).toHaveCount(1);
  await balance.getByRole('button', { name: 'Table view' }).click();
  const lastRow = readFileSync(FIXTURE, 'utf8').trim().split('\n').at(-1)!.split(',');
  await expect(balance.locator('tbody tr').last()).toHaveText(`Revolut EUR${lastRow[2]!.slice(0, 10)}${eur(Math.round(Number(lastRow[9]) * 100))}`);

  const coverage = card(page, 'coverage');
  await coverage.getByRole('button', { name: 'Table view' }).click();
  await expect(coverage.locator('tbody tr')).toHaveText(['Revolut EURCovered2024-01-012024-04-301 file']);

  await expect(card(page, 'findings').getByRole('link', { name: 'Open Findings' })).toHaveAttribute('href', '#/findings');
});

test('a chart saves as a PNG of its drawing', async ({ page }) => {
  const monthly = card(page, 'monthly-flows');
  await expect(monthly.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), monthly.getByRole('button', { name: 'Save as PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^wallet-auditor-insights-monthly-flows-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(600);
  expect(height).toBeGreaterThan(300);
  // Not a blank canvas: a PNG of one flat colour compresses to almost nothing.
  expect(bytes.length).toBeGreaterThan(8000);
  await expect(page.getByText(/^Saved the chart as wallet-auditor-insights-monthly-flows-/)).toBeVisible();
});
