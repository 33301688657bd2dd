// Fixed numeric codes for the small enumerations, shared by the page writer and the query index.
import type { Direction, TransactionStatus } from '../../../../shared/model';

export const STATUS_CODES: readonly TransactionStatus[] = ['completed', 'pending', 'refunded', 'closed', 'failed'];
export const DIRECTION_CODES: readonly Direction[] = ['out', 'in', 'neutral'];

export function statusCode(s: TransactionStatus): number {
  const i = STATUS_CODES.indexOf(s);
  return i < 0 ? 0 : i;
}

export function directionCode(d: Direction): number {
  const i = DIRECTION_CODES.indexOf(d);
  return i < 0 ? 2 : i;
}

/** `2024-03-05T…` → 20240305: the date as the export wrote it, in the transaction's own zone. */
export function dayOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Number.isFinite(y + m + d) ? y * 10000 + m * 100 + d : 0;
}

/** `2024-03-05` → 20240305, or undefined for anything else. */
export function parseDay(s: string | undefined): number | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  return dayOf(s);
}

export function dayToIso(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
