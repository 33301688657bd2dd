// The sandboxed preload: one object of named functions on window.walletAuditor. It never exposes
// ipcRenderer itself, an event object, or a way to pick the channel, so the page can only make these calls.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  IpcArgs,
  IpcChannel,
  IpcResult,
  WalletAuditorApi,
  WalletAuditorGlobal,
} from '../../shared/ipc-contract';

function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;
}

// Each function forwards exactly one argument, so nothing extra the page passes reaches the main process.
const api: WalletAuditorApi = {
  saveFile: (request) => invoke('dialog:save', request),
  openFiles: (request) => invoke('dialog:open', request ?? {}),
  appInfo: () => invoke('app:info'),
  printReportToPdf: (request) => invoke('report:pdf', request),
};

const GLOBAL_NAME: WalletAuditorGlobal = 'walletAuditor';
contextBridge.exposeInMainWorld(GLOBAL_NAME, api);
