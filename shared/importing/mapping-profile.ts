// Reading a mapping profile (JSON written by a person or saved by the app) into a checked MappingProfile.
// Every problem is listed with its path, so a hand-written profile can be fixed in one pass; unknown keys
// are problems too, because a misspelt "dateFormat" would otherwise be silently ignored.
import type { MappingProfile } from '../importers/generic';
import { ENCODINGS } from '../decode';

export type ProfileResult = { ok: true; profile: MappingProfile } | { ok: false; problems: string[] };

const TOKENS: Record<string, { re: string; part: 'y' | 'mo' | 'd' | 'h' | 'mi' | 's' | 'ms' }> = {
  YYYY: { re: '(\\d{4})', part: 'y' },
  MM: { re: '(\\d{2})', part: 'mo' },
  M: { re: '(\\d{1,2})', part: 'mo' },
  DD: { re: '(\\d{2})', part: 'd' },
  D: { re: '(\\d{1,2})', part: 'd' },
  HH: { re: '(\\d{2})', part: 'h' },
  H: { re: '(\\d{1,2})', part: 'h' },
  mm: { re: '(\\d{2})', part: 'mi' },
  ss: { re: '(\\d{2})', part: 's' },
  SSS: { re: '(\\d{3})', part: 'ms' },
};
const TOKEN_RE = /YYYY|SSS|MM|DD|HH|mm|ss|M|D|H|\s+|./gu;

export interface DateFormat {
  /** The cell in the canonical form `parseDateTime` reads (`2024-01-31 12:34:56`, or `12:34:56` for a time format), or undefined when it does not match. */
  read(text: string): string | undefined;
}

/** Compiles `YYYYMMDD`, `DD/MM/YYYY`, `YYYY/MM/DD  HH:mm:ss`, `HHmmss`… Throws on a format without a usable field set. */
export function compileDateFormat(format: string): DateFormat {
  const parts: string[] = [];
  let re = '^';
  for (const m of format.matchAll(TOKEN_RE)) {
    const tok = m[0];
    const t = TOKENS[tok];
    if (t) {
      if (parts.includes(t.part)) throw new Error(`"${format}" has the ${tok} field twice`);
      parts.push(t.part);
      re += t.re;
    } else if (/^\s+$/u.test(tok)) re += '\\s+';
    else if (tok === 'T') re += 'T'; // the ISO 8601 separator
    else if (/[A-Za-z]/.test(tok)) throw new Error(`"${format}": unknown field "${tok}" (use YYYY MM M DD D HH H mm ss SSS)`);
    else re += tok.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const hasDate = ['y', 'mo', 'd'].every((p) => parts.includes(p));
  const hasTime = parts.includes('h') && parts.includes('mi');
  if (!hasDate && !hasTime) throw new Error(`"${format}" needs YYYY, MM and DD (a date) or HH and mm (a time)`);
  if (!hasDate && ['y', 'mo', 'd'].some((p) => parts.includes(p))) throw new Error(`"${format}" has only part of a date`);
  const regex = new RegExp(`${re}$`, 'u');
  const idx = (p: string): number => parts.indexOf(p) + 1;
  const pad = (s: string | undefined, w = 2): string => (s ?? '0').padStart(w, '0');
  return {
    read(text) {
      const m = regex.exec(text);
      if (!m) return undefined;
      const g = (p: string): string | undefined => (idx(p) ? m[idx(p)] : undefined);
      const time = hasTime ? `${pad(g('h'))}:${pad(g('mi'))}:${pad(g('s'))}${g('ms') ? `.${g('ms')}` : ''}` : '';
      if (!hasDate) return time;
      const date = `${g('y')}-${pad(g('mo'))}-${pad(g('d'))}`;
      return time ? `${date} ${time}` : date;
    },
  };
}

const COLUMN_KEYS = ['date', 'time', 'amount', 'debit', 'credit', 'direction', 'counterparty', 'description', 'currency',
  'id', 'balance', 'status', 'fee', 'type', 'category', 'method', 'counterpartyAccount'] as const;
const MULTI = new Set(['counterparty', 'description']);
const TOP_KEYS = new Set(['name', 'hasHeader', 'columns', 'directionValues', 'negateAmounts', 'dateFormat', 'timeFormat',
  'dateOrder', 'decimalMark', 'encoding', 'currency', 'currencyAliases', 'statusMap', 'zone', 'skipRowsMatching', 'account',
  '$schema', 'comment']);
const STATUSES = new Set(['completed', 'pending', 'refunded', 'closed', 'failed']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a parsed JSON value against the profile shape; returns it typed, or every problem found. */
export function parseMappingProfile(json: unknown): ProfileResult {
  const problems: string[] = [];
  const bad = (path: string, msg: string): void => void problems.push(`${path}: ${msg}`);
  if (!isObj(json)) return { ok: false, problems: ['the mapping must be a JSON object'] };
  for (const k of Object.keys(json)) if (!TOP_KEYS.has(k)) bad(k, 'unknown key');
  if (typeof json.name !== 'string' || !json.name.trim()) bad('name', 'a non-empty name is required');
  const headerless = json.hasHeader === false;
  if (json.hasHeader !== undefined && typeof json.hasHeader !== 'boolean') bad('hasHeader', 'must be true or false');

  const cols = json.columns;
  if (!isObj(cols)) bad('columns', 'an object mapping fields to column names (or 0-based positions) is required');
  else {
    const ref = (path: string, v: unknown): void => {
      if (typeof v === 'number') {
        if (!Number.isInteger(v) || v < 0) bad(path, 'a position must be a whole number from 0');
      } else if (typeof v === 'string') {
        if (!v.trim()) bad(path, 'an empty column name');
        else if (headerless) bad(path, 'the file has no header ("hasHeader": false), so give the column position (0 = first)');
      } else bad(path, 'a column name or a 0-based position');
    };
    for (const [k, v] of Object.entries(cols)) {
      if (!(COLUMN_KEYS as readonly string[]).includes(k)) bad(`columns.${k}`, `unknown field (known: ${COLUMN_KEYS.join(', ')})`);
      else if (MULTI.has(k) && Array.isArray(v)) v.forEach((x, i) => ref(`columns.${k}[${i}]`, x));
      else ref(`columns.${k}`, v);
    }
    if (cols.date === undefined) bad('columns.date', 'required');
    const hasAmount = cols.amount !== undefined;
    const hasSplit = cols.debit !== undefined || cols.credit !== undefined;
    if (!hasAmount && !hasSplit) bad('columns', 'say where the money is: "amount", or "debit" and "credit"');
    if (hasAmount && hasSplit) bad('columns', 'use either "amount" or "debit"/"credit", not both');
    if (cols.direction !== undefined) {
      const dv = json.directionValues;
      if (!hasAmount) bad('columns.direction', 'a direction column goes with "amount"');
      if (!isObj(dv) || !isStrList(dv.out) || !isStrList(dv.in) || !dv.out.length || !dv.in.length) {
        bad('directionValues', 'with a direction column, list its values: { "out": ["DEBIT"], "in": ["CREDIT"] }');
      } else if (dv.neutral !== undefined && !isStrList(dv.neutral)) bad('directionValues.neutral', 'a list of values');
    }
    if (cols.currency === undefined && (typeof json.currency !== 'string')) {
      bad('currency', 'no currency column is mapped, so give the currency of the file ("currency": "CNY")');
    }
  }
  if (json.currency !== undefined && (typeof json.currency !== 'string' || !/^[A-Za-z]{3}$/.test(json.currency))) {
    bad('currency', 'an ISO 4217 code such as CNY, USD, CAD');
  }
  for (const key of ['dateFormat', 'timeFormat'] as const) {
    const f = json[key];
    if (f === undefined) continue;
    if (typeof f !== 'string') bad(key, 'a format such as YYYY-MM-DD');
    else {
      try {
        compileDateFormat(f);
      } catch (e) {
        bad(key, (e as Error).message);
      }
    }
  }
  if (json.dateOrder !== undefined && !['ymd', 'dmy', 'mdy'].includes(json.dateOrder as string)) bad('dateOrder', 'ymd, dmy or mdy');
  if (json.decimalMark !== undefined && json.decimalMark !== '.' && json.decimalMark !== ',') bad('decimalMark', '"." or ","');
  if (json.encoding !== undefined && !ENCODINGS.includes(json.encoding as never)) bad('encoding', `one of ${ENCODINGS.join(', ')}`);
  if (json.negateAmounts !== undefined && typeof json.negateAmounts !== 'boolean') bad('negateAmounts', 'true or false');
  if (json.currencyAliases !== undefined) {
    if (!isObj(json.currencyAliases)) bad('currencyAliases', 'an object such as { "人民币": "CNY" }');
    else for (const [k, v] of Object.entries(json.currencyAliases)) {
      if (typeof v !== 'string' || !/^[A-Z]{3}$/.test(v)) bad(`currencyAliases.${k}`, 'an ISO 4217 code in capitals');
    }
  }
  if (json.statusMap !== undefined) {
    if (!isObj(json.statusMap)) bad('statusMap', 'an object such as { "POSTED": "completed" }');
    else for (const [k, v] of Object.entries(json.statusMap)) {
      if (!STATUSES.has(v as string)) bad(`statusMap.${k}`, `one of ${[...STATUSES].join(', ')}`);
    }
  }
  if (json.zone !== undefined) {
    if (typeof json.zone !== 'string' || !validZone(json.zone)) bad('zone', 'an offset such as +08:00 or an IANA zone such as America/Toronto');
  }
  if (json.skipRowsMatching !== undefined) {
    if (!isStrList(json.skipRowsMatching)) bad('skipRowsMatching', 'a list of regular expressions');
    else json.skipRowsMatching.forEach((s, i) => {
      try {
        new RegExp(s, 'u');
      } catch (e) {
        bad(`skipRowsMatching[${i}]`, (e as Error).message);
      }
    });
  }
  if (json.account !== undefined && (typeof json.account !== 'string' || !json.account.trim())) bad('account', 'a non-empty name');
  return problems.length ? { ok: false, problems } : { ok: true, profile: json as unknown as MappingProfile };
}

function validZone(z: string): boolean {
  if (/^[+-]\d{2}:\d{2}$/.test(z)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return true;
  } catch {
    return false;
  }
}

