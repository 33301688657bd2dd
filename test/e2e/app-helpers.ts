// Shared by the app, findings and settings specs: every request the app makes is recorded, and a test
// ends by checking that none left the app's own origin (the app must never touch the network).
import { expect, type BrowserContext, type Page } from '@playwright/test';

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
