// The import page end to end, in Chromium against the built renderer: files go in through the file input,
// are parsed in the worker, stored in IndexedDB and shown. Expected counts come from the same shared
// importers run here in Node, so the browser path is checked against the CLI path; a few values are
// checked by hand. Every request the page makes is recorded: none may leave the app's own origin.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { importBytes } from '../../shared/importing/import-file';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OWN = path.join(ROOT, 'test/fixtures/import');
const PEERS = path.resolve(ROOT, '..', 'shared/fixtures/peers');
const INPUT = 'Statement files (CSV, XLSX or ZIP)';

let requests: string[] = [];

test.beforeEach(async ({ page, context, baseURL }) => {
  requests = [];
  // The context sees the workers' requests too.
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('/#/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import statements' })).toBeVisible();
  expect(baseURL).toBeTruthy();
});

test.afterEach(async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(foreign, 'requests that left the app').toEqual([]);
});

/** Adds files through the input and returns the card of the first one. */
async function choose(page: Page, ...files: string[]): Promise<Locator> {
  await page.getByLabel(INPUT).setInputFiles(files);
  return card(page, path.basename(files[0]!));
}

function card(page: Page, name: string): Locator {
  return page.locator('article.import-file').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) }).last();
}

async function nodeCount(file: string): Promise<{ rows: number; transactions: number }> {
  const parsed = await importBytes(path.basename(file), new Uint8Array(readFileSync(file)), { zone: 'UTC' });
  return { rows: parsed.reduce((n, f) => n + f.rows, 0), transactions: parsed.reduce((n, f) => n + f.transactions.length, 0) };
}

async function importIt(c: Locator, n: number): Promise<void> {
  await c.getByRole('button', { name: /^Import \d+ new transactions?$/ }).click();
  await expect(c.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(new RegExp(`Imported ${n.toLocaleString('en')} new transactions?\\.`));
}

test('own Revolut statements: counts, values, overlap, re-import says 0 new, undo', async ({ page }) => {
  const jan1 = path.join(OWN, 'revolut-eur-jan-1.csv');
  const jan2 = path.join(OWN, 'revolut-eur-jan-2.csv');
  const c1 = await choose(page, jan1);
  await expect(c1.getByTestId('count-new')).toHaveText('30');
  await expect(c1.getByTestId('count-stored')).toHaveText('0');
  await expect(c1.getByTestId('layout')).toHaveText('statement-2021');
  await expect(c1.getByLabel('Provider')).toContainText('Detected: Revolut');
  await expect(c1.getByLabel('Encoding')).toContainText('Detected: utf-8');
  const sample = c1.getByRole('table', { name: 'First rows' });
  await expect(sample.getByRole('row').nth(1)).toContainText('Top-up by card');
  await expect(sample.getByRole('row').nth(1)).toContainText('1,200.00');
  await c1.getByLabel('Account name').fill('Revolut EUR');
  await c1.getByRole('button', { name: 'Apply' }).click();
  await expect(c1.getByLabel('Account name')).toHaveValue('Revolut EUR');
  await importIt(c1, 30);

  // Overlaps the first by ten rows (and uses CRLF line ends). Revolut rows have no id, so their ids hash
  // the account too: under the default account name all 30 look new, under the same name 10 are known.
  const c2 = await choose(page, jan2);
  await expect(c2.getByTestId('count-new')).toHaveText('30');
  await c2.getByLabel('Account name').fill('Revolut EUR');
  await c2.getByRole('button', { name: 'Apply' }).click();
  await expect(c2.getByTestId('count-new')).toHaveText('20');
  await expect(c2.getByTestId('count-stored')).toHaveText('10');
  await importIt(c2, 20);
  await expect(c2.getByText('10 were already stored')).toBeVisible();

  const again = await choose(page, jan1);
  await expect(again.getByTestId('count-new')).toHaveText('0');
  await expect(again.getByTestId('count-stored')).toHaveText('30');
  await expect(again.getByText(/already imported on \d{4}-\d{2}-\d{2}: 0 new transactions/)).toBeVisible();
  await expect(again.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();

  await page.getByRole('link', { name: 'Transactions', exact: true }).click();
  await expect(page.getByRole('grid').getByText('Rail Pass').first()).toBeVisible();

  await page.goto('/#/import');
  await page.getByRole('button', { name: /Undo the last import \(revolut-eur-jan-2\.csv\)/ }).click();
  await expect(page.getByText('Removed the import of revolut-eur-jan-2.csv (20 transactions).')).toBeVisible();
  await expect(page.getByRole('button', { name: /Undo the last import \(revolut-eur-jan-1\.csv\)/ })).toBeVisible();
});

const PEER_FILES: { file: string; provider: string; value: string }[] = [
  { file: 'alipay/alipay-app-2023.gbk.csv', provider: 'Alipay', value: '亲情卡' },
  { file: 'alipay/alipay-web-2019-16col.gbk.csv', provider: 'Alipay', value: '' },
  { file: 'wechat/wechat-csv-trim21-2025-bom.csv', provider: 'WeChat Pay', value: '京东商城平台商户' },
  { file: 'wechat/wechat-xlsx-2026-numeric-amount.xlsx', provider: 'WeChat Pay', value: '' },
];

for (const peer of PEER_FILES) {
  test(`peer sample ${peer.file} imports with the same counts as the shared importer`, async ({ page }) => {
    const file = path.join(PEERS, peer.file);
    test.skip(!existsSync(file), `peer sample ${file} is not on this machine`);
    const want = await nodeCount(file);
    const c = await choose(page, file);
    await expect(c.getByTestId('count-rows')).toHaveText(want.rows.toLocaleString('en'));
    await expect(c.getByTestId('count-new')).toHaveText(want.transactions.toLocaleString('en'));
    await expect(c.getByLabel('Provider')).toContainText(`Detected: ${peer.provider}`);
    if (peer.value) await expect(c.getByRole('table', { name: 'First rows' })).toContainText(peer.value);
    await importIt(c, want.transactions);
    const again = await choose(page, file);
    await expect(again.getByTestId('count-new')).toHaveText('0');
  });
}

test('broken files show a clear error and store nothing', async ({ page }, info) => {
  const zip = info.outputPath('damaged.zip');
  writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  const pdf = info.outputPath('statement.csv');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
  const c1 = await choose(page, zip);
  await expect(c1.getByRole('alert')).toHaveText(/^damaged\.zip: .*(damaged|not a ZIP)/);
  const c2 = await choose(page, pdf);
  await expect(c2.getByRole('alert')).toHaveText(/^statement\.csv: this is a PDF document/);
  await expect(page.getByRole('heading', { name: 'Imported files' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Import', exact: true }).first()).toBeVisible();
  await page.goto('/#/transactions');
  await expect(page.getByText('Rail Pass')).toHaveCount(0);
});

test('a password-protected ZIP asks for the password and rejects a wrong one', async ({ page }, info) => {
  const csv = readFileSync(path.join(OWN, 'revolut-eur-jan-1.csv'), 'utf8');
  const writer = new ZipWriter(new BlobWriter('application/zip'), { password: 's3cret', encryptionStrength: 3 });
  await writer.add('revolut-eur-jan-1.csv', new TextReader(csv));
  const blob = await writer.close();
  const zip = info.outputPath('statement-export.zip');
  writeFileSync(zip, new Uint8Array(await blob.arrayBuffer()));

  const c = await choose(page, zip);
  await expect(c.getByText('statement-export.zip is protected by a password')).toBeVisible();
  await c.getByLabel('Password').fill('wrong');
  await c.getByRole('button', { name: 'Open' }).click();
  await expect(c.getByRole('alert')).toHaveText('That password is wrong. Try again.');
  await c.getByLabel('Password').fill('s3cret');
  await c.getByRole('button', { name: 'Open' }).click();
  await expect(c.getByTestId('count-new')).toHaveText('30');
  await importIt(c, 30);
});

test('an unknown CSV gets a column mapping with live preview, saved as a profile', async ({ page }) => {
  const c = await choose(page, path.join(OWN, 'bank-unknown.csv'));
  await expect(c.getByRole('alert')).toContainText('is not a layout this app knows');
  await expect(c.getByLabel('Header row')).toHaveValue('3');
  await c.getByLabel('Date', { exact: true }).selectOption('Booking date');
  await c.getByLabel('Amount (signed)').selectOption('Amount EUR');
  await c.getByLabel('Counterparty').selectOption('Payee');
  await c.getByLabel('Description').selectOption('Memo');
  await c.getByLabel('Currency (when no column has it)').fill('EUR');
  await c.getByLabel('Name of this mapping').fill('Example Bank');
  const live = c.getByRole('table', { name: 'First rows' });
  await expect(live).toContainText('Landlord Ltd');
  await expect(live).toContainText('950.00');
  await c.getByRole('button', { name: 'Save mapping' }).click();
  await expect(c.getByText('Saved the mapping “Example Bank”.')).toBeVisible();
  await c.getByRole('button', { name: 'Use this mapping' }).click();
  await expect(c.getByTestId('count-new')).toHaveText('3');
  await importIt(c, 3);
});
