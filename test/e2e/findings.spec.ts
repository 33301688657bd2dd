// A statement with an injected incident goes in through the Import page; the rules run after the import
// and the finding shows up with its reason and its transaction. A review mark written on it survives a
// reload, and "this is normal for me" hides it until the payee is removed from the list again.
import { expect, test } from '@playwright/test';
import { INCIDENT_CSV, INCIDENT_ROWS, expectSameOrigin, importFile, open, recordRequests } from './app-helpers';

test('an imported incident becomes a finding; its review mark survives a reload', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await importFile(page, INCIDENT_CSV, INCIDENT_ROWS);

  await page.getByRole('navigation').getByRole('link', { name: 'Findings' }).click();
  const high = page.getByRole('region', { name: /^High severity/ });
  const card = high.getByRole('article', { name: 'Unusual hour' });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText('€1,850.00 paid at 03:12');
  await expect(card).toContainText('MALLORY KOVAC');

  await card.getByLabel('Not mine').check();
  const saved = page.getByRole('status').filter({ hasText: 'Review mark saved.' });
  await expect(saved).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(saved).toHaveCount(0);
  await card.getByLabel('Note').fill('I was asleep; never sent this');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await expect(saved).toBeVisible(); // written to the store, not just shown

  await page.reload();
  const again = page.getByRole('article', { name: 'Unusual hour' });
  await expect(again.getByLabel('Not mine')).toBeChecked();
  await expect(again.getByLabel('Note')).toHaveValue('I was asleep; never sent this');

  // The finding's transaction, with where it came from.
  await again.getByRole('link', { name: 'Open in Transactions' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 transaction' })).toBeVisible();
  await page.getByRole('grid').getByText('To MALLORY KOVAC').first().click();
  const details = page.getByRole('complementary', { name: 'Transaction details' });
  await expect(details).toContainText('revolut-incident.csv');
  await expect(details.getByText('188', { exact: true })).toBeVisible();
  await expect(details.getByText('-1850.00', { exact: true })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});

test('"this is normal for me" hides the finding; removing the payee in Settings brings it back', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await importFile(page, INCIDENT_CSV, INCIDENT_ROWS);
  await open(page, '#/findings', 'Findings');
  const card = page.getByRole('article', { name: 'Unusual hour' });
  await expect(card).toBeVisible({ timeout: 30_000 });

  await card.getByRole('button', { name: 'This is normal for me' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as normal: MALLORY KOVAC' })).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('The rules found nothing unusual in your transactions.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Remove MALLORY KOVAC' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed MALLORY KOVAC' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Findings' }).click();
  await expect(page.getByRole('article', { name: 'Unusual hour' })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});
