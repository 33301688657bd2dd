// The case period: the stretch of history that matters for an appeal. By default it starts 90 days
// before the freeze (what led up to it) and runs to today (what happened since); without a freeze date
// it is the whole history up to today.
import type { CaseRow } from '../data/case-api';
import { shiftDay } from './dates';

export const DAYS_BEFORE_RESTRICTION = 90;

export interface Period {
  /** YYYY-MM-DD, inclusive; absent = from the first transaction. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
}

export function casePeriod(row: Pick<CaseRow, 'restrictedOn'>, today: string): Period {
  if (!row.restrictedOn) return { to: today };
  return { from: shiftDay(row.restrictedOn, -DAYS_BEFORE_RESTRICTION), to: row.restrictedOn > today ? row.restrictedOn : today };
}

/** Whether an ISO time falls on a day inside the period (the calendar day as written, in its own offset). */
export function inPeriod(occurredAt: string, p: Period): boolean {
  const day = occurredAt.slice(0, 10);
  return (!p.from || day >= p.from) && day <= p.to;
}
