import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { FakeBrowserWindow } from '../electron-mock';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { ReportPageStore } from '../../../electron/main/report-pages';
import { MAX_CONCURRENT_PRINTS, printReportToPdf } from '../../../electron/main/report-pdf';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

let store: ReportPageStore;
beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
  store = new ReportPageStore();
});

describe('printReportToPdf', () => {
  it('loads the report from app://report in a hardened hidden window and prints it', async () => {
    const handler = createAppProtocolHandler({ rendererRoot: '/nonexistent', reportPages: store });
    let served: { status: number; csp: string | null; body: string } | undefined;
    const win = new FakeBrowserWindow();
    win.loadURL.mockImplementation(async (url: string) => {
      const res = await handler({ url, method: 'GET' });
      served = { status: res.status, csp: res.headers.get('content-security-policy'), body: await res.text() };
    });
    const pdf = await printReportToPdf(store, { html: '<h1>报告</h1>', pageSize: 'Letter', landscape: true }, () => win as unknown as BrowserWindow);
    expect(served).toEqual({ status: 200, csp: REPORT_CONTENT_SECURITY_POLICY, body: '<h1>报告</h1>' });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'Letter', landscape: true });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(pdf.buffer.byteLength).toBe(pdf.byteLength);
  });

  it('uses A4 portrait by default and uses the real print window factory', async () => {
    await printReportToPdf(store, { html: '<p>x</p>' });
    const win = FakeBrowserWindow.instances[0];
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs).not.toHaveProperty('preload');
    expect(win?.options.show).toBe(false);
    expect(win?.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4', landscape: false });
  });

  it('forgets the report and destroys the window afterwards, also when loading fails', async () => {
    await printReportToPdf(store, { html: '<p>ok</p>' });
    expect(store.size).toBe(0);
    expect(FakeBrowserWindow.instances[0]?.destroy).toHaveBeenCalled();

    const failing = new FakeBrowserWindow();
    failing.loadURL.mockRejectedValue(new Error('ERR_FAILED'));
    await expect(printReportToPdf(store, { html: '<p>x</p>' }, () => failing as unknown as BrowserWindow)).rejects.toThrow('ERR_FAILED');
    expect(store.size).toBe(0);
    expect(failing.destroy).toHaveBeenCalled();
  });

  it(`refuses more than ${MAX_CONCURRENT_PRINTS} prints at once, then accepts again`, async () => {
    const gates: Array<() => void> = [];
    const slow = () => {
      const w = new FakeBrowserWindow();
      w.loadURL.mockImplementation(() => new Promise<undefined>((resolve) => gates.push(() => resolve(undefined))));
      return w as unknown as BrowserWindow;
    };
    const running = Array.from({ length: MAX_CONCURRENT_PRINTS }, () => printReportToPdf(store, { html: '<p>' }, slow));
    await expect(printReportToPdf(store, { html: '<p>' }, slow)).rejects.toThrow(/still being printed/);
    expect(store.size).toBe(MAX_CONCURRENT_PRINTS);
    while (gates.length) gates.shift()?.();
    await Promise.all(running);
    await expect(printReportToPdf(store, { html: '<p>' })).resolves.toBeInstanceOf(Uint8Array);
  });
});
