// Prints a report to PDF in a hidden window that has the app's hardened preferences, no preload and no
// JavaScript. The document is served from memory at app://report/<token>, never from file:// or data:.
import type { BrowserWindow } from 'electron';
import type { ReportPdfRequest } from '../../shared/ipc-contract';
import type { ReportPageStore } from './report-pages';
import { createPrintWindow } from './window';

/** Each print holds a hidden window and a copy of the report; a busy renderer cannot pile them up. */
export const MAX_CONCURRENT_PRINTS = 2;
const PRINT_TIMEOUT_MS = 120_000;

let inFlight = 0;

export async function printReportToPdf(
  store: ReportPageStore,
  req: ReportPdfRequest,
  makeWindow: () => BrowserWindow = createPrintWindow,
): Promise<Uint8Array> {
  if (inFlight >= MAX_CONCURRENT_PRINTS) {
    throw new Error('Another report is still being printed; try again when it has finished');
  }
  inFlight++;
  const { token, url } = store.add(req.html);
  let win: BrowserWindow | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    win = makeWindow();
    const printing = (async (w: BrowserWindow) => {
      await w.loadURL(url);
      const pdf = await w.webContents.printToPDF({
        printBackground: true,
        pageSize: req.pageSize ?? 'A4',
        landscape: req.landscape ?? false,
      });
      // An exact copy: a pooled Buffer's backing memory must not cross IPC.
      return new Uint8Array(pdf);
    })(win);
    printing.catch(() => undefined); // the timeout may win; its later failure is not news
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Printing the report timed out')), PRINT_TIMEOUT_MS);
    });
    return await Promise.race([printing, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    store.delete(token);
    if (win && !win.isDestroyed()) win.destroy();
    inFlight--;
  }
}
