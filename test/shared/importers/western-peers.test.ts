// Conformance over the real export samples of PayPal, Venmo, Cash App, Wise, Monzo and Revolut kept beside
// the repository (see shared/fixtures/peers/SOURCES.md), read through the same importBytes the app uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../shared/importing/import-file';
import { ImportError } from '../../../shared/importing/errors';
import type { IssueCode, ProviderId, Transaction } from '../../../shared/model';
import { HAVE_PEERS, importPeer, PEERS, summary } from './western-fixtures';

interface Expectation {
  file: string;
  importer: ProviderId;
  layout: string;
  rows: number;
  imported: number;
  mirrors: number;
  issues: [number, IssueCode][];
  /** Σ amount over non-mirror rows − Σ fee over all rows, per currency. */
  counted: Record<string, number>;
}

const EXPECTED: Expectation[] = [
  // −6.99 − 7.00 − 2.00 + 10.00 − 0.59 fee: the three bank deposits that fund purchases are mirrors.
  { file: 'paypal/paypal-hledger-custom-2019.csv', importer: 'paypal', layout: 'activity', rows: 7, imported: 7, mirrors: 3, issues: [], counted: { USD: -658 } },
  { file: 'paypal/paypal-minance-2024-activity-uuid.csv', importer: 'paypal', layout: 'activity-2024', rows: 55, imported: 55, mirrors: 24, issues: [], counted: { USD: -119571 } }, // incl. an authorisation hold and its reversal
  { file: 'paypal/paypal-oca-activity_en.csv', importer: 'paypal', layout: 'activity', rows: 76, imported: 76, mirrors: 34, issues: [], counted: { USD: 6753992, EUR: -5938368, AUD: -10000 } }, // incl. a Payment Hold and its Release
  { file: 'paypal/paypal-oca-empty_activity.csv', importer: 'paypal', layout: 'activity', rows: 0, imported: 0, mirrors: 0, issues: [], counted: {} },
  { file: 'paypal/paypal-oca-statement_en.csv', importer: 'paypal', layout: 'statement', rows: 19, imported: 19, mirrors: 8, issues: [], counted: { EUR: -1734631, USD: 2119430 } },
  // 2/1/2020 … 3/1/2020: no day above 12, read day-first (Spanish default) and reported.
  { file: 'paypal/paypal-oca-statement_es.csv', importer: 'paypal', layout: 'statement-es', rows: 4, imported: 4, mirrors: 0, issues: [[0, 'ambiguous-date']], counted: { EUR: 13108 } },
  { file: 'venmo/venmo-beancount-import-legacy.csv', importer: 'venmo', layout: 'list-legacy', rows: 11, imported: 11, mirrors: 0, issues: [], counted: { USD: -92708 } },
  // Re-saved by a spreadsheet: dates without time, reported once for the file.
  { file: 'cashapp/cashapp-minance-2023-excel-resaved.csv', importer: 'cashapp', layout: 'report', rows: 8, imported: 8, mirrors: 0, issues: [[0, 'missing-field']], counted: { USD: -30885 } },
  // −357.38 − 11.35 + 125.00 + 20.17 − 0.17: each fee once although it is written twice.
  { file: 'wise/wise-kedder-2020-15col.csv', importer: 'wise', layout: 'statement-2020', rows: 5, imported: 5, mirrors: 2, issues: [], counted: { USD: -22373 } },
  { file: 'wise/wise-kedder-2025-22col.csv', importer: 'wise', layout: 'statement-2025', rows: 5, imported: 5, mirrors: 2, issues: [], counted: { USD: -22373 } },
  { file: 'wise/wise-wigny-2025-brl-23col.csv', importer: 'wise', layout: 'statement-2025', rows: 7, imported: 7, mirrors: 3, issues: [], counted: { BRL: -1920000 } },
  // Salary 2916.67 − card 15.05 − fees 0.06 + 12.95 + 6.45 + 5.42; the three conversions are mirrors.
  { file: 'wise/wise-wigny-2025-gbp-23col.csv', importer: 'wise', layout: 'statement-2025', rows: 9, imported: 9, mirrors: 4, issues: [], counted: { GBP: 287674 } },
  { file: 'monzo/monzo-bank2ynab-2018-legacy.csv', importer: 'monzo', layout: 'legacy-2018', rows: 1, imported: 1, mirrors: 0, issues: [], counted: { GBP: -1000 } },
  { file: 'monzo/monzo-countinghouse-18col-synthetic.csv', importer: 'monzo', layout: 'export', rows: 9, imported: 9, mirrors: 0, issues: [], counted: { GBP: 198894 } },
  // Final balance 193.93 from 0, less the −100.00 exchange leg, which is a mirror.
  { file: 'revolut/revolut-cvigo-2024-chf.csv', importer: 'revolut', layout: 'statement-2021', rows: 7, imported: 7, mirrors: 1, issues: [], counted: { CHF: 29393 } },
  { file: 'revolut/revolut-mlaitinen-2021-10.csv', importer: 'revolut', layout: 'statement-2021', rows: 7, imported: 7, mirrors: 0, issues: [], counted: { EUR: 16531 } },
  { file: 'revolut/revolut-mlaitinen-2022-01-pending.csv', importer: 'revolut', layout: 'statement-2021', rows: 9, imported: 9, mirrors: 0, issues: [], counted: { EUR: -3159 } },
];

function counted(txs: readonly Transaction[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of txs) out[t.currency] = (out[t.currency] ?? 0) + (t.mirror ? 0 : t.amountMinor) - (t.feeMinor ?? 0);
  return out;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?[+-]\d{2}:\d{2}$/;

describe.skipIf(!HAVE_PEERS)(`Western wallet peer samples (skipped: ${PEERS} not found)`, () => {
  it.each(EXPECTED)('$file', async (e) => {
    const f = await importPeer(e.file, 'UTC');
    expect([f.importer, f.layout, f.rows, f.transactions.length]).toEqual([e.importer, e.layout, e.rows, e.imported]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual(e.issues);
    expect(f.transactions.filter((t) => t.mirror).length).toBe(e.mirrors);
    expect(counted(f.transactions)).toEqual(e.counted);
    expect(new Set(f.transactions.map((t) => t.id)).size).toBe(f.transactions.length);
    for (const t of f.transactions) {
      expect(t.occurredAt).toMatch(ISO_WITH_OFFSET);
      expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      expect(t.direction).toBe(t.amountMinor < 0 ? 'out' : t.amountMinor > 0 ? 'in' : 'neutral');
      expect(t.source.raw.length).toBeGreaterThan(0);
    }
  });

  it('keeps ids as text: leading zeros and 19-digit Venmo ids survive', async () => {
    const f = await importPeer('venmo/venmo-beancount-import-legacy.csv');
    expect(f.transactions.map((t) => t.externalId)).toContain('0454063333607815882');
    expect(f.transactions.find((t) => t.externalId === '3641977597632667950')).toMatchObject({
      kind: 'Charge', amountMinor: -12000, counterparty: 'Maria Anderson', direction: 'out',
    });
  });

  it('reads the DD/MM OCA activity by its data and the statement zones row by row', async () => {
    const activity = await importPeer('paypal/paypal-oca-activity_en.csv');
    expect(activity.transactions[0]!.occurredAt).toBe('2015-12-29T07:45:51-08:00');
    const statement = await importPeer('paypal/paypal-oca-statement_en.csv');
    const tid16 = statement.transactions.find((t) => t.externalId === 'TID16')!;
    expect(tid16.occurredAt).toBe('2018-09-27T18:16:12+01:00');
    expect(summary(statement.transactions[0]!)).toBe('2 paypal:TID1 2018-09-04T21:15:11-07:00 -105809 EUR bal -105734 completed out');
  });

  it('gives the 2020 and 2025 Wise layouts of one statement the same ids', async () => {
    const a = await importPeer('wise/wise-kedder-2020-15col.csv');
    const b = await importPeer('wise/wise-kedder-2025-22col.csv');
    expect(b.transactions.map((t) => t.id)).toEqual(a.transactions.map((t) => t.id));
  });

  it('rejects the Venmo balances helper file, which is not an export, naming the file', async () => {
    const name = 'venmo-beancount-import-balances.csv';
    const bytes = readFileSync(path.join(PEERS, 'venmo', name));
    await expect(importBytes(name, bytes, { zone: 'UTC' })).rejects.toThrow(ImportError);
    await expect(importBytes(name, bytes, { zone: 'UTC' })).rejects.toThrow(/^venmo-beancount-import-balances\.csv: no header row/);
  });
});
