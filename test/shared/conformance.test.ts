// Every peer sample through importBytes: wallet exports import with sane values, bank files import with
// their example mapping or are rejected with one clear ImportError, and files that are not statements at
// all (per SOURCES.md) are rejected rather than half-read. Skipped, with a message, when the peers are absent.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes, type FileImport } from '../../shared/importing/import-file';
import { ImportError } from '../../shared/importing/errors';
import { parseMappingProfile } from '../../shared/importing/mapping-profile';
import type { Transaction } from '../../shared/model';

const PEERS = path.resolve(__dirname, '../../..', 'shared/fixtures/peers');
const MAPPINGS = path.resolve(__dirname, '../fixtures/mappings');
const present = existsSync(PEERS);
if (!present) console.warn(`peer fixtures not found at ${PEERS}: conformance tests skipped`);

/** Bank samples that have an example mapping profile; the others have none and must be rejected. */
const BANK_MAPPINGS: Record<string, string> = {
  'abc-debit-deg.csv': 'abc-debit', 'bmo-credit-deg.csv': 'bmo-credit', 'bmo-debit-deg.csv': 'bmo-debit',
  'boc-credit-deg.csv': 'boc-credit', 'boc-debit-deg.csv': 'boc-debit', 'bocom-credit-deg.csv': 'bocom-credit',
  'bocom-debit-deg.csv': 'bocom-debit', 'cgb-credit-deg.csv': 'cgb-credit', 'cmb-debit-deg.csv': 'cmb-debit',
  'hsbchk-credit-deg.csv': 'hsbc-hk-credit', 'hsbchk-debit-deg.csv': 'hsbc-hk-debit', 'icbc-credit-deg.csv': 'icbc-credit',
  'icbc-debit-v1-deg.csv': 'icbc-debit', 'icbc-debit-v2-deg.csv': 'icbc-debit', 'td-deg.csv': 'td-canada',
};

interface Sample { dir: string; file: string; dataRows?: number; notAnExport: boolean }

/** Files and what SOURCES.md says of them (data row count; "not a … export"). */
function samples(): Sample[] {
  if (!present) return [];
  const sources = readFileSync(path.join(PEERS, 'SOURCES.md'), 'utf8');
  return readdirSync(PEERS, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    readdirSync(path.join(PEERS, d.name)).map((file) => {
      const at = sources.indexOf(`### \`${d.name}/${file}\``);
      const end = sources.indexOf('\n### ', at + 1);
      const entry = at < 0 ? '' : sources.slice(at, end < 0 ? undefined : end);
      const rows = /\*\*Data rows:\*\* (\d+)/.exec(entry);
      return { dir: d.name, file, ...(rows ? { dataRows: Number(rows[1]) } : {}), notAnExport: /not an? [\w ]*export/i.test(entry) };
    }),
  );
}

const ALL = samples();
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/;

function expectSane(f: FileImport): void {
  const ids = new Set<string>();
  for (const t of f.transactions) {
    const where = `${f.name} line ${t.source.line}`;
    expect(t.occurredAt, where).toMatch(ISO);
    const year = new Date(t.occurredAt).getUTCFullYear();
    expect(year >= 2000 && year <= 2030, `${where}: year ${year}`).toBe(true);
    expect(Number.isSafeInteger(t.amountMinor), where).toBe(true);
    for (const k of ['feeMinor', 'balanceMinor'] as const) if (t[k] !== undefined) expect(Number.isSafeInteger(t[k]), `${where} ${k}`).toBe(true);
    expect(CURRENCIES.has(t.currency), `${where}: currency ${t.currency}`).toBe(true);
    expect(['completed', 'pending', 'refunded', 'closed', 'failed']).toContain(t.status);
    expect(['out', 'in', 'neutral']).toContain(t.direction);
    expect(typeof t.counterparty === 'string' && typeof t.description === 'string', where).toBe(true);
    expect(t.id, where).toMatch(new RegExp(`^${t.provider}:.+`));
    expect(ids.has(t.id), `${where}: id ${t.id} twice`).toBe(false);
    ids.add(t.id);
    expect(t.source.line, where).toBeGreaterThan(0);
    expect(t.source.fileSha256).toBe(f.sha256);
    expect(Array.isArray(t.source.raw)).toBe(true);
  }
  for (const i of f.issues) {
    expect(Number.isInteger(i.line) && i.line >= 0).toBe(true);
    expect(i.detail.length).toBeGreaterThan(0);
  }
}

async function rejectedCleanly(s: Sample): Promise<void> {
  const bytes = readFileSync(path.join(PEERS, s.dir, s.file));
  const e = await importBytes(s.file, bytes).then(() => undefined, (x: unknown) => x);
  expect(e, `${s.file} should be rejected`).toBeInstanceOf(ImportError);
  expect((e as ImportError).message).toMatch(new RegExp(`^${s.file.replace(/[.]/g, '\\.')}: \\S`));
  expect((e as Error).message).not.toMatch(/\n\s+at /);
}

describe.skipIf(!present)('peer samples conform', () => {
  const wallets = ALL.filter((s) => !s.dir.startsWith('bank-') && !s.dir.startsWith('crypto-') && !s.notAnExport);
  const banks = ALL.filter((s) => s.dir.startsWith('bank-'));
  const others = ALL.filter((s) => s.dir.startsWith('crypto-') || s.notAnExport);

  it('finds wallet, bank and other samples', () => {
    expect(wallets.length).toBeGreaterThan(20);
    expect(banks.length).toBeGreaterThan(15);
  });

  it.each(wallets.map((s) => [`${s.dir}/${s.file}`, s] as const))('wallet export %s imports with sane values', async (_n, s) => {
    const files = await importBytes(s.file, readFileSync(path.join(PEERS, s.dir, s.file)), { zone: 'UTC' });
    const txs: Transaction[] = files.flatMap((f) => f.transactions);
    if (s.dataRows === 0) expect(txs).toEqual([]);
    else expect(txs.length).toBeGreaterThan(0);
    files.forEach(expectSane);
  });

  it.each(banks.map((s) => [`${s.dir}/${s.file}`, s] as const))('bank file %s imports with its mapping or is rejected cleanly', async (_n, s) => {
    const mapping = BANK_MAPPINGS[s.file];
    if (!mapping) return rejectedCleanly(s);
    const profile = parseMappingProfile(JSON.parse(readFileSync(path.join(MAPPINGS, `${mapping}.json`), 'utf8')));
    if (!profile.ok) throw new Error(profile.problems.join('; '));
    const files = await importBytes(s.file, readFileSync(path.join(PEERS, s.dir, s.file)), { mapping: profile.profile });
    expect(files[0]!.transactions.length).toBe(s.dataRows);
    files.forEach(expectSane);
    // Without the mapping it is refused, never guessed.
    await rejectedCleanly(s);
  });

  it.each(others.map((s) => [`${s.dir}/${s.file}`, s] as const))('%s (not a known statement) is rejected cleanly', async (_n, s) => {
    await rejectedCleanly(s);
  });
});
