// Money in / out / net per month, one series per currency: different currencies are never added.
import type { Transaction } from '../model';
import { monthOf, movesMoney, selected, type SeriesFilter } from './counted';

export interface MonthFlow {
  month: string;
  inMinor: number;
  outMinor: number;
  netMinor: number;
  count: number;
}

/** Per currency, the months in order with money in (positive), out (positive number) and net. */
export function monthlyFlows(txs: Iterable<Transaction>, filter: SeriesFilter = {}): Map<string, MonthFlow[]> {
  const byCurrency = new Map<string, Map<string, MonthFlow>>();
  for (const t of txs) {
    if (!movesMoney(t) || !selected(t, filter)) continue;
    let months = byCurrency.get(t.currency);
    if (!months) byCurrency.set(t.currency, (months = new Map()));
    const m = monthOf(t.occurredAt);
    let row = months.get(m);
    if (!row) months.set(m, (row = { month: m, inMinor: 0, outMinor: 0, netMinor: 0, count: 0 }));
    if (t.amountMinor >= 0) row.inMinor += t.amountMinor;
    else row.outMinor -= t.amountMinor;
    row.netMinor += t.amountMinor;
    row.count++;
  }
  const out = new Map<string, MonthFlow[]>();
  for (const [cur, months] of [...byCurrency].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(cur, fillMonths([...months.values()].sort((a, b) => a.month.localeCompare(b.month))));
  }
  return out;
}

/** Adds empty months between the first and last, so a chart's gaps mean zero, not missing. */
function fillMonths(rows: MonthFlow[]): MonthFlow[] {
  if (rows.length < 2) return rows;
  const out: MonthFlow[] = [];
  const have = new Map(rows.map((r) => [r.month, r]));
  let [y, m] = rows[0]!.month.split('-').map(Number) as [number, number];
  const last = rows.at(-1)!.month;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(have.get(key) ?? { month: key, inMinor: 0, outMinor: 0, netMinor: 0, count: 0 });
    if (key === last) break;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
