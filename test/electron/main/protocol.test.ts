import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, toRelativeFile } from '../../../electron/main/protocol';
import { ReportPageStore } from '../../../electron/main/report-pages';
import { CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

vi.mock('electron', () => import('../electron-mock'));

// A built renderer and, next to it, files it must never serve.
let base: string;
let root: string;
const reportPages = new ReportPageStore();
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'wa-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Wallet Auditor</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  writeFileSync(path.join(root, '.env'), 'TOKEN=1');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  symlinkSync(base, path.join(root, 'up'));
  handle = createAppProtocolHandler({ rendererRoot: root, reportPages });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => handle({ url, method: 'GET' });

describe('app://bundle', () => {
  it('serves index.html for the root and by name, with the CSP header', async () => {
    for (const url of ['app://bundle/', 'app://bundle/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>Wallet Auditor</title>');
    }
  });

  it('serves assets with their MIME type and the CSP header', async () => {
    const js = await get('app://bundle/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://bundle/assets/index-abc.css?v=2')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/..%5c..%5cwindows\\win.ini',
    'app://bundle/..%2f..%2fsecret.txt',
    'app://bundle//etc/passwd',
    'app://bundle/index.html%00.png',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/%ZZ',
    'app://bundle/.env',
    'app://bundle/assets/link.txt',
    'app://bundle/up/secret.txt',
    'app://bundle/assets',
    'app://bundle/assets/',
    'app://bundle/missing.js',
    'app://evil/index.html',
    'app://bundle@evil/index.html',
    'app://evil@bundle/index.html',
    'app://bundle:8080/index.html',
    'app://report/index.html',
  ])('refuses %s with a 4xx and no file content', async (url) => {
    const res = await get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = await res.text();
    expect(body).not.toContain('secret');
    expect(body).not.toContain('root:');
    expect(body).not.toContain('TOKEN');
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const res = await handle({ url: 'app://bundle/index.html', method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('accepts a real fetch Request', async () => {
    const res = await handle(new Request('app://bundle/index.html'));
    expect(res.status).toBe(200);
  });
});

describe('app://report', () => {
  it('serves a stored report with the script-free policy until it is deleted', async () => {
    const { token, url } = reportPages.add('<h1>Report</h1>');
    expect(url).toBe(`app://report/${token}`);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(REPORT_CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('<h1>Report</h1>');
    reportPages.delete(token);
    expect((await get(url)).status).toBe(404);
  });

  it.each(['app://report/', 'app://report/not-a-token', 'app://report/../index.html'])('refuses %s', async (url) => {
    reportPages.add('<p>other</p>');
    expect((await get(url)).status).toBe(404);
  });
});

describe('toRelativeFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/assets/a.js', 'assets/a.js'],
    ['/%E6%8A%A5%E5%91%8A.html', '报告.html'],
    ['/a%2fb', undefined],
    ['/a%5cb', undefined],
    ['/a\\b', undefined],
    ['/x%00y', undefined],
    ['/a//b', undefined],
    ['/a/./b', undefined],
    ['/a/../b', undefined],
    ['/C:/x', undefined],
    ['/%E0%A4%A', undefined],
    ['relative', undefined],
  ])('%s → %s', (pathname, expected) => {
    expect(toRelativeFile(pathname)).toBe(expected);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
