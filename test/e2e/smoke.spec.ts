import { test, expect } from '@playwright/test';

test('the app page loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Wallet Auditor' })).toBeVisible();
});
