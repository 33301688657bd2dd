import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, app, ipcMain, protocol, session } from '../electron-mock';
import { HOST_RESOLVER_RULES, startApp } from '../../../electron/main/lifecycle';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

// Each mock call gets a global sequence number, so the order across objects can be checked.
const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0] ?? Infinity;

let ready: () => void;
beforeEach(() => {
  vi.clearAllMocks();
  app.listeners.clear();
  FakeBrowserWindow.instances.length = 0;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  app.whenReady.mockImplementation(() => whenReady);
  app.requestSingleInstanceLock.mockReturnValue(true);
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('before ready', () => {
  it('turns on the sandbox, the DNS block and the app:// scheme, then takes the single-instance lock', () => {
    startApp();
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('host-resolver-rules', 'MAP * ~NOTFOUND');
    expect(HOST_RESOLVER_RULES).toBe('MAP * ~NOTFOUND');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(order(app.enableSandbox)).toBeLessThan(order(app.whenReady));
    expect(order(app.commandLine.appendSwitch)).toBeLessThan(order(app.whenReady));
    expect(order(protocol.registerSchemesAsPrivileged)).toBeLessThan(order(app.whenReady));
    // Nothing that needs ready has happened yet.
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    startApp();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listeners.size).toBe(0);
  });

  it('hardens every web contents as it is created', () => {
    startApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect([...contents.listeners.keys()]).toEqual(
      expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });
});

describe('on ready', () => {
  it('installs the session policy and the app:// handler, registers IPC, then opens the window', async () => {
    startApp();
    ready();
    await settle();
    const ses = session.defaultSession;
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledTimes(4);
    const win = FakeBrowserWindow.instances[0];
    expect(win?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(order(ses.webRequest.onBeforeRequest)).toBeLessThan(win?.loadURL.mock.invocationCallOrder[0] ?? 0);
    expect(order(protocol.handle)).toBeLessThan(win?.loadURL.mock.invocationCallOrder[0] ?? 0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    startApp();
    ready();
    await settle();
    const win = FakeBrowserWindow.instances[0];
    win?.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
  });
});
