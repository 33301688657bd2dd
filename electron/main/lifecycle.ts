// Start-up order matters: the sandbox switch, the DNS switch and the app:// scheme must all be in place
// before `ready`; the session policy before the first window loads anything.
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { createAppProtocolHandler } from './protocol';
import { ReportPageStore } from './report-pages';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, installContentsPolicy, installSessionPolicy } from './security';
import { appPaths, createMainWindow, getMainWindow } from './window';

/** Makes every host name fail to resolve; IP-literal URLs are left to the request filter. */
export const HOST_RESOLVER_RULES = 'MAP * ~NOTFOUND';

export function startApp(): void {
  // Every renderer sandboxed, including any window created later.
  app.enableSandbox();
  // The one command-line switch: itself an offline layer (no host name resolves).
  app.commandLine.appendSwitch('host-resolver-rules', HOST_RESOLVER_RULES); // eng-disable CUSTOM_ARGUMENTS_JS_CHECK
  // Allowed once, and only before ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  // Two instances would race on the same IndexedDB; the second one hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const reportPages = new ReportPageStore();
  app.on('web-contents-created', (_event, contents) => installContentsPolicy(contents));
  app.on('second-instance', () => {
    const win = getMainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });

  app
    .whenReady()
    .then(async () => {
      installSessionPolicy(session.defaultSession, { isPackaged: app.isPackaged });
      protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererRoot: appPaths().rendererRoot, reportPages }));
      registerIpcHandlers({ getMainWindow, reportPages });
      await createMainWindow();
    })
    .catch((e: unknown) => {
      dialog.showErrorBox('Wallet Auditor could not start', e instanceof Error ? e.message : String(e));
      app.exit(1);
    });
}
