import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { IpcChannel } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, FakeFrame, app, dialog, ipcMain } from '../electron-mock';
import {
  IPC_HANDLERS,
  UntrustedSenderError,
  appInfo,
  assertTrustedSender,
  registerIpcHandlers,
} from '../../../electron/main/ipc';
import { ReportPageStore } from '../../../electron/main/report-pages';

vi.mock('electron', () => import('../electron-mock'));

const CHANNELS: IpcChannel[] = ['dialog:save', 'dialog:open', 'app:info', 'report:pdf'];
const dir = mkdtempSync(path.join(tmpdir(), 'wa-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let win: FakeBrowserWindow;
let handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;

function eventFrom(frame: FakeFrame | null, sender: unknown = win.webContents) {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}
const trusted = () => eventFrom(win.webContents.mainFrame);

beforeEach(() => {
  vi.clearAllMocks();
  win = new FakeBrowserWindow();
  registerIpcHandlers({
    getMainWindow: () => win as unknown as BrowserWindow,
    reportPages: new ReportPageStore(),
  });
  handlers = new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn as never]));
});

describe('registration', () => {
  it('handles exactly the channels of the contract, once each', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(IPC_HANDLERS).sort()).toEqual([...CHANNELS].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });
});

describe('assertTrustedSender', () => {
  const child = () => {
    const f = new FakeFrame('app://bundle/index.html', 7, 2);
    f.parent = win.webContents.mainFrame;
    return f;
  };

  it('accepts the app window top frame on app://bundle', () => {
    expect(() => assertTrustedSender(trusted(), win as unknown as BrowserWindow)).not.toThrow();
  });

  it.each([
    ['a destroyed frame (null)', () => eventFrom(null)],
    ['a sub-frame', () => eventFrom(child())],
    ['a frame of another process', () => eventFrom(new FakeFrame('app://bundle/index.html', 8, 1))],
    ['another window', () => eventFrom(win.webContents.mainFrame, new FakeBrowserWindow().webContents)],
    ['a remote origin in the top frame', () => eventFrom(Object.assign(new FakeFrame('https://evil.example/'), {}))],
    ['the report origin', () => eventFrom(new FakeFrame('app://report/00000000-0000-4000-8000-000000000000'))],
    ['a file:// page', () => eventFrom(new FakeFrame('file:///tmp/x.html'))],
    ['a frame whose getter throws', () => ({ sender: win.webContents, get senderFrame(): never { throw new Error('gone'); } }) as unknown as IpcMainInvokeEvent],
  ])('refuses %s', (_label, make) => {
    expect(() => assertTrustedSender(make(), win as unknown as BrowserWindow)).toThrow(UntrustedSenderError);
  });

  it('refuses everything once the window is gone', () => {
    expect(() => assertTrustedSender(trusted(), undefined)).toThrow(UntrustedSenderError);
    win.destroyed = true;
    expect(() => assertTrustedSender(trusted(), win as unknown as BrowserWindow)).toThrow(UntrustedSenderError);
  });
});

describe('every channel checks the sender before its arguments or any work', () => {
  it.each(CHANNELS)('%s refuses an untrusted sender', async (channel) => {
    const evil = eventFrom(new FakeFrame('https://evil.example/'));
    await expect(handlers.get(channel)?.(evil, { html: '<p>', suggestedName: 'a' })).rejects.toThrow(UntrustedSenderError);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances.at(-1)).toBe(win); // no print window either
  });

  it.each(CHANNELS)('%s refuses bad arguments from the trusted sender before any work', async (channel) => {
    await expect(handlers.get(channel)?.(trusted(), JSON.parse('{"__proto__":{"x":1}}'), 'extra')).rejects.toThrow(/invalid argument/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('dialog:save', () => {
  it('writes the bytes where the user chose and returns only the name', async () => {
    const target = path.join(dir, 'evidence.zip');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await handlers.get('dialog:save')?.(trusted(), {
      suggestedName: '../../evidence.zip',
      data: new Uint8Array([80, 75, 5, 6]),
      filters: [{ name: 'Zip', extensions: ['zip'] }],
    });
    expect(result).toEqual({ saved: true, name: 'evidence.zip' });
    expect([...readFileSync(target)]).toEqual([80, 75, 5, 6]);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(win);
    // The suggested name loses its directories: separators become _, leading dots go.
    expect(options.defaultPath).toBe(path.join('/home/user/Documents', '_.._evidence.zip'));
    expect(options.filters).toEqual([{ name: 'Zip', extensions: ['zip'] }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('writes nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const before = readdirSync(dir);
    expect(await handlers.get('dialog:save')?.(trusted(), { suggestedName: 'a.zip', data: new Uint8Array(1) })).toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe('app:info', () => {
  it('reports name, version, platform and runtime versions', async () => {
    app.isPackaged = true;
    const info = await handlers.get('app:info')?.(trusted());
    expect(info).toEqual(appInfo());
    expect(info).toMatchObject({ name: 'Wallet Auditor', version: '0.1.0', platform: process.platform, arch: process.arch, packaged: true });
  });
});

describe('report:pdf', () => {
  it('prints the given html and returns PDF bytes', async () => {
    const pdf = (await handlers.get('report:pdf')?.(trusted(), { html: '<h1>Report</h1>' })) as Uint8Array;
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const printWin = FakeBrowserWindow.instances.at(-1);
    expect(printWin).not.toBe(win);
    expect(printWin?.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/report\/[0-9a-f-]{36}$/);
  });
});
