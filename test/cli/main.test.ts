// The real command on fixture files: JSON contract, exit codes, dedupe across files, mappings, errors.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, jsonOf, runCli } from './run-cli';
import { takeoverStatement } from './history-fixture';

const cli = (name: string): string => path.join(FIXTURES, 'cli', name);
const mapping = (name: string): string => path.join(FIXTURES, 'mappings', name);

describe('wallet-audit --json', () => {
  it('prints exactly the version-1 contract', () => {
    const r = runCli(['--json', cli('revolut-jan.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = jsonOf(r);
    expect(Object.keys(j).sort()).toEqual(['files', 'findings', 'transactions', 'version']);
    expect(j.version).toBe(1);
    expect(j.files).toEqual([{
      name: cli('revolut-jan.csv'),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      importer: 'revolut',
      encoding: 'utf-8',
      rows: 4,
      imported: 4,
      duplicates: 0,
      issues: [],
    }]);
    expect(j.transactions).toBe(4);
    // Two identical coffees a minute apart are what the rules are for; the shape of findings is checked below.
    expect(Array.isArray(j.findings)).toBe(true);
  });

  it('adds overlapping exports once and counts the overlap as duplicates', () => {
    const j = jsonOf(runCli(['--json', cli('revolut-jan.csv'), cli('revolut-jan-feb.csv')]));
    expect(j.files.map((f) => [f.rows, f.imported, f.duplicates])).toEqual([[4, 4, 0], [5, 2, 3]]);
    expect(j.transactions).toBe(6);
    // The same file twice adds nothing the second time.
    const twice = jsonOf(runCli(['--json', cli('revolut-jan.csv'), cli('revolut-jan.csv')]));
    expect(twice.transactions).toBe(4);
    expect(twice.files[1]).toMatchObject({ imported: 0, duplicates: 4 });
  });

  it('imports a header-less bank CSV with --mapping, reporting the bad row by line', () => {
    const r = runCli(['--json', '--mapping', mapping('td-canada.json'), cli('td-like.csv')]);
    expect(r.code).toBe(0);
    const j = jsonOf(r);
    expect(j.files[0]).toMatchObject({ importer: 'generic', rows: 3, imported: 2, duplicates: 0 });
    expect(j.files[0]!.issues).toEqual([{ line: 3, code: 'bad-date', detail: expect.stringContaining('02/31/2024') }]);
  });
});

describe('wallet-audit findings and --fail-on', () => {
  let file = '';
  beforeAll(() => {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'wa-cli-')), 'takeover.csv');
    writeFileSync(file, takeoverStatement());
  });

  it('reports findings with their transactions in the contract shape', () => {
    const j = jsonOf(runCli(['--json', file]));
    expect(j.findings.length).toBeGreaterThan(0);
    for (const f of j.findings) {
      expect(f).toEqual({
        id: expect.any(String), rule: expect.any(String), severity: expect.stringMatching(/^(high|medium|low)$/),
        score: expect.any(Number), message: expect.any(String), transactions: expect.any(Array),
      });
      for (const t of f.transactions as Record<string, unknown>[]) {
        expect(Object.keys(t).sort()).toEqual(['amount', 'counterparty', 'currency', 'externalId', 'id', 'occurredAt']);
        expect(t.amount).toMatch(/^-?\d+\.\d{2}$/);
      }
    }
    // The night of transfers is among them.
    const flagged = j.findings.flatMap((f) => (f.transactions as { counterparty: string }[]).map((t) => t.counterparty));
    expect(flagged).toContain('A. Stranger');
  });

  it.each(['high', 'medium', 'low'] as const)('exits 1 exactly when a finding is at or above --fail-on %s', (level) => {
    const r = runCli(['--json', '--fail-on', level, file]);
    const rank = { high: 3, medium: 2, low: 1 };
    const reached = jsonOf(r).findings.some((f) => rank[f.severity as 'high'] >= rank[level]);
    expect(r.code).toBe(reached ? 1 : 0);
    if (level === 'low') expect(r.code).toBe(1);
  });

  it('exits 0 with findings when --fail-on is not given', () => {
    expect(runCli(['--json', file]).code).toBe(0);
  });

  it('only imports with --no-rules: the same files and count, no findings', () => {
    const full = jsonOf(runCli(['--json', file]));
    const r = runCli(['--json', '--no-rules', file]);
    expect(r.code).toBe(0);
    const j = jsonOf(r);
    expect(full.findings.length).toBeGreaterThan(0);
    expect(j.findings).toEqual([]);
    expect(j.files).toEqual(full.files);
    expect(j.transactions).toBe(full.transactions);
  });
});

describe('wallet-audit refuses unusable input with exit 2 and one line per file', () => {
  it('rejects an unknown CSV and says how to write a mapping', () => {
    const r = runCli([cli('unknown-bank.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^wallet-audit: ${cli('unknown-bank.csv').replace(/[.\\/]/g, '\\$&')}: no header row .*mapping profile`));
    expect(lines[1]).toMatch(/^wallet-audit: hint: .*--mapping profile\.json.*--help-mapping/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names every unusable file, and a file that does not exist', () => {
    const r = runCli(['--json', cli('unknown-bank.csv'), cli('missing.csv'), cli('revolut-jan.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wallet-audit: ${cli('missing.csv')}: no such file`);
    expect(r.stderr).toContain(`wallet-audit: ${cli('unknown-bank.csv')}: no header row`);
  });

  it('lists the problems of a bad mapping profile', () => {
    const r = runCli(['--mapping', cli('not-a-mapping.json'), cli('td-like.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not-a-mapping\.json: the mapping has problems/);
    expect(r.stderr).toMatch(/dateformat: unknown key/);
    expect(r.stderr).toMatch(/columns\.date: required/);
  });

  it.each([
    [[], /no statement files given/],
    [['--jsn', 'a.csv'], /Unknown option '--jsn'/],
    [['--fail-on', 'severe', 'a.csv'], /--fail-on must be one of high, medium, low/],
    [['--format', 'mybank', 'a.csv'], /--format must be one of/],
    [['--lang', 'fr', 'a.csv'], /--lang must be one of en, zh-CN/],
    [['--zone', 'Mars/Base', 'a.csv'], /--zone must be/],
    [['verify'], /verify takes exactly one bundle/],
  ])('bad usage %j exits 2', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: npm run -s audit/);
  });
});

describe('wallet-audit readable output', () => {
  it('prints the files table, issues with line numbers, the total and the findings section', () => {
    const r = runCli(['--mapping', mapping('td-canada.json'), cli('td-like.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FILE\s+IMPORTER\s+ENCODING\s+ROWS\s+IMPORTED\s+DUPLICATES\s+ISSUES/);
    expect(r.stdout).toMatch(/td-like\.csv\s+generic\s+utf-8\s+3\s+2\s+0\s+1/);
    expect(r.stdout).toMatch(/line 3\s+bad-date\s+impossible date "02\/31\/2024"/);
    expect(r.stdout).toMatch(/^2 transactions$/m);
    expect(r.stdout).toMatch(/^Findings$/m);
  });

  it('speaks Chinese with --lang zh-CN', () => {
    const r = runCli(['--lang', 'zh-CN', cli('revolut-jan.csv')]);
    expect(r.stdout).toMatch(/^共 4 笔交易$/m);
  });

  it('draws a progress bar on stderr only when asked (stderr is not a terminal here)', () => {
    expect(runCli([cli('revolut-jan.csv')]).stderr).toBe('');
    expect(runCli(['--progress', cli('revolut-jan.csv')]).stderr).toMatch(/revolut-jan\.csv \[#+\] 0\.0 MB 100%/);
  });

  it('prints the mapping guide', () => {
    const r = runCli(['--help-mapping']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"hasHeader": true/);
    expect(r.stdout).toMatch(/skipRowsMatching/);
  });
});
