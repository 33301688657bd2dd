// Streaming CSV reading over papaparse, with the physical line number of every record.
import Papa from 'papaparse';
import { CellInterner } from './csv-interner';

export type Delimiter = ',' | ';' | '\t';

/**
 * Picks the delimiter that occurs most often outside quotes in the first lines. Comma wins ties; Chinese
 * exports put a TAB after ids, which must not outvote their commas.
 */
export function sniffDelimiter(text: string): Delimiter {
  const head = text.slice(0, 64 * 1024);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < head.length && lines < 60; i++) {
    const ch = head[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      if (ch === '\n') lines++;
      else if (ch === ',' || ch === ';' || ch === '\t') counts[ch]++;
    }
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export interface CsvError {
  line: number;
  code: string;
  message: string;
}

export interface ReadOptions {
  delimiter?: Delimiter;
  /** Called with each record, its cells trimmed of spaces and tabs, and its 1-based starting line. */
  onRow: (cells: string[], line: number) => void | 'stop';
  onError?: (e: CsvError) => void;
  /** Called now and then with the share of the text read (0..1). */
  onProgress?: (fraction: number) => void;
}

/** Trims spaces, tabs and NBSP from both ends: Chinese exports pad cells and append TAB to long ids. */
export function trimCell(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPad(s.charCodeAt(a))) a++;
  while (b > a && isPad(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
function isPad(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** About how many characters papaparse is given at a time (a piece ends at a record boundary). */
const CSV_PIECE_CHARS = 64 * 1024;

/**
 * Reads every record of `text`, blank lines skipped, in pieces of whole records: papaparse parses a piece
 * of a few hundred rows at once about a third faster than it hands over one row at a time (`step`), and
 * memory stays flat. A piece ends at a line break outside quotes; should papaparse still find a quote open
 * there (a stray quote inside a field), the rest of the text is read one record at a time as a whole.
 */
export function readCsv(input: string, opts: ReadOptions & { pieceChars?: number }): void {
  // One line break for the whole text: exports pasted together mix CRLF, LF and lone CR.
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const delimiter = opts.delimiter ?? sniffDelimiter(text);
  const size = opts.pieceChars ?? CSV_PIECE_CHARS;
  // Without a quote no cell can hold a line break: a record is one line, and any line break ends one.
  const quoted = text.includes('"');
  const out = new RecordSink(opts, text.length);
  let line = 1;
  for (let pos = 0; pos < text.length && !out.stopped;) {
    const end = pieceEnd(text, pos, size, quoted);
    const res = Papa.parse<string[]>(text.slice(pos, end), { delimiter, newline: '\n', skipEmptyLines: false });
    if (res.errors.length) {
      readRecordByRecord(text, pos, line, delimiter, out);
      break;
    }
    for (const cells of res.data) {
      const recordLine = line;
      line += quoted ? 1 + lineBreaks(cells) : 1;
      if (out.record(cells, recordLine) === 'stop') break;
    }
    pos = end + 1;
    out.progress(pos);
  }
  opts.onProgress?.(1);
}

/** The index of the line break that ends a piece of about `size` characters from `pos` (or the text's end). */
function pieceEnd(text: string, pos: number, size: number, quoted: boolean): number {
  if (pos + size >= text.length) return text.length;
  let nl = text.indexOf('\n', pos + size);
  if (nl === -1) return text.length;
  if (!quoted) return nl;
  // `pos` starts a record, so a line break after an even number of quotes is outside every quoted field.
  let odd = quotesIn(text, pos, nl) & 1;
  while (odd) {
    const next = text.indexOf('\n', nl + 1);
    if (next === -1) return text.length;
    odd ^= quotesIn(text, nl, next) & 1;
    nl = next;
  }
  return nl;
}

function quotesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The rest of the text from `from` (which starts a record on `line`), one record at a time with its
 * cursor, so that malformed quotes are reported at the line of the record they are in.
 */
function readRecordByRecord(text: string, from: number, line: number, delimiter: Delimiter, out: RecordSink): void {
  let pos = from;
  const advance = (to: number): void => {
    for (let i = text.indexOf('\n', pos); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++;
    pos = to;
  };
  Papa.parse<string[]>(text.slice(from), {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (res, parser) => {
      const end = from + res.meta.cursor;
      // Skip the line break(s) before the record so its line is where its first cell is.
      let start = pos;
      while (start < end && text[start] === '\n') start++;
      advance(start);
      const recordLine = line;
      for (const err of res.errors) out.error({ line: recordLine, code: err.code, message: err.message });
      advance(end);
      out.progress(end);
      if (out.record(res.data, recordLine) === 'stop') parser.abort();
    },
  });
}

/** Where records go: blank ones dropped, cells trimmed and shared, progress now and then. */
class RecordSink {
  stopped = false;
  private readonly intern = new CellInterner();
  private nextProgress = 0;

  constructor(
    private readonly opts: ReadOptions,
    private readonly length: number,
  ) {}

  record(cells: string[], line: number): void | 'stop' {
    if (this.stopped) return 'stop';
    if (cells.length === 1 && cells[0] === '') return;
    for (let i = 0; i < cells.length; i++) {
      const c = this.intern.get(i, trimCell(cells[i]!));
      // Neighbours often repeat a value the interner leaves alone (Revolut's started and completed times):
      // one string for both halves what a million such rows hold.
      cells[i] = i > 0 && c === cells[i - 1] ? cells[i - 1]! : c;
    }
    if (this.opts.onRow(cells, line) !== 'stop') return;
    this.stopped = true;
    return 'stop';
  }

  error(e: CsvError): void {
    this.opts.onError?.(e);
  }

  progress(at: number): void {
    if (at < this.nextProgress || !this.opts.onProgress) return;
    this.opts.onProgress(Math.min(1, at / this.length));
    this.nextProgress = at + (1 << 20);
  }
}
