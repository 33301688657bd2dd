// Numbers for the charts. Values stay in integer minor units all the way to the screen: tooltips and
// tables format them exactly (shared/money), axis ticks only round them for a compact label.
import { formatMoney, minorDigits, toDecimalString } from '../../../shared/money';

export function money(minor: number, currency: string, lang: string): string {
  try {
    return formatMoney(minor, currency, lang);
  } catch {
    // An unknown currency code makes Intl throw; the plain number is still right.
    return `${toDecimalString(minor, currency)} ${currency}`;
  }
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** `123456789` EUR cents → `1.2M`: an axis label, never a value the user reads as exact. */
export function compact(minor: number, currency: string, lang: string): string {
  let f = compactFormats.get(lang);
  if (!f) compactFormats.set(lang, (f = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 })));
  return f.format(minor / 10 ** minorDigits(currency));
}

export function count(n: number, lang: string): string {
  return n.toLocaleString(lang);
}

/** Monday-first short weekday names in the user's language (2024-01-01 was a Monday). */
export function weekdayNames(lang: string, width: 'short' | 'long' = 'short'): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

export const hourLabel = (h: number): string => `${String(h).padStart(2, '0')}:00`;
