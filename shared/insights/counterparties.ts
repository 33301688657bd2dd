// Top counterparties: totals per currency, counts, first and last seen; "new" means first seen inside the
// period while the history before it did not know them.
import type { Transaction } from '../model';
import { dayOf, inPeriod, movesMoney, type SeriesFilter } from './counted';

export interface CounterpartyRow {
  counterparty: string;
  currency: string;
  outMinor: number;
  inMinor: number;
  count: number;
  firstSeen: string;
  lastSeen: string;
  isNew: boolean;
}

export function topCounterparties(txs: Iterable<Transaction>, filter: SeriesFilter = {}, limit = 20): CounterpartyRow[] {
  const firstEver = new Map<string, string>();
  const rows = new Map<string, CounterpartyRow>();
  for (const t of txs) {
    if (!movesMoney(t) || (filter.accountId && t.accountId !== filter.accountId) || !t.counterparty) continue;
    const day = dayOf(t.occurredAt);
    const seen = firstEver.get(t.counterparty);
    if (!seen || day < seen) firstEver.set(t.counterparty, day);
    if (!inPeriod(t.occurredAt, filter.period)) continue;
    const key = `${t.counterparty}\u0000${t.currency}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { counterparty: t.counterparty, currency: t.currency, outMinor: 0, inMinor: 0, count: 0, firstSeen: day, lastSeen: day, isNew: false }));
    if (t.amountMinor < 0) r.outMinor -= t.amountMinor;
    else r.inMinor += t.amountMinor;
    r.count++;
    if (day < r.firstSeen) r.firstSeen = day;
    if (day > r.lastSeen) r.lastSeen = day;
  }
  const from = filter.period?.from;
  for (const r of rows.values()) r.isNew = !!from && firstEver.get(r.counterparty)! >= from;
  return [...rows.values()]
    .sort((a, b) => b.outMinor + b.inMinor - (a.outMinor + a.inMinor) || a.counterparty.localeCompare(b.counterparty))
    .slice(0, limit);
}
