// Money in, out and net per currency over the selected transactions, for the report's summary.
import type { Transaction } from '../model';

export interface CurrencySummary {
  currency: string;
  /** Transactions that moved money and were counted. */
  count: number;
  inMinor: number;
  /** Money out as a positive number. */
  outMinor: number;
  netMinor: number;
  /** ISO times of the first and last transaction in this currency (counted or not). */
  from: string;
  to: string;
  /** Balance after the latest transaction that carries one. */
  lastBalance?: { minor: number; at: string };
  /** Failed, closed or pending transactions, neutral transfers and mirror rows, left out of the sums. */
  excluded: number;
}

// Only settled money counts: a failed or closed payment never moved, a pending one may not.
const COUNTED = new Set(['completed', 'refunded']);

export function summariseMoney(transactions: readonly Transaction[]): CurrencySummary[] {
  const by = new Map<string, CurrencySummary & { fromMs: number; toMs: number; balMs: number }>();
  for (const t of transactions) {
    const ms = Date.parse(t.occurredAt);
    let s = by.get(t.currency);
    if (!s) {
      s = { currency: t.currency, count: 0, inMinor: 0, outMinor: 0, netMinor: 0, from: t.occurredAt, to: t.occurredAt, excluded: 0, fromMs: ms, toMs: ms, balMs: -Infinity };
      by.set(t.currency, s);
    }
    if (ms < s.fromMs) { s.fromMs = ms; s.from = t.occurredAt; }
    if (ms > s.toMs) { s.toMs = ms; s.to = t.occurredAt; }
    if (t.balanceMinor !== undefined && ms >= s.balMs) {
      s.balMs = ms;
      s.lastBalance = { minor: t.balanceMinor, at: t.occurredAt };
    }
    if (!COUNTED.has(t.status) || t.mirror || t.direction === 'neutral') { s.excluded++; continue; }
    s.count++;
    if (t.amountMinor > 0) s.inMinor += t.amountMinor;
    else s.outMinor -= t.amountMinor;
  }
  return [...by.values()]
    .sort((a, b) => (a.currency < b.currency ? -1 : 1))
    .map(({ fromMs: _f, toMs: _t, balMs: _b, ...s }) => ({ ...s, netMinor: s.inMinor - s.outMinor }));
}
