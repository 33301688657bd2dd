// One XLSX cell → the text a CSV export would have held.

type Node = Record<string, unknown>;

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format shows a date or time when it is a built-in date id or has y/d/h/s outside quotes and brackets. */
export function isDateFormat(id: number, code?: string): boolean {
  if (BUILTIN_DATES.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ydhs]/i.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel serial day (1900 system) → naive `YYYY-MM-DD HH:MM:SS`, the wall time the sheet shows. */
export function serialToWallTime(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400) * 1000;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * Numbers are stored as doubles written out in up to 17 digits (28.160000000000004); 15 significant
 * digits is what the sheet shows, so that is the text we keep.
 */
export function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return String(Number(n.toPrecision(15)));
}

function text(t: unknown): string {
  if (t === undefined || t === null) return '';
  if (typeof t === 'object') return String((t as Node)['#text'] ?? '');
  return String(t);
}

export function cellText(c: Node, strings: readonly string[], dateStyles: ReadonlySet<number>): string {
  const type = c.t as string | undefined;
  const v = c.v === undefined ? undefined : text(c.v);
  let out: string;
  if (type === 's') out = strings[Number(v)] ?? '';
  else if (type === 'inlineStr') {
    const is = c.is as Node | undefined;
    out = is?.t !== undefined ? text(is.t) : Array.isArray(is?.r) ? (is.r as Node[]).map((r) => text(r.t)).join('') : '';
  } else if (type === 'b') out = v === '1' ? 'TRUE' : 'FALSE';
  else if (type === 'str' || type === 'e') out = v ?? '';
  else if (v === undefined || v === '') out = '';
  else if (c.s !== undefined && dateStyles.has(Number(c.s))) out = serialToWallTime(Number(v));
  else out = numberText(v);
  return out.trim();
}
