// The transactions a case is about: those a rule flagged or the owner marked, on the case's account and
// inside its period. Loaded by id (findings and marks are small even when the history is a million rows),
// never by scanning the history.
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { inPeriod, type Period } from '../case/period';
import type { DataApi, ReviewMark } from '../data/api';

export interface Scope extends Period {
  /** The imported account; absent = every account. */
  accountId?: string;
}

export interface Candidates {
  /** Flagged or marked transactions in scope, oldest first. */
  transactions: Transaction[];
  findings: Finding[];
  marks: ReviewMark[];
}

const CHUNK = 1000;

export async function getTransactionsChunked(data: DataApi, ids: readonly string[]): Promise<Transaction[]> {
  const out: Transaction[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await data.getTransactions(ids.slice(i, i + CHUNK))));
  return out;
}

export function inScope(t: Transaction, scope: Scope): boolean {
  return (!scope.accountId || t.accountId === scope.accountId) && inPeriod(t.occurredAt, scope);
}

export const byTime = (a: Transaction, b: Transaction): number =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export async function loadCandidates(data: DataApi, scope: Scope): Promise<Candidates> {
  const [findings, marks] = await Promise.all([data.listFindings(), data.getMarks()]);
  const ids = [...new Set([...findings.flatMap((f) => f.transactionIds), ...marks.map((m) => m.transactionId)])];
  const transactions = (await getTransactionsChunked(data, ids)).filter((t) => inScope(t, scope)).sort(byTime);
  return { transactions, findings, marks };
}
