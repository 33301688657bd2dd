// The app:// handler: app://bundle/<path> serves the built renderer, app://report/<token> serves a report
// waiting to be printed. Files are read straight from disk (no net.fetch, so the main process holds no
// networking API at all) and every response carries the Content-Security-Policy header.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReportPageStore } from './report-pages';
import { APP_HOST, CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY, REPORT_HOST } from './security';

/** The part of a fetch Request the handler reads. */
export interface AppRequest {
  url: string;
  method: string;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer). */
  rendererRoot: string;
  reportPages: ReportPageStore;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function baseHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function refuse(status: number, reason: string, csp = CONTENT_SECURITY_POLICY): Response {
  return new Response(reason, {
    status,
    headers: { ...baseHeaders(csp), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Turns the URL path into a path relative to the renderer root, or undefined when it is not a plain
 * relative path. The URL parser already removed dot segments; this also refuses what decoding could
 * reintroduce: encoded slashes, backslashes, NUL and control characters, empty and dot segments.
 */
export function toRelativeFile(pathname: string): string | undefined {
  if (/%2f|%5c/i.test(pathname)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!decoded.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined;
  if (decoded === '/') return 'index.html';
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.') || s.includes(':'))) return undefined;
  return segments.join('/');
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function serveBundleFile(root: string, pathname: string): Promise<Response> {
  const rel = toRelativeFile(pathname);
  if (rel === undefined) return refuse(400, 'Bad path');
  const full = path.resolve(root, rel);
  if (!isInside(root, full)) return refuse(403, 'Outside the app');
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(full), realpath(root)]);
  } catch {
    return refuse(404, 'Not found');
  }
  // A symlink inside the build must not lead out of it.
  if (!isInside(realRoot, real)) return refuse(403, 'Outside the app');
  try {
    if (!(await stat(real)).isFile()) return refuse(404, 'Not found');
    const body = await readFile(real);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...baseHeaders(CONTENT_SECURITY_POLICY), 'Content-Type': mimeTypeFor(real) },
    });
  } catch {
    return refuse(404, 'Not found');
  }
}

function serveReport(store: ReportPageStore, pathname: string): Response {
  const html = store.get(pathname.slice(1));
  if (html === undefined) return refuse(404, 'Not found', REPORT_CONTENT_SECURITY_POLICY);
  return new Response(html, {
    status: 200,
    headers: { ...baseHeaders(REPORT_CONTENT_SECURITY_POLICY), 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export function createAppProtocolHandler(opts: AppProtocolOptions): (req: AppRequest) => Promise<Response> {
  const root = path.resolve(opts.rendererRoot);
  return async (req) => {
    if (req.method !== 'GET') {
      const res = refuse(405, 'Method not allowed');
      res.headers.set('Allow', 'GET');
      return res;
    }
    let u: URL;
    try {
      u = new URL(req.url);
    } catch {
      return refuse(400, 'Bad URL');
    }
    // Only the path selects a file; a query or fragment is ignored, userinfo is never ours.
    if (u.username !== '' || u.password !== '') return refuse(400, 'Bad URL');
    if (u.host === APP_HOST) return serveBundleFile(root, u.pathname);
    if (u.host === REPORT_HOST) return serveReport(opts.reportPages, u.pathname);
    return refuse(404, 'Unknown host');
  };
}
