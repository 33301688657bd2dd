import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { WalletAuditorApi } from '../../../shared/ipc-contract';
import { contextBridge, ipcRenderer } from '../electron-mock';

vi.mock('electron', () => import('../electron-mock'));

let name: unknown;
let api: WalletAuditorApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, WalletAuditorApi];
});

describe('preload', () => {
  it('exposes one object named walletAuditor made only of functions', () => {
    expect(name).toBe('walletAuditor');
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'openFiles', 'printReportToPdf', 'saveFile']);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
  });

  it('never hands out ipcRenderer or a generic send/on/invoke', () => {
    for (const value of Object.values(api)) expect(value).not.toBe(ipcRenderer.invoke);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'once', 'sendSync']) expect(api).not.toHaveProperty(key);
  });

  it.each([
    ['saveFile', 'dialog:save', [{ suggestedName: 'a.zip', data: new Uint8Array(1) }]],
    ['openFiles', 'dialog:open', [{ multiple: true }]],
    ['appInfo', 'app:info', []],
    ['printReportToPdf', 'report:pdf', [{ html: '<p>x</p>' }]],
  ] as const)('%s invokes %s with exactly its argument', async (method, channel, args) => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce('result');
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    // Extra arguments from the page must not reach the main process.
    await expect(fn(...args, 'extra', { path: '/etc/passwd' })).resolves.toBe('result');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, ...args);
  });

  it('sends an empty request when openFiles is called without one', async () => {
    ipcRenderer.invoke.mockClear();
    await api.openFiles();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('dialog:open', {});
  });
});
