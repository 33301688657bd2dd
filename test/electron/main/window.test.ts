import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app } from '../electron-mock';
import {
  appPaths,
  buildWebPreferences,
  createMainWindow,
  createPrintWindow,
  getMainWindow,
} from '../../../electron/main/window';

vi.mock('electron', () => import('../electron-mock'));

const APP_DIR = '/opt/wallet-auditor/resources/app.asar';

describe('buildWebPreferences', () => {
  const prefs = buildWebPreferences({ preload: path.join(APP_DIR, 'out/preload/index.cjs'), isPackaged: true });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['plugins', false],
    ['navigateOnDragDrop', false],
    ['disableBlinkFeatures', 'Auxclick'],
    ['spellcheck', false],
    ['safeDialogs', true],
    ['javascript', true],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('enables no Blink features', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('has devtools only when unpackaged', () => {
    expect(buildWebPreferences({ isPackaged: true }).devTools).toBe(false);
    expect(buildWebPreferences({ isPackaged: false }).devTools).toBe(true);
  });

  it('turns JavaScript off and leaves out the preload for a render-only window', () => {
    const p = buildWebPreferences({ javascript: false, isPackaged: true });
    expect(p.javascript).toBe(false);
    expect(p).not.toHaveProperty('preload');
    expect(p.sandbox).toBe(true);
    expect(p.contextIsolation).toBe(true);
  });
});

describe('appPaths', () => {
  it('puts the preload and the renderer inside the app directory, as absolute paths', () => {
    const { preload, rendererRoot } = appPaths(APP_DIR);
    for (const p of [preload, rendererRoot]) {
      expect(path.isAbsolute(p)).toBe(true);
      expect(path.relative(APP_DIR, p).startsWith('..')).toBe(false);
    }
    expect(preload).toBe(path.join(APP_DIR, 'out', 'preload', 'index.cjs'));
    expect(rendererRoot).toBe(path.join(APP_DIR, 'out', 'renderer'));
  });
});

describe('windows', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
    app.isPackaged = true;
  });

  it('creates the app window hidden until ready, hardened, loading app://bundle/index.html', async () => {
    const win = (await createMainWindow()) as unknown as FakeBrowserWindow;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual(buildWebPreferences({ preload: appPaths(APP_DIR).preload, isPackaged: true }));
    expect(win.options.show).toBe(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(getMainWindow()).toBe(win);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
    win.destroyed = true;
    expect(getMainWindow()).toBeUndefined();
  });

  it('forgets the app window once it is closed', async () => {
    const win = (await createMainWindow()) as unknown as FakeBrowserWindow;
    win.emit('closed');
    expect(getMainWindow()).toBeUndefined();
  });

  it('creates the print window hidden, without preload or JavaScript', () => {
    const win = createPrintWindow() as unknown as FakeBrowserWindow;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toEqual(buildWebPreferences({ javascript: false, isPackaged: true }));
  });
});
