// The self-audit end to end, in Chromium against the built renderer: a statement imported through the
// Import page, an audit of April walked step by step to its saved snapshot, the HTML report, the next due
// date on Home, and a second audit compared with the first. Every request is recorded: none may leave the
// app's own origin.
import { expect, test, type Page } from '@playwright/test';
import { addMonths, format } from 'date-fns';
import { readFileSync } from 'node:fs';
import { expectSameOrigin, recordRequests } from './app-helpers';
import { FIXTURE, importFixture } from './insights-helpers';

const eur = (cents: number): string => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The April rows of the fixture, straight from the CSV. */
function aprilRows(): string[][] {
  return readFileSync(FIXTURE, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).filter((c) => c[2]!.startsWith('2024-04'));
}

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of 7: ${title}$`) })).toBeFocused();
}

test('an audit of April, walked through to its saved snapshot, reported, due again on Home and compared next time', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await importFixture(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('next-audit-due')).toHaveText('No self-audit yet. Start one');
  await page.getByTestId('next-audit-due').getByRole('link', { name: 'Start one' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-audit' })).toBeFocused();

  await page.getByLabel('Choose a period').check();
  await page.getByLabel('From', { exact: true }).fill('2024-04-01');
  await page.getByLabel('To', { exact: true }).fill('2024-04-30');
  await page.getByRole('button', { name: 'Start an audit' }).click();
  const april = aprilRows();
  await expect(page.getByText(/^Reviewing 2024-04-01 to 2024-04-30/)).toHaveText(`Reviewing 2024-04-01 to 2024-04-30: ${april.length} transactions.`);

  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 7: New counterparties' })).toBeVisible();
  const night = page.getByRole('row', { name: /Night Electronics/ });
  await expect(night).toContainText('2024-04-18');
  await expect(night).toContainText(eur(96900));
  await expect(page.getByRole('row', { name: /Landlord Ltd/ })).toHaveCount(0);

  await next(page, 'New funding methods');
  await expect(page.getByText('No new funding methods in this period.')).toBeVisible();
  await next(page, 'New or changed recurring charges');
  await expect(page.getByRole('row', { name: /StreamFlix/ })).toContainText(`Price changed`);
  await expect(page.getByRole('row', { name: /StreamFlix/ })).toContainText(`${eur(1299)}${eur(1599)}`);
  await next(page, 'Unreviewed findings');
  await expect(page.getByRole('link', { name: 'Review them on the Findings page' })).toHaveAttribute('href', '#/findings');
  await next(page, 'Balance change');
  const booked = april.filter((c) => c[8] === 'COMPLETED');
  const cents = (s: string): number => Math.round(Number(s) * 100);
  await expect(page.getByRole('row', { name: /Revolut EUR · EUR/ })).toContainText(`${eur(cents(booked[0]![9]!))}${eur(cents(booked.at(-1)![9]!))}`);

  await next(page, 'Security checklist');
  const twoStep = page.getByRole('listitem', { name: 'Two-step verification is on' });
  await twoStep.getByRole('button', { name: 'Confirm' }).click();
  await expect(twoStep).toContainText('Confirmed');
  const notify = page.getByRole('listitem', { name: 'Transaction notifications are on' });
  await notify.getByRole('button', { name: 'Mark as failing' }).click();
  await expect(notify).toContainText('Does not hold');
  await next(page, 'Notes');
  await page.getByLabel('Notes for this audit').fill('Night Electronics is not mine <reported>.');
  await page.getByRole('button', { name: 'Save audit' }).click();

  await expect(page.getByText('The audit was saved.')).toBeVisible();
  await expect(page.locator('[data-fact="transactions"] dd')).toHaveText(String(april.length));
  await expect(page.locator('[data-fact="counterparties"] dd')).toHaveText('Night Electronics');
  await expect(page.locator('[data-fact="recurring"] dd')).toHaveText('StreamFlix (changed)');
  await expect(page.getByText('This is the first saved audit, so there is nothing to compare it with.')).toBeVisible();

  // The report: one HTML file, values escaped.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save report (HTML)' }).click()]);
  expect(download.suggestedFilename()).toBe('wallet-auditor-self-audit-2024-04-01-to-2024-04-30.html');
  const report = readFileSync((await download.path())!, 'utf8');
  expect(report).toContain('<title>Wallet self-audit, 2024-04-01 to 2024-04-30</title>');
  expect(report).toContain('Night Electronics is not mine &lt;reported&gt;.');
  expect(report).not.toMatch(/<script/i);
  await expect(page.getByRole('button', { name: 'Save report (PDF)' })).toHaveCount(0); // desktop app only

  // Home says when the next audit is due: a month from today.
  const today = format(new Date(), 'yyyy-MM-dd');
  const due = format(addMonths(new Date(), 1), 'yyyy-MM-dd');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('next-audit-due')).toHaveText(`Next self-audit due on ${due}. Self-audits`);

  // A second audit, since the last one: two-step now fails, so the comparison says it regressed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-audit' }).click();
  await expect(page.getByTestId('audit-due')).toHaveText(`The next self-audit is due on ${due} (last one completed ${today}).`);
  await expect(page.getByRole('radio', { name: /^Since the last audit: 2024-05-01 to / })).toBeChecked();
  await page.getByRole('button', { name: 'Start an audit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 7: New counterparties' })).toBeVisible();
  for (const title of ['New funding methods', 'New or changed recurring charges', 'Unreviewed findings', 'Balance change', 'Security checklist']) await next(page, title);
  await page.getByRole('listitem', { name: 'Two-step verification is on' }).getByRole('button', { name: 'Mark as failing' }).click();
  await expect(page.getByRole('listitem', { name: 'Two-step verification is on' })).toContainText('Does not hold');
  await next(page, 'Notes');
  await page.getByRole('button', { name: 'Save audit' }).click();
  const compare = page.getByRole('region', { name: `Compared with the audit of ${today}` });
  await expect(compare.getByRole('row', { name: /^Transactions in the period/ })).toHaveText(`Transactions in the period${april.length}0-${april.length}`);
  await expect(compare.getByRole('list').first()).toHaveText('Two-step verification is on');

  await page.getByRole('button', { name: 'Back to self-audits' }).click();
  await expect(page.getByRole('button', { name: /^Open the audit completed/ })).toHaveCount(2);
  expectSameOrigin(requests, baseURL);
});
