// The hardened windows: the app window and the hidden window that prints reports. Both get their
// webPreferences from one factory so neither can drift from the policy.
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './security';

export interface WebPreferencesOptions {
  /** Absolute path of the preload script; omitted for windows that need no API (the print window). */
  preload?: string;
  /** JavaScript off for documents that are only rendered, such as a report being printed. */
  javascript?: boolean;
  isPackaged: boolean;
}

/** Every setting is explicit, even where it equals Electron's default, so a default change cannot loosen it. */
export function buildWebPreferences(opts: WebPreferencesOptions): WebPreferences {
  return {
    ...(opts.preload === undefined ? {} : { preload: opts.preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    javascript: opts.javascript ?? true,
    devTools: !opts.isPackaged,
    // Middle-click would ask for a new window; the open handler refuses it, this stops it being asked.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Where the build puts the preload and the renderer, relative to the app directory (package.json's). */
export function appPaths(appPath: string = app.getAppPath()): { preload: string; rendererRoot: string } {
  return {
    preload: path.join(appPath, 'out', 'preload', 'index.cjs'),
    rendererRoot: path.join(appPath, 'out', 'renderer'),
  };
}

let mainWindow: BrowserWindow | undefined;

/** The one app window, or undefined before it exists and after it closes. IPC trusts only this window. */
export function getMainWindow(): BrowserWindow | undefined {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

// Electronegativity reads only literal webPreferences, so it cannot see the factory's; window.test.ts pins
// what every window gets, and the lines below carry its suppressions for that reason.
export async function createMainWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Wallet Auditor',
    webPreferences: buildWebPreferences({ preload: appPaths().preload, isPackaged: app.isPackaged }),
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  await win.loadURL(APP_ENTRY_URL);
  return win;
}

/** A hidden, sandboxed window without preload or JavaScript, used only to lay out a report for printing. */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    show: false,
    width: 900,
    height: 1200,
    skipTaskbar: true,
    focusable: false,
    webPreferences: buildWebPreferences({ javascript: false, isPackaged: app.isPackaged }),
  });
}
