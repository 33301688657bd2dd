import { expect, test } from '@playwright/test';
import { expectSameOrigin, open, recordRequests } from './app-helpers';

test('every page is reachable by keyboard alone, and focus lands on the page heading', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  // Nothing on the way may log an error or fail to load (a missing chunk or icon shows here).
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await open(page, '', 'Wallet Auditor');

  // The first Tab reaches the skip link, which moves focus to the main landmark.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, hash] of [['Findings', '#/findings'], ['Settings', '#/settings'], ['Transactions', '#/transactions'], ['Import', '#/import']] as const) {
    const link = nav.getByRole('link', { name });
    await page.keyboard.press('Shift+Tab'); // leave main: back into the nav
    for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  }

  // From the Settings page heading, Tab goes into the page's own controls.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Language of the app')).toBeFocused();
  expectSameOrigin(requests, baseURL);
  expect(problems).toEqual([]);
});

test('switching to Chinese changes the whole UI and survives a reload', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await open(page, '#/settings', 'Settings');
  await page.getByLabel('Language of the app').selectOption('zh-CN');

  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '交易记录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByLabel('界面语言')).toHaveValue('zh-CN');
  await page.getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { name: '还没有账单' })).toBeVisible();

  // And back to English.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});

test('the dark theme applies and persists; an unknown route says so', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await open(page, '#/settings', 'Settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 29)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await open(page, '#/no-such-page', 'Page not found');
  await page.getByRole('link', { name: 'Go to Home' }).click();
  await expect(page.getByRole('link', { name: 'Import statements' })).toBeVisible();
  expectSameOrigin(requests, baseURL);
});
