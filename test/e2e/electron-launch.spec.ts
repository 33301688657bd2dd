// Launches the real desktop app with Playwright's Electron driver and checks the hardening from the
// outside: the page has no Node, only the four bridge functions, no network, no new windows, and the
// main process really uses the hardened preferences. It needs the Electron binary, which npm does not
// download on every machine (SECURITY.md §0.1); where it is absent the whole file is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MAIN_ENTRY = path.join(REPO, 'out', 'main', 'index.js');

/**
 * The binary's path, found without `require('electron')`: that call tries to download the binary when it
 * is missing, and this machine must make no such request.
 */
function electronBinary(): string | undefined {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkgDir, 'dist');
  const binary = path.join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('desktop app launch', () => {
  test.skip(
    binary === undefined,
    'Electron binary not installed (node_modules/electron/dist is absent: npm does not download it on this ' +
      'machine, SECURITY.md §0.1). This test runs where the binary exists, e.g. a packaging or release runner.',
  );
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    expect(existsSync(MAIN_ENTRY), 'build the app first: npx electron-vite build').toBe(true);
    app = await electron.launch({
      executablePath: binary,
      // Chromium refuses to start as root with its OS sandbox; CI containers often run as root.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), REPO],
      cwd: REPO,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the window shows the app from app://bundle', async () => {
    expect(page.url()).toBe('app://bundle/index.html');
    await expect(page.locator('#root > *').first()).toBeAttached();
  });

  test('the main process built the window with the hardened preferences', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // Undocumented but long-standing (Electron's own specs use it); there is no public getter.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): Electron.WebPreferences | null;
      };
      const p = contents.getLastWebPreferences();
      return p && {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        webSecurity: p.webSecurity,
        spellcheck: p.spellcheck,
        webviewTag: p.webviewTag,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
    });
  });

  test('the page has no Node and sees only the bridge functions', async () => {
    const seen = await page.evaluate(() => {
      const api = (window as unknown as { walletAuditor?: Record<string, unknown> }).walletAuditor ?? {};
      return {
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process,
        module: typeof (globalThis as Record<string, unknown>).module,
        api: Object.keys(api).sort(),
        allFunctions: Object.values(api).every((f) => typeof f === 'function'),
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      api: ['appInfo', 'openFiles', 'printReportToPdf', 'saveFile'],
      allFunctions: true,
    });
  });

  test('appInfo answers with the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const info = await page.evaluate(() =>
      (window as unknown as { walletAuditor: { appInfo(): Promise<Record<string, unknown>> } }).walletAuditor.appInfo(),
    );
    expect(info).toMatchObject({ version: pkg.version, packaged: false, platform: process.platform });
  });

  test('responses carry the CSP header', async () => {
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp?.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
    expect(csp?.split(/[\s;]+/)).not.toContain("'unsafe-inline'");
  });

  test('the page reaches no server, by fetch, image, WebSocket or beacon', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('reached');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const results = await page.evaluate(async (base) => {
        const attempt = async (f: () => Promise<unknown>) => {
          try {
            await f();
            return 'reached';
          } catch {
            return 'blocked';
          }
        };
        return {
          fetch: await attempt(() => fetch(`${base}/fetch`)),
          external: await attempt(() => fetch('https://example.com/')),
          image: await new Promise((resolve) => {
            const img = new Image();
            img.onload = () => resolve('reached');
            img.onerror = () => resolve('blocked');
            img.src = `${base}/img.png`;
          }),
          socket: await new Promise((resolve) => {
            const ws = new WebSocket(`${base.replace('http', 'ws')}/ws`);
            ws.onopen = () => resolve('reached');
            ws.onerror = () => resolve('blocked');
          }),
          beacon: navigator.sendBeacon(`${base}/beacon`, 'x') ? 'queued' : 'refused',
        };
      }, `http://127.0.0.1:${port}`);
      expect(results).toMatchObject({ fetch: 'blocked', external: 'blocked', image: 'blocked', socket: 'blocked' });
      // Give a queued beacon its chance to leave before counting what arrived.
      await page.waitForTimeout(500);
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });

  test('window.open and navigation away are refused', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://bundle/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('a report prints to PDF through the bridge', async () => {
    const head = await page.evaluate(async () => {
      const api = (window as unknown as { walletAuditor: { printReportToPdf(r: { html: string }): Promise<Uint8Array> } })
        .walletAuditor;
      const pdf = await api.printReportToPdf({ html: '<h1>Report 报告</h1><script>document.title="ran"</script>' });
      return String.fromCharCode(...pdf.subarray(0, 5));
    });
    expect(head).toBe('%PDF-');
    expect(app.windows()).toHaveLength(1);
  });
});
