// An appeal case end to end, in Chromium against the built renderer: a statement goes in through the
// Import page, a case gets a contact-log entry and attachments (typed and checked in the browser, blur
// measured with a real canvas), the evidence bundle is built and downloaded through the UI and checked
// here in Node with validateBag, and the Chinese report is printed with page.pdf() and read back with
// pdftotext. Every request is recorded: none may leave the app's origin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { validateBag } from '../../shared/bundle/bagit-validate';
import { readZip } from '../../shared/bundle/zip-read';
import { sha256Hex } from '../../shared/hash';
import { makePng } from '../renderer/case/png';
import { INCIDENT_CSV, INCIDENT_ROWS, expectSameOrigin, importFile, open, recordRequests } from './app-helpers';

const yesterday = (): string => {
  const d = new Date(Date.now() - 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Sharp: black and white squares. Blurry: a smooth gradient with no edges at all. */
const SHARP_ID = makePng(1200, 800);
const BLURRY_SMALL = makePng(320, 200, (x, y) => Math.round((x / 320) * 200 + (y / 200) * 40));

async function createCase(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Appeal cases' })).toBeFocused();
  await page.getByRole('region', { name: 'No cases yet' }).getByRole('button', { name: 'Start a case' }).click();
  await page.getByLabel('Platform', { exact: true }).selectOption('revolut');
  await page.getByLabel('Account (login email, phone or user id)').fill('li.lei@example.com');
  await page.getByLabel('Full name as on the account').fill('Li Lei');
  // The imported statement's account (the only one there is).
  await page.getByLabel('Imported statements of this account').selectOption({ index: 1 });
  await page.getByLabel('Reason category').selectOption('security-takeover');
  await page.getByLabel('Date of the freeze or closure').fill('2024-04-02');
  await page.getByLabel('The notice as received').fill('We have restricted your account while we review recent activity.');
  await page.getByRole('button', { name: 'Create the case' }).click();
  // The new case's heading takes focus, as a page heading does after any navigation.
  await expect(page.getByRole('heading', { level: 1, name: 'Revolut — li.lei@example.com' })).toBeFocused();
}

test('a case with a contact and attachments becomes a verified evidence bundle and a printable Chinese report', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await importFile(page, INCIDENT_CSV, INCIDENT_ROWS);
  // The rules run after the import; the 03:12 transfer is flagged.
  await page.getByRole('navigation').getByRole('link', { name: 'Findings' }).click();
  await expect(page.getByRole('article', { name: 'Unusual hour' })).toBeVisible({ timeout: 30_000 });

  await createCase(page);
  const checklist = page.getByRole('region', { name: 'Checklist' });
  await checklist.getByRole('checkbox', { name: 'Change the password and security questions from a trusted device.', exact: true }).check();
  await expect(checklist.getByText(/^1 of \d+ done$/)).toBeVisible();

  // Support contact with a follow-up that is already due.
  const log = page.getByRole('region', { name: 'Support contact log' });
  await log.getByRole('button', { name: 'Log a contact' }).click();
  const form = log.getByRole('form', { name: 'New contact' });
  await form.getByLabel('Channel', { exact: true }).selectOption('in-app-chat');
  await form.getByLabel(/I confirmed this is an official channel/).check();
  await form.getByLabel('Ticket number').fill('RVL-4821');
  await form.getByLabel('What you asked').fill('Why was my account restricted?');
  await form.getByLabel('What they answered').fill('The account is under review; we will reply within 5 business days.');
  await form.getByLabel('Follow up on').fill(yesterday());
  await form.getByRole('button', { name: 'Save contact' }).click();
  const entry = log.getByRole('article', { name: /^Contact on/ });
  await expect(entry).toContainText('Official channel (verified)');
  await expect(entry).toContainText('1 day overdue');

  // Attachments: the type is read from the bytes (a PNG named .jpg), the blur check runs on a canvas.
  const files = page.getByRole('region', { name: 'Attachments' });
  await files.getByLabel('Kind of document').selectOption('id-front');
  await files.getByLabel('Add files').setInputFiles([
    { name: 'passport.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(SHARP_ID) },
    { name: 'selfie.png', mimeType: 'image/png', buffer: Buffer.from(BLURRY_SMALL) },
  ]);
  const passport = files.getByRole('article', { name: 'passport.jpg' });
  await expect(passport).toContainText('Detected type: image/png · 1200 × 800 px');
  await expect(passport.getByRole('list', { name: /^Warnings/ })).toHaveCount(0);
  const img = passport.getByRole('img', { name: 'Preview of passport.jpg' });
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1200);
  const selfieWarnings = files.getByRole('list', { name: 'Warnings for selfie.png' });
  await expect(selfieWarnings).toContainText('Too small to read: 320 × 200 px');
  await expect(selfieWarnings).toContainText('This photo looks blurry');

  // The timeline has the freeze, the contact and the flagged transfer.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Account restricted');
  await expect(timeline).toContainText('Contacted support by in-app chat — ticket RVL-4821');
  await expect(timeline).toContainText('MALLORY KOVAC');

  // Home lists the due follow-up.
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  const due = page.getByRole('region', { name: '1 support follow-up due' });
  await expect(due).toContainText('Revolut — li.lei@example.com');
  await due.getByRole('link', { name: 'Revolut — li.lei@example.com' }).click();

  // The evidence bundle, in Chinese.
  await page.getByRole('link', { name: 'Build the evidence bundle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence bundle: Revolut — li.lei@example.com' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Flagged by a rule (with the findings)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Marked “not mine”' })).toBeChecked();
  await page.getByLabel('Language of the report and letter').selectOption('zh-CN');
  await expect(page.getByText(/^Selected: [1-9]\d* transactions, [1-9]\d* findings, 2 attachments, 1 original statements\.$/)).toBeVisible();
  const letter = page.getByLabel('Letter (appeal-letter.txt)');
  await expect(letter).toHaveValue(/Revolut/);
  await letter.fill(`${await letter.inputValue()}\n附言：我从未向 MALLORY KOVAC 转账。\n`);
  await letter.blur();
  await page.getByRole('checkbox', { name: /holds my identity documents/ }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Build and save the bundle' }).click();
  const download = await downloading;
  const zip = new Uint8Array(readFileSync((await download.path())!));
  expect(download.suggestedFilename()).toMatch(/^evidence-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);

  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByRole('status')).toContainText('Verified.');
  await expect(result.getByTestId('zip-sha256')).toHaveText(await sha256Hex(zip));

  const check = await validateBag(zip, { strict: true });
  expect(check.errors).toEqual([]);
  expect(check.valid).toBe(true);
  const bag = check.bagName!;
  const content = (await readZip(zip)).files;
  const file = (p: string): Uint8Array => content.get(`${bag}/data/${p}`) ?? new Uint8Array();
  expect(Buffer.from(file('originals/revolut-incident.csv')).equals(readFileSync(INCIDENT_CSV))).toBe(true);
  expect(Buffer.from(file('attachments/passport.jpg')).equals(Buffer.from(SHARP_ID))).toBe(true);
  const text = (p: string): string => new TextDecoder().decode(file(p));
  expect(text('appeal-letter.txt')).toContain('附言：我从未向 MALLORY KOVAC 转账。');
  expect(text('transactions.csv')).toContain('MALLORY KOVAC');
  expect(text('contact-log.csv')).toContain('RVL-4821');
  expect(text('report.html')).toContain('证据报告');

  // The report, printed from the page (print CSS shows the report alone).
  await result.getByRole('button', { name: 'Open the report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await expect(dialog.getByRole('heading', { level: 1 })).toContainText('证据报告');
  const pdfPath = path.join(mkdtempSync(path.join(tmpdir(), 'case-e2e-')), 'report.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(printed).toContain('证据报告');
  expect(printed).toContain('MALLORY KOVAC');
  expect(printed).toContain('RVL-4821');
  expect(printed).not.toContain('Build and save the bundle');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  expectSameOrigin(requests, baseURL);
});

test('deleting a case can be undone from the toast', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await open(page, '#/case', 'Appeal cases');
  await page.getByRole('button', { name: 'Start a case' }).first().click();
  await page.getByLabel('Account (login email, phone or user id)').fill('138****5678');
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alipay — 138****5678' })).toBeVisible();
  await page.getByRole('link', { name: 'All cases' }).click();
  await page.getByRole('button', { name: 'Delete the case Alipay — 138****5678' }).click();
  await expect(page.getByRole('region', { name: 'No cases yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Alipay — 138****5678' })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});
