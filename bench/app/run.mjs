// The app benchmark in headless Chromium against the served renderer: import a million-row export through
// the real path (file input → parse worker → one IndexedDB transaction → rules worker), then reopen the
// app with a million stored and time the first rows, a sort and filters. Long main-thread tasks come from
// a PerformanceObserver('longtask'); memory is the peak of the renderer process (workers included), see memory.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { sampleMemory } from './memory.mjs';
import { rawBaseline } from './baseline.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

const fmt = (n) => n.toLocaleString('en');

async function launch(profile, executablePath, origin, foreign) {
  const ctx = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  ctx.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
  });
  await ctx.addInitScript(LONGTASKS);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { ctx, page };
}

/** The longest main-thread task that started at or after `since` (page time, ms). */
const longest = (page, since = 0) => page.evaluate((s) => Math.max(0, ...window.__longtasks.filter((t) => t.start >= s).map((t) => t.duration)), since);
const pageNow = (page) => page.evaluate(() => performance.now());

/** Time until a new `wa:query` User Timing entry appears after `action`; returns [uiMs, queryMs]. */
async function timedQuery(page, action, settled) {
  const before = await page.evaluate(() => performance.getEntriesByName('wa:query').length);
  const t0 = Date.now();
  await action();
  await page.waitForFunction((n) => performance.getEntriesByName('wa:query').length > n, before, { timeout: 60_000, polling: 20 });
  await settled();
  const ui = Date.now() - t0;
  const q = await page.evaluate((n) => performance.getEntriesByName('wa:query').slice(n).map((e) => e.duration), before);
  return [ui, Math.max(...q)];
}

export async function runBench({ baseURL, file, rows, executablePath, baselineRows, filters }) {
  const origin = new URL(baseURL).origin;
  const profile = mkdtempSync(path.join(tmpdir(), 'wa-bench-'));
  const foreign = [];
  const mem = sampleMemory(profile);
  const r = { rows };
  try {
    // 1. Import through the page.
    let { ctx, page } = await launch(profile, executablePath, origin, foreign);
    await page.goto(`${baseURL}#/import`);
    await page.getByRole('heading', { level: 1, name: 'Import statements' }).waitFor();
    mem.reset();
    const since = await pageNow(page);
    r.bootLongestTask = await longest(page);
    const t0 = Date.now();
    await page.getByLabel('Statement files (CSV, XLSX or ZIP)').setInputFiles(file);
    const card = page.locator('article.import-file').last();
    await card.getByTestId('count-new').waitFor({ timeout: 600_000 });
    r.previewMs = Date.now() - t0;
    const added = Number((await card.getByTestId('count-new').innerText()).replace(/,/g, ''));
    r.transactions = added;
    const t1 = Date.now();
    await card.getByRole('button', { name: /^Import [\d,]+ new transactions$/ }).click();
    await card.getByText(`Imported ${fmt(added)} new transactions.`).waitFor({ timeout: 600_000 });
    r.storeMs = Date.now() - t1;
    // The commit ran the rules too; the page shows their count with the result.
    await page.locator('.import-rules-status').waitFor({ timeout: 600_000 });
    r.findings = await page.locator('.import-rules-status').innerText();
    r.importMs = Date.now() - t0;
    r.importLongestTask = await longest(page, since);
    r.importPeak = mem.peak();
    await ctx.close();

    // 2. Reopen the app with everything stored.
    ({ ctx, page } = await launch(profile, executablePath, origin, foreign));
    mem.reset();
    const t3 = Date.now();
    await page.goto(`${baseURL}#/transactions`);
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).filter({ hasText: /\d{4}-\d{2}-\d{2}/ }).waitFor({ timeout: 120_000 });
    r.firstRowsMs = Date.now() - t3;
    const accountSelect = page.getByLabel('Account', { exact: true });
    await accountSelect.locator('option').nth(1).waitFor({ state: 'attached', timeout: 120_000 });
    r.indexReadyMs = Date.now() - t3;
    const firstRow = () => grid.getByRole('row').nth(1).innerText();
    const changed = async (before) => {
      await page.waitForFunction(
        ([b]) => {
          const row = document.querySelectorAll('[role=grid] [role=row]')[1];
          return row && row.textContent !== b && /\d{4}-\d{2}-\d{2}/.test(row.textContent ?? '');
        },
        [before],
        { timeout: 60_000, polling: 20 },
      );
    };
    const sortBy = async (name) => {
      const before = await firstRow();
      return timedQuery(page, () => page.getByRole('button', { name, exact: false }).first().click(), () => changed(before));
    };
    r.sortAmount = await sortBy('Amount');
    r.sortAmountAgain = await sortBy('Amount');
    r.sortCounterparty = await sortBy('Counterparty');
    const shows = async (re) => {
      await page.waitForFunction(
        ([src]) => new RegExp(src).test(document.querySelectorAll('[role=grid] [role=row]')[1]?.textContent ?? ''),
        [re.source],
        { timeout: 60_000, polling: 20 },
      );
    };
    const typeInto = (label, text, expected) => timedQuery(page, () => page.getByLabel(label, { exact: true }).fill(text), () => shows(expected));
    const [payee, word] = filters;
    r.filterCounterparty = await typeInto('Counterparty', payee.text, payee.expect);
    // On top of the payee filter, so the result is never empty.
    r.filterSearch = await typeInto('Search', word.text, word.expect);
    r.openLongestTask = await longest(page);
    r.openPeak = mem.peak();

    // 3. The raw baseline, in the same browser and origin.
    r.baseline = await page.evaluate(rawBaseline, baselineRows);
    await ctx.close();
  } finally {
    mem.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  r.foreignRequests = foreign;
  return r;
}
