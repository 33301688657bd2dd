// Shared by the app, findings and settings specs: every request the app makes is recorded, and a test
// ends by checking that none left the app's own origin (the app must never touch the network).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type Page } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A small Revolut statement: three months of everyday card payments, then a €1,850 transfer at 03:12. */
export const INCIDENT_CSV = path.join(ROOT, 'test/fixtures/app/revolut-incident.csv');
export const INCIDENT_ROWS = 187;

export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function expectSameOrigin(urls: readonly string[], baseURL: string | undefined): void {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const foreign = urls.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
  expect(foreign, 'requests that left the app').toEqual([]);
  expect(urls.length).toBeGreaterThan(0);
}

/** Opens a page of the app and waits until its heading has rendered. */
export async function open(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Imports a statement through the Import page's file input and waits for the imported count. */
export async function importFile(page: Page, file: string, expected: number): Promise<void> {
  await open(page, '#/import', 'Import statements');
  await page.getByLabel('Statement files (CSV, XLSX or ZIP)').setInputFiles(file);
  const card = page
    .locator('article.import-file')
    .filter({ has: page.getByRole('heading', { level: 2, name: path.basename(file), exact: true }) })
    .last();
  await card.getByRole('button', { name: `Import ${expected} new transactions` }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Imported' })).toContainText(`Imported ${expected} new transactions.`);
}
