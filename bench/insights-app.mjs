#!/usr/bin/env node
// The Insights page with a large history, in headless Chromium against the built renderer: imports a
// generated Revolut export through the Import page into a persistent profile, then reopens the app and
// times the first charts (the insights worker reads the store and builds its columns), a period change
// and an account change (aggregation only), and the longest main-thread task meanwhile.
//   npx electron-vite build && node bench/insights-app.mjs [--rows 1000000] [--port 4393]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { generateStatement } from './app/generate.mjs';
import { CHROMIUM_ARGS } from './app/run.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const rows = Number(arg('rows', 1_000_000));
const port = Number(arg('port', 4393));
const baseURL = `http://127.0.0.1:${port}/`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fmt = (n) => n.toLocaleString('en');

mkdirSync('bench/.data', { recursive: true });
const file = path.resolve(`bench/.data/revolut-${rows}.csv`);
await generateStatement(file, rows);

const server = spawn('npx', ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const profile = mkdtempSync(path.join(tmpdir(), 'wa-insights-'));
const foreign = [];
const launch = async () => {
  const ctx = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  ctx.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseURL) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
  });
  await ctx.addInitScript(`window.__longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });`);
  return { ctx, page: ctx.pages()[0] ?? (await ctx.newPage()) };
};

try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(baseURL).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  let { ctx, page } = await launch();
  await page.goto(`${baseURL}#/import`);
  await page.getByLabel('Statement files (CSV, XLSX or ZIP)').setInputFiles(file);
  const card = page.getByRole('article', { name: path.basename(file) });
  await card.getByTestId('count-new').waitFor({ timeout: 900_000 });
  await card.getByRole('button', { name: /^Import [\d,]+ new transactions$/ }).click();
  await card.getByText(/^Imported [\d,]+ new transactions\./).waitFor({ timeout: 900_000 });
  await ctx.close();
  console.log(`imported ${fmt(rows)} rows`);

  ({ ctx, page } = await launch());
  const t0 = Date.now();
  await page.goto(`${baseURL}#/insights`);
  const monthly = page.locator('section[data-chart="monthly-flows"] .recharts-bar-rectangle').first();
  await monthly.waitFor({ timeout: 300_000 });
  const firstCharts = Date.now() - t0;
  const count = await page.getByTestId('selection-count').innerText();
  const filters = page.getByRole('form', { name: 'Chart filters' });

  const timed = async (action, expected) => {
    const t = Date.now();
    await action();
    await page.getByTestId('selection-count').filter({ hasText: expected }).waitFor({ timeout: 120_000 });
    return Date.now() - t;
  };
  const period = await timed(() => filters.getByLabel('From', { exact: true }).fill('2022-01-01'), /^[\d,]+ transactions in this selection/);
  const reset = await timed(() => filters.getByRole('button', { name: 'Clear filters' }).click(), count.split(' ')[0]);
  const t1 = Date.now();
  await page.locator('[data-testid="unusual-note"]').filter({ hasNotText: 'Working out' }).waitFor({ timeout: 300_000 });
  const unusual = Date.now() - t1 + firstCharts;
  const longest = await page.evaluate(() => window.__longest);
  await ctx.close();
  console.log(`${count}`);
  console.log(`first charts after opening the page: ${fmt(firstCharts)} ms (store read + columns + series)`);
  console.log(`period change: ${fmt(period)} ms; back to everything: ${fmt(reset)} ms`);
  console.log(`unusual hours marked after: ${fmt(unusual)} ms`);
  console.log(`longest main-thread task: ${Math.round(longest)} ms`);
  console.log(`requests that left the app: ${foreign.length}`);
  process.exitCode = foreign.length ? 1 : 0;
} finally {
  rmSync(profile, { recursive: true, force: true });
  try {
    process.kill(-server.pid);
  } catch {
    // Already gone.
  }
}
