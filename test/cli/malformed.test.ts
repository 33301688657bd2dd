// However broken the input, the command answers with one `wallet-audit: <file>: <reason>` line per
// unusable file and exit code 2: never a stack trace, never a partial report on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PEERS, runCli } from './run-cli';
import { existsSync } from 'node:fs';

let dir = '';
const inputs: Record<string, Uint8Array | string> = {
  'empty.csv': '',
  'binary.csv': Uint8Array.from({ length: 3000 }, (_, i) => (i * 73) % 256),
  'page.csv': '<!doctype html><html><body>Login</body></html>',
  'scan.csv': '%PDF-1.4\n1 0 obj\n',
  'zip-bomb-ish.zip': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0xff)]),
  'legacy.xls': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
  'half-utf16.csv': Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]),
  'quotes.csv': '"""""\n"\n,,,"\n',
  'control\u001b[31m.csv': 'a,b\n1,2\n',
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wa-malformed-'));
  for (const [name, content] of Object.entries(inputs)) writeFileSync(path.join(dir, name), content);
  mkdirSync(path.join(dir, 'a-folder.csv'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('malformed input', () => {
  it('names every unusable file on its own line, exits 2 and prints no report', () => {
    const files = [...Object.keys(inputs), 'a-folder.csv', 'missing.csv'].map((n) => path.join(dir, n));
    const r = runCli(['--json', ...files]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError/);
    const lines = r.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('wallet-audit: hint:'));
    expect(lines).toHaveLength(files.length);
    for (const l of lines) expect(l).toMatch(/^wallet-audit: \S.*: \S/);
    // A file name with a terminal escape is shown escaped, not obeyed.
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('control\\u{1b}[31m.csv');
  });

  it.skipIf(!existsSync(PEERS))('every peer sample, each alone, ends in a report or one clean line', () => {
    const bad = ['bank-ccb/ccb-debit-deg.xls', 'crypto-huobi/huobi-deg.csv', 'venmo/venmo-beancount-import-balances.csv', 'bank-cmb/cmb-credit-deg.csv'];
    const r = runCli(bad.map((f) => path.join(PEERS, f)));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').filter((l) => !l.includes('hint:'))).toHaveLength(bad.length);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--format restricts the importers, and says which layout was missing', () => {
    const r = runCli(['--format', 'paypal', 'test/fixtures/cli/revolut-jan.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/revolut-jan\.csv: no header row of the paypal layout/);
  });
});
