// Test data for the store: Revolut statement CSVs built row by row (the Revolut importer is in the tree
// and stable), and a fresh in-process DataApi per test on its own fake IndexedDB database.
import './env';
import type { Finding } from '../../../shared/rules/types';
import type { Transaction } from '../../../shared/model';
import { createLocalDataApi } from '../../../renderer/src/data/local';
import type { RunRules } from '../../../renderer/src/workers/rules-engine';

export const REVOLUT_HEADER = 'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance';

export interface Row {
  day: number;
  hour?: number;
  payee: string;
  amount: string;
  state?: string;
}

/** Row i of a synthetic statement: one per hour from 2024-01-01, a handful of payees. */
export function row(i: number): Row {
  const payees = ['Coffee Bar', 'Grocer', 'Rail', 'Books & Co', '咖啡馆'];
  return { day: Math.floor(i / 24), hour: i % 24, payee: payees[i % payees.length]!, amount: (-(i % 97) - 1.25).toFixed(2) };
}

export function revolutCsv(rows: readonly Row[]): string {
  const lines = rows.map((r) => {
    const d = new Date(Date.UTC(2024, 0, 1 + r.day, r.hour ?? 12, 0, 0)).toISOString().replace('T', ' ').slice(0, 19);
    return `CARD_PAYMENT,Current,${d},${d},${r.payee},${r.amount},0.00,EUR,${r.state ?? 'COMPLETED'},`;
  });
  return [REVOLUT_HEADER, ...lines].join('\n') + '\n';
}

export function csvFile(name: string, text: string | Uint8Array): File {
  return new File([text as BlobPart], name, { type: 'text/csv' });
}

export function rows(from: number, to: number): Row[] {
  const out: Row[] = [];
  for (let i = from; i < to; i++) out.push(row(i));
  return out;
}

/** A rule engine for tests: one low finding per distinct counterparty, so results depend on the data. */
export const payeeRules: RunRules = (transactions: readonly Transaction[]) => {
  const by = new Map<string, string[]>();
  for (const t of transactions) by.set(t.counterparty, [...(by.get(t.counterparty) ?? []), t.id]);
  return [...by].map(([payee, ids]): Finding => ({
    id: `payee:${payee}`,
    rule: 'new-payee',
    rules: ['new-payee'],
    severity: 'low',
    score: ids.length / transactions.length,
    transactionIds: ids,
    messageId: 'test.payee',
    data: { payee, count: ids.length },
  }));
};

let dbCounter = 0;
export function freshApi(opts: { runRules?: RunRules } = {}) {
  return createLocalDataApi({ dbName: `test-${process.pid}-${++dbCounter}`, runRules: opts.runRules ?? payeeRules, appVersion: '9.9.9' });
}

/** Row counts of every table: what "nothing changed" is checked against. */
export async function tableCounts(db: ReturnType<typeof freshApi>['db']): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of db.tables) out[t.name] = await t.count();
  return out;
}
