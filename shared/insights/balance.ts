// Balance over time where the export carries one: the last balance of each day, per account and currency.
import type { Transaction } from '../model';
import { dayOf, selected, type SeriesFilter } from './counted';

export interface BalancePoint {
  day: string;
  balanceMinor: number;
}

export function balanceOverTime(txs: Iterable<Transaction>, filter: SeriesFilter = {}): Map<string, BalancePoint[]> {
  const last = new Map<string, Map<string, { at: string; line: number; balance: number }>>();
  for (const t of txs) {
    if (t.balanceMinor === undefined || !selected(t, filter)) continue;
    const key = `${t.accountId} · ${t.currency}`;
    let days = last.get(key);
    if (!days) last.set(key, (days = new Map()));
    const day = dayOf(t.occurredAt);
    const prev = days.get(day);
    // Same instant: the later line of the export is the later balance.
    if (!prev || t.occurredAt > prev.at || (t.occurredAt === prev.at && t.source.line > prev.line)) {
      days.set(day, { at: t.occurredAt, line: t.source.line, balance: t.balanceMinor });
    }
  }
  const out = new Map<string, BalancePoint[]>();
  for (const [key, days] of [...last].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(key, [...days].map(([day, v]) => ({ day, balanceMinor: v.balance })).sort((a, b) => a.day.localeCompare(b.day)));
  }
  return out;
}
