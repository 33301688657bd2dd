// Fast reading of the model's ISO times. A million `new Date()` calls cost more than all rules together,
// and rules need the wall-clock time the user lived (the offset's local time), not UTC.

export interface WallTime {
  /** UTC instant in milliseconds. */
  ms: number;
  /** Minutes since local midnight, 0..1439. */
  minute: number;
  /** Days since 1970-01-01 in local wall time. */
  day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)` (a space instead of `T` is accepted). Anything else goes
 * through `Date.parse` and is read as UTC wall time. Returns undefined for text that is not a time.
 * Pass `out` to fill one object over and over (a million allocations are what a hot loop notices).
 */
export function readWallTime(iso: string, out: WallTime = { ms: 0, minute: 0, day: 0 }): WallTime | undefined {
  const len = iso.length;
  if (len >= 16 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && iso.charCodeAt(13) === 58
    && isDigits(iso, 0, 4) && isDigits(iso, 5, 7) && isDigits(iso, 8, 10) && isDigits(iso, 11, 13)
    && isDigits(iso, 14, 16)) {
    const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + two(iso, 2);
    const mo = two(iso, 5);
    const d = two(iso, 8);
    const h = two(iso, 11);
    const mi = two(iso, 14);
    let p = 16;
    let sec = 0;
    let frac = 0;
    if (iso.charCodeAt(p) === 58 && isDigits(iso, p + 1, p + 3)) {
      sec = two(iso, p + 1);
      p += 3;
      if (iso.charCodeAt(p) === 46) {
        p++;
        let scale = 100;
        while (p < len && isDigits(iso, p, p + 1)) {
          frac += digit(iso, p) * scale;
          scale /= 10;
          p++;
        }
      }
    }
    let offsetMin = 0;
    const z = iso.charCodeAt(p);
    if (z === 43 || z === 45) {
      if (!isDigits(iso, p + 1, p + 3)) return undefined;
      const colon = iso.charCodeAt(p + 3) === 58 ? 1 : 0;
      if (!isDigits(iso, p + 3 + colon, p + 5 + colon)) return undefined;
      offsetMin = (two(iso, p + 1) * 60 + two(iso, p + 3 + colon)) * (z === 45 ? -1 : 1);
    } else if (!(z === 90 || p === len)) {
      return undefined;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
    out.day = daysFromCivil(y, mo, d);
    out.minute = h * 60 + mi;
    out.ms = (out.day * 1440 + out.minute - offsetMin) * 60000 + sec * 1000 + Math.round(frac);
    return out;
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  out.ms = ms;
  out.day = Math.floor(ms / 86400000);
  out.minute = Math.floor((ms - out.day * 86400000) / 60000);
  return out;
}
