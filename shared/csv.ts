// Streaming CSV reading over papaparse, with the physical line number of every record.
import Papa from 'papaparse';

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

/** Reads every record of `text`, blank lines skipped. Papaparse's step mode keeps memory flat. */
export function readCsv(input: string, opts: ReadOptions): void {
  // One line break for the whole text: exports pasted together mix CRLF, LF and lone CR.
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let line = 1;
  let pos = 0;
  let stopped = false;
  let nextProgress = 0;
  const step = 1 << 20;
  const intern = new CellInterner();
  const advance = (to: number): void => {
    for (let i = text.indexOf('\n', pos); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++;
    pos = to;
  };
  Papa.parse<string[]>(text, {
    delimiter: opts.delimiter ?? sniffDelimiter(text),
    newline: '\n',
    skipEmptyLines: false,
    step: (res, parser) => {
      if (stopped) return;
      const end = res.meta.cursor;
      // Skip the line break(s) before the record so its line is where its first cell is.
      let start = pos;
      while (start < end && text[start] === '\n') start++;
      advance(start);
      const recordLine = line;
      const cells = res.data;
      for (const err of res.errors) {
        opts.onError?.({ line: recordLine, code: err.code, message: err.message });
      }
      advance(end);
      if (end >= nextProgress) {
        opts.onProgress?.(end / text.length);
        nextProgress = end + step;
      }
      if (cells.length === 1 && cells[0] === '') return;
      for (let i = 0; i < cells.length; i++) {
        const c = intern.get(i, trimCell(cells[i]!));
        // Neighbours often repeat a value the interner leaves alone (Revolut's started and completed times):
        // one string for both halves what a million such rows hold.
        cells[i] = i > 0 && c === cells[i - 1] ? cells[i - 1]! : c;
      }
      if (opts.onRow(cells, recordLine) === 'stop') {
        stopped = true;
        parser.abort();
      }
    },
  });
  opts.onProgress?.(1);
}

/**
 * Shares one string among the many equal cells of a column (status, direction, category, payee...): a
 * million-row export then holds a few thousand strings for those columns instead of millions, which is
 * most of its memory and of the garbage collector's work. Columns that rarely repeat (times, amounts,
 * ids) are noticed after a few hundred rows and left alone, so they cost one lookup each, not more.
 */
class CellInterner {
  private readonly columns: (Map<string, string> | null | undefined)[] = [];
  private readonly misses: number[] = [];
  private readonly seen: number[] = [];

  get(col: number, cell: string): string {
    if (cell.length > 40 || col > 63) return cell;
    let m = this.columns[col];
    if (m === null) return cell;
    if (m === undefined) {
      m = new Map();
      this.columns[col] = m;
      this.misses[col] = 0;
      this.seen[col] = 0;
    }
    const seen = ++this.seen[col]!;
    const hit = m.get(cell);
    if (hit !== undefined) return hit;
    const misses = ++this.misses[col]!;
    // Mostly new values, or too many distinct ones: stop interning this column.
    if ((seen >= 256 && misses * 2 > seen) || m.size >= 20_000) this.columns[col] = null;
    else m.set(cell, cell);
    return cell;
  }
}
