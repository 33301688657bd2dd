// One ipcMain.handle per channel of shared/ipc-contract.ts. Every call first proves it comes from the app
// window's own top frame on app://bundle, then validates its arguments, and only then does any work.
import { app, ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { AppInfo, IpcArgs, IpcChannel, IpcResult } from '../../shared/ipc-contract';
import { openFiles, saveFile } from './file-dialogs';
import { IPC_SCHEMAS } from './ipc-schemas';
import type { ReportPageStore } from './report-pages';
import { printReportToPdf } from './report-pdf';
import { isAllowedUrl } from './security';

export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

export interface IpcDeps {
  getMainWindow(): BrowserWindow | undefined;
  reportPages: ReportPageStore;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** Throws unless the message comes from the main window's top frame showing an app://bundle page. */
export function assertTrustedSender(event: SenderEvent, win: BrowserWindow | undefined): asserts win is BrowserWindow {
  let frame: IpcMainInvokeEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    frame = null;
  }
  if (!frame) throw new UntrustedSenderError('IPC refused: the sending frame no longer exists');
  if (!win || win.isDestroyed() || event.sender !== win.webContents) {
    throw new UntrustedSenderError('IPC refused: not sent by the app window');
  }
  const top = win.webContents.mainFrame;
  if (frame.parent !== null || frame.processId !== top.processId || frame.routingId !== top.routingId) {
    throw new UntrustedSenderError('IPC refused: not sent by the top frame');
  }
  if (!isAllowedUrl(frame.url, { isPackaged: true })) {
    throw new UntrustedSenderError('IPC refused: the sender is not an app page');
  }
}

export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    arch: process.arch,
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    packaged: app.isPackaged,
  };
}

type Handler<C extends IpcChannel> = (
  args: IpcArgs<C>,
  win: BrowserWindow,
  deps: IpcDeps,
) => Promise<IpcResult<C>> | IpcResult<C>;

export const IPC_HANDLERS: { [C in IpcChannel]: Handler<C> } = {
  'dialog:save': ([req], win) => saveFile(win, req),
  'dialog:open': ([req], win) => openFiles(win, req),
  'app:info': () => appInfo(),
  'report:pdf': ([req], _win, deps) => printReportToPdf(deps.reportPages, req),
};

export async function dispatch<C extends IpcChannel>(
  channel: C,
  event: SenderEvent,
  values: unknown[],
  deps: IpcDeps,
): Promise<IpcResult<C>> {
  const win = deps.getMainWindow();
  assertTrustedSender(event, win);
  const parsed = IPC_SCHEMAS[channel](values) as IpcArgs<C>;
  return (IPC_HANDLERS[channel] as Handler<C>)(parsed, win, deps);
}

/** Registers every channel once; returns the channel names for the startup check. */
export function registerIpcHandlers(deps: IpcDeps): IpcChannel[] {
  const channels = Object.keys(IPC_HANDLERS) as IpcChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...values: unknown[]) => dispatch(channel, event, values, deps));
  }
  return channels;
}
