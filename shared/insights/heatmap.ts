// Hour × weekday counts of outgoing payments, in the wall-clock time of the export (China time for
// Chinese wallets), so 23:00 means what the user saw on their phone.
import type { Transaction } from '../model';
import { localHourAndWeekday } from '../dates';
import { movesMoney, selected, type SeriesFilter } from './counted';

export interface HeatCell {
  weekday: number; // 0 = Monday
  hour: number;
  count: number;
  outMinor: Record<string, number>;
  /** The rules consider this hour unusual for this user. */
  unusual: boolean;
}

export function outgoingHeatmap(txs: Iterable<Transaction>, filter: SeriesFilter = {}, unusualHours: ReadonlySet<number> = new Set()): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, count: 0, outMinor: {}, unusual: unusualHours.has(hour) });
  }
  for (const t of txs) {
    if (!movesMoney(t) || t.amountMinor >= 0 || !selected(t, filter)) continue;
    const { hour, weekday } = localHourAndWeekday(t.occurredAt);
    const c = cells[weekday * 24 + hour]!;
    c.count++;
    c.outMinor[t.currency] = (c.outMinor[t.currency] ?? 0) - t.amountMinor;
  }
  return cells;
}
