// CSV for spreadsheets that may be opened by someone else (a support agent, a lawyer): UTF-8 with BOM so
// Excel reads Chinese correctly, CRLF, RFC 4180 quoting, and formula injection neutralised (OWASP CSV
// Injection; ASVS 5.0 1.2.10). Numbers are written in one canonical form and never prefixed, so that a
// negative amount stays a number. Each CSV has a JSON twin for machines, with the values unaltered.

export type CsvKind = 'text' | 'number' | 'date';

export interface CsvColumn<Row> {
  header: string;
  kind: CsvKind;
  value: (row: Row) => string | undefined;
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;
// First characters that make a spreadsheet treat a cell as a formula or split it.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0']);
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** Prefixes `'` when the cell (or the cell after leading spaces) starts like a formula. */
export function neutralise(text: string): string {
  const first = text[0];
  if (first === undefined) return text;
  if (TRIGGERS.has(first)) return `'${text}`;
  const trimmed = text.trimStart();
  if (trimmed !== text && trimmed[0] !== undefined && TRIGGERS.has(trimmed[0])) return `'${text}`;
  return text;
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell, escaped for its column kind. A non-canonical number is a programming error, not data. */
export function csvCell(value: string | undefined, kind: CsvKind, header = ''): string {
  if (value === undefined || value === '') return '';
  if (kind === 'number') {
    if (!NUMBER_RE.test(value)) throw new Error(`column ${header}: "${value}" is not a canonical number`);
    return value;
  }
  return quote(neutralise(value));
}

const BOM = '\ufeff';

/** The CSV text (with BOM and CRLF line ends) for the rows. */
export function toCsvText<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const lines: string[] = [columns.map((c) => quote(neutralise(c.header))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row), c.kind, c.header)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The JSON twin: one object per row with the column headers as keys, values as given (not neutralised). */
export function toJsonText<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const out: Record<string, string | null>[] = [];
  for (const row of rows) {
    const o: Record<string, string | null> = {};
    for (const c of columns) o[c.header] = c.value(row) ?? null;
    out.push(o);
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Masks an account number, keeping the last 4 characters (`6222021234567890` → `************7890`) and
 * separators. An email keeps its first letter and domain. Already-masked values (`138****1234`) keep their shape.
 */
export function maskAccount(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}${'*'.repeat(Math.max(at - 1, 1))}${value.slice(at)}`;
  let keep = 4;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (/[\p{L}\p{N}]/u.test(chars[i]!)) {
      if (keep > 0) keep--;
      else chars[i] = '*';
    }
  }
  return chars.join('');
}
