// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WalletAuditorApi } from '../../../shared/ipc-contract';
import { canPrintPdf, saveHtmlReport, savePdfReport } from '../../../renderer/src/audit/exportReport';

const g = globalThis as { walletAuditor?: Partial<WalletAuditorApi> };
afterEach(() => {
  delete g.walletAuditor;
});

describe('report export', () => {
  it('in a plain browser: HTML downloads, PDF is not offered', async () => {
    expect(canPrintPdf()).toBe(false);
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    expect(await saveHtmlReport('<!doctype html><p>x</p>', 'r.html')).toBe('r.html');
    expect(clicked).toEqual(['r.html']);
    click.mockRestore();
    await expect(savePdfReport('<p>x</p>', 'r.pdf')).rejects.toThrow(/desktop app/);
  });

  it('in the desktop app: the same HTML is printed to PDF and saved through the native dialog', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const printReportToPdf = vi.fn(async () => pdf);
    const saveFile = vi.fn(async () => ({ saved: true as const, name: 'audit.pdf' }));
    g.walletAuditor = { printReportToPdf, saveFile };
    expect(canPrintPdf()).toBe(true);
    expect(await savePdfReport('<!doctype html><p>report</p>', 'r.pdf')).toBe('audit.pdf');
    expect(printReportToPdf).toHaveBeenCalledWith({ html: '<!doctype html><p>report</p>', pageSize: 'A4' });
    expect(saveFile).toHaveBeenCalledWith({ suggestedName: 'r.pdf', data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });
});
