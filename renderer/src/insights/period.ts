// Dates as the user's calendar has them (YYYY-MM-DD in the computer's zone), for "today" and defaults.

const p2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A period from two date inputs: each bound only when it is a full date; `from` after `to` is invalid. */
export function periodOf(from: string, to: string): { from?: string; to?: string; invalid: boolean } {
  const f = DAY.test(from) ? from : undefined;
  const t = DAY.test(to) ? to : undefined;
  return { ...(f ? { from: f } : {}), ...(t ? { to: t } : {}), invalid: !!f && !!t && f > t };
}
