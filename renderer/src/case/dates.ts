// Dates as the case stores them: calendar days as YYYY-MM-DD in the owner's own zone, and moments as ISO
// 8601 with the offset they were recorded in (so a call logged in Beijing stays at its Beijing time).
import { addDays, format, formatISO, isValid, parse } from 'date-fns';

/** Today in the local zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** `YYYY-MM-DD` shifted by whole days. */
export function shiftDay(day: string, days: number): string {
  return format(addDays(parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1)), days), 'yyyy-MM-dd');
}

/** A `datetime-local` value (no zone) → ISO with the local offset; undefined when it is not a time. */
export function fromLocalInput(value: string): string | undefined {
  const d = parse(value, "yyyy-MM-dd'T'HH:mm", new Date(2000, 0, 1));
  return isValid(d) ? formatISO(d) : undefined;
}

/** An ISO value (or a plain date) → the `datetime-local` value showing the time as it was written. */
export function toLocalInput(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return `${at}T00:00`;
  return at.slice(0, 16);
}

/** The value for a `datetime-local` input now. */
export function nowLocalInput(now: Date = new Date()): string {
  return format(now, "yyyy-MM-dd'T'HH:mm");
}

export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isValid(parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1)));
}
