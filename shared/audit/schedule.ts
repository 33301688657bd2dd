// When the next self-audit is due: the last audit's end plus the chosen interval (monthly by default).
import { addDays, addMonths, format, parseISO } from 'date-fns';

export type AuditInterval = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

const MONTHS: Record<AuditInterval, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

export function nextAuditDue(lastAuditDay: string | undefined, interval: AuditInterval, today: string): { due: string; overdue: boolean } {
  if (!lastAuditDay) return { due: today, overdue: true };
  const due = format(addMonths(parseISO(lastAuditDay), MONTHS[interval]), 'yyyy-MM-dd');
  return { due, overdue: due <= today };
}

/** The period a new audit covers: the day after the last one up to today, or the last interval's length. */
export function defaultAuditPeriod(lastAuditDay: string | undefined, interval: AuditInterval, today: string): { from: string; to: string } {
  if (lastAuditDay) {
    const next = format(addDays(parseISO(lastAuditDay), 1), 'yyyy-MM-dd');
    return { from: next <= today ? next : today, to: today };
  }
  return { from: format(addMonths(parseISO(today), -MONTHS[interval]), 'yyyy-MM-dd'), to: today };
}
