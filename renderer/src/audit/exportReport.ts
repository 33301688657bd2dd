// Saving an audit report: HTML everywhere; PDF only in the desktop app, which prints the same HTML with
// scripts and network off (window.walletAuditor.printReportToPdf).
import type { WalletAuditorApi } from '../../../shared/ipc-contract';
import { saveFile } from '../settings/saveFile';

function bridge(): WalletAuditorApi | undefined {
  return (globalThis as { walletAuditor?: WalletAuditorApi }).walletAuditor;
}

export const canPrintPdf = (): boolean => typeof bridge()?.printReportToPdf === 'function';

export function saveHtmlReport(htmlText: string, name: string): Promise<string | undefined> {
  return saveFile(new Blob([htmlText], { type: 'text/html;charset=utf-8' }), name, [{ name: 'HTML', extensions: ['html'] }]);
}

export async function savePdfReport(htmlText: string, name: string): Promise<string | undefined> {
  const native = bridge();
  if (!native?.printReportToPdf) throw new Error('PDF export needs the desktop app.');
  const pdf = await native.printReportToPdf({ html: htmlText, pageSize: 'A4' });
  return saveFile(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name, [{ name: 'PDF', extensions: ['pdf'] }]);
}
