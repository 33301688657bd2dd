// Date-time text → ISO 8601 with offset. Naive times get the provider's zone; impossible dates are
// reported, never replaced by a neighbouring day.

export type DateOrder = 'ymd' | 'dmy' | 'mdy';
/** A fixed offset such as `+08:00`, or an IANA zone such as `America/Los_Angeles`. */
export type Zone = string;

export const CHINA_ZONE: Zone = '+08:00';

export type DateResult = { ok: true; iso: string; epochMs: number } | { ok: false; reason: string };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// US zone abbreviations as Cash App writes them.
const ABBREVIATIONS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00',
  HST: '-10:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function normaliseOffset(z: string): string | undefined {
  if (z === 'Z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) return `${m[1]}${m[2]}:${m[3]}`;
  return ABBREVIATIONS[z.toUpperCase()];
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();
/**
 * Offsets by zone and quarter hour. Zone offsets only change on quarter-hour boundaries, so this is exact,
 * and it spares a formatToParts call per row (the dominant cost of a large export in a named zone).
 */
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** Offset in minutes of an IANA zone at a UTC instant. */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const key = `${zone}|${Math.floor(utcMs / QUARTER_HOUR)}`;
  const known = offsetCache.get(key);
  if (known !== undefined) return known;
  if (offsetCache.size > 200_000) offsetCache.clear();
  const minutes = computeZoneOffset(zone, utcMs);
  offsetCache.set(key, minutes);
  return minutes;
}

function computeZoneOffset(zone: string, utcMs: number): number {
  let f = dtfCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    dtfCache.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

interface Parts { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number; zone?: string }

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?`;
const ZONE = String.raw`(?:\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{3,4}))?`;
const YMD_RE = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}$`);
const COMPACT_RE = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}${ZONE}$`);
const XYY_RE = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}${ZONE}$`);
const MON_RE = new RegExp(String.raw`^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})${TIME}${ZONE}$`);

function timeParts(m: RegExpExecArray, i: number): Pick<Parts, 'h' | 'mi' | 's' | 'ms' | 'zone'> {
  return {
    h: m[i] ? Number(m[i]) : 0,
    mi: m[i + 1] ? Number(m[i + 1]) : 0,
    s: m[i + 2] ? Number(m[i + 2]) : 0,
    ms: m[i + 3] ? Number(m[i + 3]!.padEnd(3, '0')) : 0,
    ...(m[i + 4] ? { zone: m[i + 4] } : {}),
  };
}

/** Splits a date-time text into fields, without checking them. `order` settles `03/04/2025`. */
function split(text: string, order: DateOrder): Parts | string {
  let m = YMD_RE.exec(text) ?? COMPACT_RE.exec(text);
  if (m) return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, ...timeParts(m, 4) };
  m = XYY_RE.exec(text);
  if (m) {
    if (order === 'ymd') return `"${text}" is day/month/year or month/day/year, but the file's dates are year first`;
    const [a, b] = [+m[1]!, +m[2]!];
    return order === 'dmy'
      ? { y: +m[3]!, mo: b, d: a, ...timeParts(m, 4) }
      : { y: +m[3]!, mo: a, d: b, ...timeParts(m, 4) };
  }
  m = MON_RE.exec(text);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (!mo) return `unknown month in "${text}"`;
    return { y: +m[3]!, mo, d: +m[2]!, ...timeParts(m, 4) };
  }
  return `not a date: "${text}"`;
}

/**
 * Parses a date or date-time. A time without an offset is read in `zone`. Accepts `2020-09-06 16:59:00`,
 * `2020.9.6 16:59`, `2021-10-01 6:11:59`, `20240131`, `31-01-2025 10:00:00.123`, `2024-01-31T10:00:00`,
 * `2023-06-07 10:00:00 CDT`, `2018-03-01 10:00:00 +0000`, `03/04/2025` (with `order`), `Mar 4, 2025`.
 */
export function parseDateTime(text: string, zone: Zone, order: DateOrder = 'ymd'): DateResult {
  const t = text.trim();
  const p = split(t, order);
  if (typeof p === 'string') return { ok: false, reason: p };
  if (p.y < 1970 || p.y > 2100) return { ok: false, reason: `year out of range in "${t}"` };
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysInMonth(p.y, p.mo)) {
    return { ok: false, reason: `impossible date "${t}"` };
  }
  if (p.h > 23 || p.mi > 59 || p.s > 59) return { ok: false, reason: `impossible time "${t}"` };
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  let offset: string;
  let offsetMin: number;
  if (p.zone) {
    const z = normaliseOffset(p.zone);
    if (!z) return { ok: false, reason: `unknown time zone "${p.zone}" in "${t}"` };
    offset = z;
    offsetMin = offsetToMinutes(z);
  } else if (/^[+-]\d{2}:\d{2}$/.test(zone)) {
    offset = zone;
    offsetMin = offsetToMinutes(zone);
  } else {
    // IANA zone: the offset at the wall time, found by two passes (exact except inside a DST gap).
    offsetMin = zoneOffsetMinutes(zone, wall);
    offsetMin = zoneOffsetMinutes(zone, wall - offsetMin * 60000);
    offset = offsetText(offsetMin);
  }
  // join() gives one flat string: a template leaves a chain of pieces that a million-row import keeps per row.
  const iso = [p.y, '-', pad(p.mo), '-', pad(p.d), 'T', pad(p.h), ':', pad(p.mi), ':', pad(p.s),
    p.ms ? `.${pad(p.ms, 3)}` : '', offset].join('');
  return { ok: true, iso, epochMs: wall - offsetMin * 60000 };
}

function offsetToMinutes(z: string): number {
  const sign = z[0] === '-' ? -1 : 1;
  return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
}

export type OrderInference = { order: DateOrder } | { order: undefined; reason: 'ambiguous' | 'conflicting' };

/**
 * Decides DD/MM vs MM/DD for a whole file from its values: a first field above 12 means day first,
 * a second field above 12 means month first. Year-first files are `ymd`. When no value settles it the
 * answer is `ambiguous`, and the caller reports it instead of guessing.
 */
export function inferDateOrder(samples: Iterable<string>): OrderInference {
  let dmy = false;
  let mdy = false;
  let any = false;
  for (const s of samples) {
    const t = s.trim();
    if (!t) continue;
    const m = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}/.exec(t);
    if (!m) {
      if (/^\d{4}/.test(t) || MON_RE.test(t)) return { order: 'ymd' };
      continue;
    }
    any = true;
    if (+m[1]! > 12) dmy = true;
    if (+m[2]! > 12) mdy = true;
  }
  if (dmy && mdy) return { order: undefined, reason: 'conflicting' };
  if (dmy) return { order: 'dmy' };
  if (mdy) return { order: 'mdy' };
  return any ? { order: undefined, reason: 'ambiguous' } : { order: 'ymd' };
}

/** Local wall-clock hour (0–23) and weekday (0 = Monday) of an ISO string with offset, as the user lived it. */
export function localHourAndWeekday(iso: string): { hour: number; weekday: number; date: string } {
  const date = iso.slice(0, 10);
  const hour = Number(iso.slice(11, 13));
  const wd = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return { hour, weekday: wd, date };
}
