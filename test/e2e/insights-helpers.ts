// Shared by the insights and audit specs: the fixture statement imported through the Import page's file
// input, as a user would, under a chosen account name.
import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import { FIXTURE } from '../renderer/insights/fixture-totals';

export { FIXTURE };
export const ACCOUNT = 'Revolut EUR';

export async function importFixture(page: Page): Promise<void> {
  await page.goto('/#/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import statements' })).toBeVisible();
  await page.getByLabel('Statement files (CSV, XLSX or ZIP)').setInputFiles(FIXTURE);
  const card = page.getByRole('article', { name: path.basename(FIXTURE) });
  await expect(card.getByTestId('count-new')).toHaveText('80');
  await card.getByLabel('Account name').fill(ACCOUNT);
  await card.getByRole('button', { name: 'Apply' }).click();
  await expect(card.getByLabel('Account name')).toHaveValue(ACCOUNT);
  await card.getByRole('button', { name: /^Import \d+ new transactions?$/ }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(/Imported 80 new transactions\./);
}

/** `2024-03-05` style local date of `d`. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
