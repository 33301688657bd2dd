// The shell's security policy: constants and pure decision functions (unit-tested without an Electron
// binary), and the two installers that wire them into the session and into every web contents.
import { shell } from 'electron';
import type { CustomScheme, Event, PermissionRequest, Protocol, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
/** The renderer's host. The origin app://bundle owns the user's IndexedDB: never change it after release. */
export const APP_HOST = 'bundle';
/** Host for report documents printed to PDF; a separate origin, so they can never read the app's data. */
export const REPORT_HOST = 'report';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: IndexedDB and relative URLs only work on standard schemes. secure: a secure context for
 * crypto.subtle and navigator.storage. supportFetchAPI: the renderer fetches its own assets (workers).
 * Nothing else: no bypassCSP, corsEnabled, allowServiceWorkers, stream or codeCache.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * Sent as a header on every app://bundle response. Nothing remote, no inline script, no eval. blob: for
 * workers and frames matches the renderer's own <meta> policy (zip.js can start workers from blob: URLs;
 * a report preview may be a blob: frame): both policies apply to the page, so the header must not forbid
 * what it needs. Workers get only this header, and zip.js compiles its zlib/AES WebAssembly there:
 * 'wasm-unsafe-eval' permits compiling WebAssembly and nothing else (JavaScript eval stays blocked).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * For a report printed to PDF: no script at all (the window also has JavaScript off), inline styles and
 * embedded images only, since the report is one self-contained document.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "font-src data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Schemes that would reach the network; the session answers them with an error. */
export const WEB_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp'] as const;

/** https: URLs the app may hand to the system browser. Empty: the app links nowhere yet. */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [];

export interface PolicyOptions {
  /** Packaged builds never allow devtools:// */
  isPackaged: boolean;
}

function parse(url: string): URL | undefined {
  // A raw newline or tab would be silently dropped by the URL parser; such a URL is never ours.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function isOnAppHost(u: URL, host: string): boolean {
  return u.protocol === `${APP_SCHEME}:` && u.host === host && u.username === '' && u.password === '';
}

/** True for the app's own pages: app://bundle/... (and devtools:// while unpackaged). */
export function isAllowedUrl(url: string, opts: PolicyOptions): boolean {
  const u = parse(url);
  if (!u) return false;
  if (isOnAppHost(u, APP_HOST)) return true;
  return !opts.isPackaged && u.protocol === 'devtools:';
}

/**
 * What the session lets through. Besides the app's pages: the print window's app://report documents, and
 * the page's own blob: and data: resources, which are created locally and never touch the network.
 */
export function isAllowedRequestUrl(url: string, opts: PolicyOptions): boolean {
  if (isAllowedUrl(url, opts)) return true;
  const u = parse(url);
  if (!u) return false;
  if (isOnAppHost(u, REPORT_HOST)) return true;
  if (u.protocol === 'data:') return true;
  return u.protocol === 'blob:' && u.pathname.startsWith(`${APP_ORIGIN}/`);
}

export interface NavigationRequest {
  url: string;
  isMainFrame: boolean;
  isSameDocument: boolean;
}

/**
 * The main frame may only move within its current app://bundle document (hash and history changes).
 * Sub-frames may hold only local content: the app's own pages, its blob: URLs, about:blank and srcdoc.
 */
export function isAllowedNavigation(nav: NavigationRequest): boolean {
  const u = parse(nav.url);
  if (!u) return false;
  if (nav.isMainFrame) return nav.isSameDocument && isOnAppHost(u, APP_HOST);
  if (isOnAppHost(u, APP_HOST)) return true;
  if (nav.url === 'about:blank' || nav.url === 'about:srcdoc') return true;
  return u.protocol === 'blob:' && u.pathname.startsWith(`${APP_ORIGIN}/`);
}

/** Exact match against the allowlist after parsing, so look-alike hosts, userinfo and ports never pass. */
export function isAllowedExternalUrl(url: string, allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  return allowlist.some((allowed) => {
    const a = parse(allowed);
    return a !== undefined && a.protocol === 'https:' && a.href === u.href;
  });
}

/** Every permission request is refused: the app needs no camera, microphone, location, devices or clipboard. */
export function decidePermission(_permission: string, _details?: PermissionRequest): false {
  return false;
}

/**
 * Session-wide layers of the offline guarantee and the permission policy. Registered once per session:
 * webRequest keeps only its last listener, so a second registration would silently replace this one.
 */
export function installSessionPolicy(ses: Session, opts: PolicyOptions): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermission(permission, details)),
  );
  // Electron grants everything by default; the check handler answers the synchronous queries as well.
  ses.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  ses.setDevicePermissionHandler(() => false);
  // Spellcheck would download Hunspell dictionaries from a Google CDN.
  ses.setSpellCheckerEnabled(false);
  // No filter: every request, of every scheme, passes through this one listener.
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url, opts) }),
  );
  // The app writes files only through the save dialog in the main process.
  ses.on('will-download', (event) => event.preventDefault());
  installWebSchemeBlockers(ses.protocol);
}

/**
 * Answers the web schemes with a network error, a second layer under the request filter. Chromium may
 * refuse a handler for ws/wss (WebSockets do not use the URL loader); the request filter, which does see
 * WebSockets, still cancels those, so a refused scheme is reported rather than fatal.
 */
export function installWebSchemeBlockers(
  protocol: Pick<Protocol, 'handle'>,
  warn: (message: string) => void = console.warn,
): string[] {
  const handled: string[] = [];
  for (const scheme of WEB_SCHEMES) {
    try {
      protocol.handle(scheme, () => Response.error());
      handled.push(scheme);
    } catch (e) {
      warn(`offline policy: ${scheme}: could not install an error handler (${(e as Error).message})`);
    }
  }
  return handled;
}

type NavigationEvent = Event<NavigationRequest>;

/** Installed on every web contents the app creates (main window, print window, anything later). */
export function installContentsPolicy(contents: WebContents): void {
  const guard = (details: NavigationEvent): void => {
    if (!isAllowedNavigation(details)) details.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new app window; an allowlisted https page opens in the system browser instead.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK — allowlisted https only
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without a listener Electron would pick the first Bluetooth device it finds.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  // WebRTC is unused; this stops it revealing local addresses over UDP.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}
