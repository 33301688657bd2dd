import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { FakeSession, FakeWebContents, shell } from '../electron-mock';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  REPORT_CONTENT_SECURITY_POLICY,
  decidePermission,
  installContentsPolicy,
  installSessionPolicy,
  installWebSchemeBlockers,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isAllowedUrl,
} from '../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

const PROD = { isPackaged: true };
const DEV = { isPackaged: false };

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

describe('scheme privileges', () => {
  it('registers app:// as standard, secure and fetchable, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('content security policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself, with no eval and no inline script', () => {
    // 'wasm-unsafe-eval' lets workers compile WebAssembly; it does not enable JavaScript eval.
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const tokens = [...d.values()].flat();
    expect(tokens).not.toContain("'unsafe-eval'");
    expect(tokens).not.toContain("'unsafe-inline'");
    expect(tokens).not.toContain("'unsafe-hashes'");
    expect(tokens.filter((t) => t.startsWith("'nonce-") || t.startsWith("'sha"))).toEqual([]);
  });

  it.each([
    ['default-src', ["'none'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, values) => {
    expect(d.get(name)).toEqual(values);
  });

  it('names no remote source in any directive', () => {
    for (const [name, values] of d) {
      for (const v of values) {
        expect(`${name} ${v}`).not.toMatch(/https?:|wss?:|\*|\bfilesystem:/);
      }
    }
  });

  it('prints reports without any script source', () => {
    const r = directives(REPORT_CONTENT_SECURITY_POLICY);
    expect(r.get('script-src')).toEqual(["'none'"]);
    expect(r.get('default-src')).toEqual(["'none'"]);
    expect(r.get('connect-src')).toBeUndefined();
  });
});

describe('isAllowedUrl (the app pages)', () => {
  it.each([
    ['app://bundle/index.html', true, true],
    ['app://bundle/assets/index-abc.js', true, true],
    ['devtools://devtools/bundled/inspector.html', false, true],
    ['http://localhost:5173/', false, false],
    ['https://1.1.1.1/', false, false],
    ['ws://127.0.0.1:9229/', false, false],
    ['wss://example.com/socket', false, false],
    ['ftp://example.com/file', false, false],
    ['file:///etc/passwd', false, false],
    ['app://evil/index.html', false, false],
    ['app://report/00000000-0000-4000-8000-000000000000', false, false],
    ['app://bundle@evil/index.html', false, false],
    ['app://bundle:8080/index.html', false, false],
    ['data:text/html,<script>alert(1)</script>', false, false],
    ['blob:app://bundle/5f0c', false, false],
    ['chrome://gpu', false, false],
    ['javascript:alert(1)', false, false],
    ['not a url', false, false],
    ['app://bundle/index.html\nhttps://evil.example/', false, false],
  ])('%s → packaged %s, unpackaged %s', (url, prod, dev) => {
    expect(isAllowedUrl(url, PROD)).toBe(prod);
    expect(isAllowedUrl(url, DEV)).toBe(dev);
  });
});

describe('isAllowedRequestUrl (the session request filter)', () => {
  it.each([
    ['app://bundle/assets/worker.js', true],
    ['app://report/00000000-0000-4000-8000-000000000000', true],
    ['blob:app://bundle/5f0c9b2e-0000-4000-8000-000000000000', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['blob:https://evil.example/5f0c', false],
    ['blob:null/5f0c', false],
    ['http://1.1.1.1/x.png', false],
    ['https://example.com/', false],
    ['wss://example.com/', false],
    ['ws://localhost/', false],
    ['ftp://example.com/', false],
    ['file:///etc/passwd', false],
    ['app://evil/', false],
    ['app://bundle/..%2f..%2fetc/passwd', true], // reaches the handler, which refuses it (protocol tests)
    ['chrome://gpu', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('%s → %s when packaged', (url, allowed) => {
    expect(isAllowedRequestUrl(url, PROD)).toBe(allowed);
  });
});

describe('isAllowedNavigation', () => {
  const main = (url: string, isSameDocument = false) => ({ url, isMainFrame: true, isSameDocument });
  const sub = (url: string) => ({ url, isMainFrame: false, isSameDocument: false });

  it.each([
    ['in-page move inside the app', main('app://bundle/index.html#/review', true), true],
    ['a new app document in the main frame', main('app://bundle/other.html'), false],
    ['the same URL as a new document', main('app://bundle/index.html'), false],
    ['a remote page', main('https://example.com/'), false],
    ['a same-document move on another origin', main('https://example.com/#x', true), false],
    ['a look-alike host', main('https://allowed.example.com.attacker.com/'), false],
    ['javascript:', main('javascript:alert(1)'), false],
    ['file://', main('file:///C:/Windows/System32/calc.exe'), false],
    ['data: with a script', main('data:text/html,<script>alert(1)</script>'), false],
    ['an app blob in the main frame', main('blob:app://bundle/5f0c'), false],
    ['smb://', main('smb://host/share'), false],
    ['ms-msdt:', main('ms-msdt:/id PCWDiagnostic'), false],
    ['a URL with an embedded newline', main('app://bundle/index.html\n#x', true), false],
    ['an app page in a sub-frame', sub('app://bundle/preview.html'), true],
    ['an app blob in a sub-frame', sub('blob:app://bundle/5f0c'), true],
    ['srcdoc in a sub-frame', sub('about:srcdoc'), true],
    ['a remote page in a sub-frame', sub('https://example.com/'), false],
    ['a foreign blob in a sub-frame', sub('blob:https://example.com/5f0c'), false],
    ['data: in a sub-frame', sub('data:text/html,<script>alert(1)</script>'), false],
  ])('%s → %s', (_label, nav, allowed) => {
    expect(isAllowedNavigation(nav)).toBe(allowed);
  });
});

describe('isAllowedExternalUrl', () => {
  const allow = ['https://allowed.example.com/help'];

  it('opens only the exact allowlisted https URL', () => {
    expect(isAllowedExternalUrl('https://allowed.example.com/help', allow)).toBe(true);
    // The URL parser lower-cases scheme and host, so only case differs: still the same page.
    expect(isAllowedExternalUrl('HTTPS://ALLOWED.EXAMPLE.COM/help', allow)).toBe(true);
  });

  it.each([
    'https://allowed.example.com.attacker.com/help',
    'https://allowed.example.com@evil.com/help',
    'https://user:pass@allowed.example.com/help',
    'https://allowed.example.com:8443/help',
    'https://allowed.example.com/help/../admin',
    'https://allowed.example.com/HELP',
    'http://allowed.example.com/help',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://host/share',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'search-ms:query=calc',
    'vscode://file/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://allowed.example.com/help\nhttps://evil.com/',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url, allow)).toBe(false);
  });

  it('refuses everything with the shipped (empty) allowlist', () => {
    expect(isAllowedExternalUrl('https://allowed.example.com/help')).toBe(false);
  });
});

// Electron's list in docs/api/session.md plus the newer names in Electron 45's typings.
const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection',
  'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal',
  'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'fileSystem', 'unknown',
  'hid', 'serial', 'usb', 'local-fonts', 'persistent-storage', 'screen-wake-lock', 'automatic-fullscreen',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('denies %s', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('installSessionPolicy', () => {
  let ses: FakeSession;
  beforeEach(() => {
    ses = new FakeSession();
    installSessionPolicy(ses as unknown as Session, PROD);
  });

  it('answers every permission request and check with false', () => {
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void;
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    const device = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: 'app://bundle/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://bundle', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });

  it('turns spellcheck off', () => {
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('filters every request through one listener registered without a filter', () => {
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const call = ses.webRequest.onBeforeRequest.mock.calls[0] ?? [];
    expect(call).toHaveLength(1);
    const listener = call[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const decide = (url: string) => {
      const cb = vi.fn();
      listener({ url }, cb);
      return cb.mock.calls[0]?.[0];
    };
    expect(decide('app://bundle/index.html')).toEqual({ cancel: false });
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('wss://example.com/')).toEqual({ cancel: true });
    expect(decide('http://1.1.1.1/x.png')).toEqual({ cancel: true });
  });

  it('prevents every download', () => {
    const event = { preventDefault: vi.fn() };
    ses.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('answers http, https, ws, wss and ftp with a network error', async () => {
    const schemes = ses.protocol.handle.mock.calls.map((c) => c[0]);
    expect(schemes).toEqual(['http', 'https', 'ws', 'wss', 'ftp']);
    for (const [, handler] of ses.protocol.handle.mock.calls) {
      const res = await (handler as () => Response | Promise<Response>)();
      expect(res.type).toBe('error');
    }
  });
});

describe('installWebSchemeBlockers', () => {
  it('keeps going and reports a scheme Chromium refuses', () => {
    const warn = vi.fn();
    const handle = vi.fn((scheme: string) => {
      if (scheme === 'ws') throw new Error('Failed to handle protocol: ws');
    });
    expect(installWebSchemeBlockers({ handle }, warn)).toEqual(['http', 'https', 'wss', 'ftp']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ws: could not install'));
  });
});

describe('installContentsPolicy', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    shell.openExternal.mockClear();
    contents = new FakeWebContents();
    installContentsPolicy(contents as unknown as WebContents);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s prevents leaving the app', (event) => {
    const away = { url: 'https://example.com/', isMainFrame: true, isSameDocument: false, preventDefault: vi.fn() };
    contents.emit(event, away);
    expect(away.preventDefault).toHaveBeenCalled();
    const inPage = { url: 'app://bundle/index.html#/x', isMainFrame: true, isSameDocument: true, preventDefault: vi.fn() };
    contents.emit(event, inPage);
    expect(inPage.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open and target=_blank, opening nothing', () => {
    for (const url of ['https://example.com/', 'app://bundle/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses <webview> and Bluetooth device selection', () => {
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    const select = { preventDefault: vi.fn() };
    const choose = vi.fn();
    contents.emit('select-bluetooth-device', select, [{ deviceId: 'aa:bb' }], choose);
    expect(select.preventDefault).toHaveBeenCalled();
    expect(choose).toHaveBeenCalledWith('');
  });

  it('keeps WebRTC from using non-proxied UDP', () => {
    expect(contents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });
});
