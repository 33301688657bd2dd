// Which transactions move money for the purpose of totals: booked, not a funding mirror or fee echo.
import type { Transaction } from '../model';

export function movesMoney(t: Transaction): boolean {
  return !t.mirror && t.direction !== 'neutral' && (t.status === 'completed' || t.status === 'refunded');
}

/** The local calendar month (YYYY-MM) as the user lived it: from the ISO text, not the machine's zone. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
export const dayOf = (iso: string): string => iso.slice(0, 10);

export interface Period {
  /** Inclusive YYYY-MM-DD bounds; either may be open. */
  from?: string;
  to?: string;
}

export function inPeriod(iso: string, p: Period | undefined): boolean {
  if (!p) return true;
  const d = dayOf(iso);
  return (!p.from || d >= p.from) && (!p.to || d <= p.to);
}

export interface SeriesFilter {
  accountId?: string;
  period?: Period;
}

export function selected(t: Transaction, f: SeriesFilter): boolean {
  return (!f.accountId || t.accountId === f.accountId) && inPeriod(t.occurredAt, f.period);
}
