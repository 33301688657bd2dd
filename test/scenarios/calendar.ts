// Local dates and times for generated statements: day numbers, weekdays, ISO text with the right offset
// (London moves to +01:00 in summer; China stays at +08:00).
import { daysFromCivil } from '../../shared/rules/time';

export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const dayOf = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

function lastSunday(y: number, m: number): number {
  const last = daysFromCivil(y, m + 1, 1) - 1;
  return last - ((weekday(last) + 1) % 7);
}

export type Zone = 'china' | 'london';

export function offsetOf(zone: Zone, day: number): string {
  if (zone === 'china') return '+08:00';
  const { y } = civil(day);
  return day >= lastSunday(y, 3) && day < lastSunday(y, 10) ? '+01:00' : '+00:00';
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** `minute` may run past midnight (1500 = 01:00 the next day). */
export function isoAt(zone: Zone, day: number, minute: number, second: number): string {
  const d0 = day + Math.floor(minute / 1440);
  const mi = ((minute % 1440) + 1440) % 1440;
  const { y, m, d } = civil(d0);
  return `${y}-${p2(m)}-${p2(d)}T${p2(Math.floor(mi / 60))}:${p2(mi % 60)}:${p2(second)}${offsetOf(zone, d0)}`;
}
