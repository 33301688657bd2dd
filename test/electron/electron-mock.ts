// A stand-in for the `electron` module. Vitest must never resolve the real one (it has no binary here), so
// every test file under test/electron does `vi.mock('electron', () => import('./electron-mock'))`, and
// reads the same objects back from this module to assert on them.
import { vi } from 'vitest';

export type Listener = (...args: unknown[]) => unknown;

/** Records `on`/`once` listeners by event name so tests can fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = this.on;
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public url: string,
    public processId = 7,
    public routingId = 1,
  ) {}
}

export class FakeWebContents extends FakeEmitter {
  mainFrame = new FakeFrame('app://bundle/index.html');
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler = vi.fn((h: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = h;
  });
  setWebRTCIPHandlingPolicy = vi.fn();
  printToPDF = vi.fn(async (_opts: unknown) => Buffer.from('%PDF-1.7 fake'));
  getURL = vi.fn(() => this.mainFrame.url);
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((w) => !w.destroyed));
  destroyed = false;
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  constructor(public options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export class FakeSession extends FakeEmitter {
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setDevicePermissionHandler = vi.fn();
  setSpellCheckerEnabled = vi.fn();
  webRequest = { onBeforeRequest: vi.fn() };
  protocol = { handle: vi.fn() };
}

export const app = Object.assign(new FakeEmitter(), {
  enableSandbox: vi.fn(),
  commandLine: { appendSwitch: vi.fn() },
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: vi.fn(() => true),
  isPackaged: false,
  getAppPath: vi.fn(() => '/opt/wallet-auditor/resources/app.asar'),
  getPath: vi.fn((_name: string) => '/home/user/Documents'),
  getName: vi.fn(() => 'Wallet Auditor'),
  getVersion: vi.fn(() => '0.1.0'),
});

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = { defaultSession: new FakeSession() };
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = { handle: vi.fn() };
export const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined) };

export default { app, protocol, session, BrowserWindow, ipcMain, dialog, shell, contextBridge, ipcRenderer };
