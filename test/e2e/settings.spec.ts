// Backup → delete all → restore gives back the same data: every table of the backup file is compared
// (apart from the backup's own timestamp), and the views show the restored transactions and marks. The
// first backup is encrypted (the default) and opened here with the age library on its own; a wrong
// passphrase is refused without touching the data.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Decrypter } from 'age-encryption';
import { INCIDENT_CSV, INCIDENT_ROWS, expectSameOrigin, importFile, open, recordRequests } from './app-helpers';

interface DexieExport {
  data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: unknown[] }[] };
}

const PASSPHRASE = 'orbit lantern pepper sky';

/** Backs up from the Settings page, encrypted with PASSPHRASE or (`plain`) as JSON, and reads the file. */
async function backup(page: Page, dir: string, plain = false): Promise<{ path: string; json: DexieExport }> {
  await open(page, '#/settings', 'Settings');
  if (plain) await page.getByLabel(/Save without encryption/).check();
  else {
    await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: plain ? 'Back up all data without encryption' : 'Back up all data, encrypted' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(plain ? /^wallet-auditor-backup-\d{4}-\d{2}-\d{2}\.json$/ : /^wallet-auditor-backup-\d{4}-\d{2}-\d{2}\.json\.age$/);
  const path = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
  if (plain) return { path, json: JSON.parse(readFileSync(path, 'utf8')) as DexieExport };
  const d = new Decrypter();
  d.addPassphrase(PASSPHRASE);
  return { path, json: JSON.parse(await d.decrypt(readFileSync(path), 'text')) as DexieExport };
}

/** Every table's rows, without the `meta` entries that describe the store rather than the user's data: when
 * the backup was made, and the store's change counter (which a delete and a restore rightly advance). */
const STORE_META = new Set(['backup', 'generation']);

function tables(b: DexieExport): Record<string, unknown[]> {
  return Object.fromEntries(
    b.data.data.map((t) => [
      t.tableName,
      t.tableName === 'meta' ? t.rows.filter((r) => !STORE_META.has(String((r as { key?: string }).key))) : t.rows,
    ]),
  );
}

test('backup, delete all, restore: the same data comes back', async ({ page, context, baseURL }, testInfo) => {
  const requests = recordRequests(context);
  await importFile(page, INCIDENT_CSV, INCIDENT_ROWS);
  await open(page, '#/findings', 'Findings');
  const card = page.getByRole('article', { name: 'Unusual hour' });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByLabel('Not mine').check();
  await expect(page.getByRole('status').filter({ hasText: 'Review mark saved.' })).toBeVisible();
  await open(page, '#/settings', 'Settings');
  await page.getByRole('radio', { name: 'Dark' }).check();

  const before = await backup(page, testInfo.outputDir);
  const count = (name: string) => before.json.data.tables.find((t) => t.name === name)?.rowCount;
  // The backup really holds the data the comparison below is about.
  expect(count('marks')).toBe(1);
  expect(count('txPages')).toBeGreaterThan(0);
  expect(count('originals')).toBe(1);
  expect(count('settings')).toBeGreaterThan(0);

  // Delete all: the button does nothing until the tick.
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all data?' });
  await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
  await dialog.getByLabel('I understand that everything is deleted for good').check();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All data deleted.' })).toBeVisible();
  await open(page, '#/transactions', 'Transactions');
  await expect(page.getByRole('heading', { name: 'No transactions yet' })).toBeVisible();

  // Restore asks first, and for the passphrase: a wrong one changes nothing, the right one brings it all back.
  await open(page, '#/settings', 'Settings');
  const restore = async (passphrase: string) => {
    await page.getByLabel('Restore from a backup file').setInputFiles(before.path);
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm.getByRole('button', { name: 'Restore' })).toBeDisabled();
    await confirm.getByLabel('Passphrase of this backup').fill(passphrase);
    await confirm.getByRole('button', { name: 'Restore' }).click();
  };
  await restore('not the passphrase');
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this backup. Your data was not changed.');
  await restore(PASSPHRASE);
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored.' })).toBeVisible();

  const after = await backup(page, `${testInfo.outputDir}/after`, true);
  expect(tables(after.json)).toEqual(tables(before.json));

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await open(page, '#/transactions', 'Transactions');
  await expect(page.getByRole('status').filter({ hasText: `${INCIDENT_ROWS} transactions` })).toBeVisible();
  await open(page, '#/findings', 'Findings');
  await expect(page.getByRole('article', { name: 'Unusual hour' }).getByLabel('Not mine')).toBeChecked();
  expectSameOrigin(requests, baseURL);
});

test('a file that is not a backup is refused and nothing changes', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await importFile(page, INCIDENT_CSV, INCIDENT_ROWS);
  await open(page, '#/settings', 'Settings');
  await page.getByLabel('Restore from a backup file').setInputFiles(INCIDENT_CSV);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert')).toContainText('This backup cannot be restored');
  await open(page, '#/transactions', 'Transactions');
  await expect(page.getByRole('status').filter({ hasText: `${INCIDENT_ROWS} transactions` })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});
