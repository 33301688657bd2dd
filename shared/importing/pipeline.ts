// Rows → transactions: finds the header by column names among the first rows, hands the rest to the
// matching importer, and gives every transaction its id, account and provenance.
import type { ProviderId, RowIssue, Transaction } from '../model';
import type { Importer, LayoutSignature, ParseContext, RowParser, TransactionDraft } from '../importers/types';
import { contentId, contentKey } from './ids';
import { ImportError } from './errors';
import { FirstSeen } from './first-seen';
import { issueText } from './issue-messages';

/** How many leading rows may be preamble before we give up looking for a header. */
export const HEADER_SEARCH_ROWS = 80;

export interface ParsedFile {
  importer: ProviderId;
  layout: string;
  /** Data rows seen after the header (trailer rows excluded). */
  rows: number;
  transactions: Transaction[];
  issues: RowIssue[];
  accountId: string;
}

export interface SinkOptions {
  fileName: string;
  importers: readonly Importer[];
  /** Only try this provider (the user's override). */
  format?: ProviderId;
  /** The user's name for the account; wins over what the export says. */
  accountId?: string;
  /** Zone for naive times of non-Chinese providers. */
  zone: string;
  /** Keep each row's cells in `source.raw` (default true; the app shows them, the CLI does not). */
  keepCells?: boolean;
}

const NO_CELLS: readonly string[] = Object.freeze([]);

const norm = (s: string): string => s.replace(/^\ufeff/, '').trim().toLowerCase();

export interface HeaderMatch {
  importer: Importer;
  layout: LayoutSignature;
  index: number;
}

/** Finds the first row that carries every required column of some layout; the longest signature wins a tie. */
export function findHeader(rows: readonly string[][], importers: readonly Importer[]): HeaderMatch | undefined {
  for (let i = 0; i < rows.length; i++) {
    const m = matchRow(rows, i, importers);
    if (m) return m;
  }
  return undefined;
}

/** Whether row `i` is a header of some importer's layout (preamble tests look at rows 0..i). */
export function matchRow(rows: readonly string[][], i: number, importers: readonly Importer[]): HeaderMatch | undefined {
  const names = new Set(rows[i]!.map(norm));
  let best: HeaderMatch | undefined;
  for (const importer of importers) {
    for (const layout of importer.meta.layouts) {
      if (!layout.required.every((c) => names.has(norm(c)))) continue;
      if (layout.preamble && !rows.slice(0, i + 1).some((r) => layout.preamble!.test(r.join(',')))) continue;
      if (!best || layout.required.length > best.layout.required.length) best = { importer, layout, index: i };
    }
  }
  return best;
}

export interface RowSink {
  push(cells: string[], line: number): void | 'stop';
  /** Finishes the file. Its hash arrives only now, so it can be computed while the rows are read. */
  end(fileSha256: string): ParsedFile;
}

export function createRowSink(opts: SinkOptions): RowSink {
  const keepCells = opts.keepCells ?? true;
  const candidates = opts.format ? opts.importers.filter((i) => i.meta.id === opts.format) : opts.importers;
  const head: { cells: string[]; line: number }[] = [];
  const transactions: Transaction[] = [];
  const issues: RowIssue[] = [];
  const seen = new FirstSeen();
  let match: HeaderMatch | undefined;
  let parser: RowParser | undefined;
  let rows = 0;
  let hint: string | undefined;
  let stopped = false;
  // Rows after a trailer, where a second export pasted into the same file would start.
  let tail: { cells: string[]; line: number }[] | undefined;
  let partStart = 0;

  const start = (m: HeaderMatch): void => {
    match = m;
    const header = m.layout.headerless ? [] : head[m.index]!.cells.map((c) => c.replace(/^\ufeff/, ''));
    const index = new Map<string, number>();
    header.forEach((h, i) => {
      if (!index.has(norm(h))) index.set(norm(h), i);
    });
    const provider = m.importer.meta.id;
    const ctx: ParseContext = {
      fileName: opts.fileName,
      layout: m.layout.id,
      zone: opts.zone,
      header,
      preamble: head.slice(0, m.index).map((r) => r.cells),
      col: (...names) => {
        for (const n of names) {
          const i = index.get(norm(n));
          if (i !== undefined) return i;
        }
        return -1;
      },
      emit: (draft, line, cells) => emit(provider, m.importer.meta.idScope ?? provider, draft, line, cells),
      issue: (line, code, detail) => issues.push(typeof detail === 'string' ? { line, code, detail } : { line, code, ...detail }),
      setAccountHint: (a) => {
        if (a) hint = a;
      },
    };
    parser = m.importer.begin(ctx);
    for (const r of head.slice(m.layout.headerless ? m.index : m.index + 1)) {
      if ((tail ? afterTrailer(r.cells, r.line) : feed(r.cells, r.line)) === 'stop') break;
    }
  };

  const emit = (provider: ProviderId, scope: string, d: TransactionDraft, line: number, cells: readonly string[]): void => {
    // The draft becomes the transaction instead of being copied: a spread over drafts of many shapes was the
    // hottest line of a million-row import, and a literal with every field would store (and clone into the
    // app's store) the fields an export lacks as undefined.
    const tx = d as Transaction;
    tx.provider = provider;
    if (tx.accountId === undefined) tx.accountId = '';
    tx.id = '';
    // Each record arrives in a fresh array that nothing else changes, so it is kept as is, not copied.
    tx.source = { fileSha256: '', line, raw: keepCells ? cells : NO_CELLS };
    if (d.externalId) {
      // join() builds one flat string, where `+` would leave a two-part rope that every later hash of the id
      // (lookups by id in rules, reports, the store) must first copy into a flat one.
      tx.id = [scope, d.externalId].join(':');
      // The cell is a slice of the whole decoded text and would keep all of it alive after the import; a
      // slice of the fresh id holds only the id.
      const externalId = tx.id.slice(scope.length + 1);
      tx.externalId = externalId;
      // Keyed by the external id (one provider per file): the joined id would be copied into a flat string
      // first, a million times over in a big export.
      const prev = seen.firstLine(externalId, line);
      if (prev !== undefined) {
        issues.push({ line, code: 'duplicate-id', ...issueText('duplicate-id', { id: externalId, first: prev }) });
        return;
      }
    }
    transactions.push(tx);
  };

  const feed = (cells: string[], line: number): void | 'stop' => {
    if (stopped) return 'stop';
    rows++;
    const r = parser!.row(cells, line);
    if (r === 'skip') {
      rows--;
      return;
    }
    if (r === 'stop') {
      rows--;
      stopped = true;
      tail = [];
      return;
    }
    return r;
  };

  /**
   * After a trailer only another export of the same provider may follow (two downloads pasted into one
   * file): its header starts a new part, read like the first. Anything else after the trailer is ignored,
   * as before; the search ends after as many rows as the first header search allows.
   */
  const afterTrailer = (cells: string[], line: number): void | 'stop' => {
    tail!.push({ cells, line });
    const m = matchRow(tail!.map((t) => t.cells), tail!.length - 1, [match!.importer]);
    if (!m) return tail!.length >= HEADER_SEARCH_ROWS ? 'stop' : undefined;
    // The part that ended gets its post-processing over its own rows.
    parser!.finish?.(transactions.slice(partStart));
    partStart = transactions.length;
    head.length = 0;
    head.push(...tail!);
    tail = undefined;
    stopped = false;
    start(m);
  };

  return {
    push(cells, line) {
      if (tail) return afterTrailer(cells, line);
      if (parser) return feed(cells, line);
      head.push({ cells, line });
      const m = matchRow(head.map((h) => h.cells), head.length - 1, candidates);
      if (m) start(m);
      else if (head.length >= HEADER_SEARCH_ROWS) throw noLayout(opts, candidates);
    },
    end(fileSha256) {
      if (!parser || !match) throw noLayout(opts, candidates);
      parser.finish?.(partStart ? transactions.slice(partStart) : transactions);
      const accountId = opts.accountId || hint || match.importer.meta.id;
      // Content keys contain the time, so a row whose time no other id-less row shares is the first of its
      // key. Only rows sharing a time are counted by key: a map of every key would hold a long string per
      // row of a million-row export until the last id is made. The times are the rows' own strings.
      const atTime = new Map<string, number>();
      for (const tx of transactions) if (!tx.id) atTime.set(tx.occurredAt, (atTime.get(tx.occurredAt) ?? 0) + 1);
      const occurrences = new Map<string, number>();
      for (const tx of transactions) {
        tx.source.fileSha256 = fileSha256;
        if (!tx.accountId) tx.accountId = accountId;
        if (!tx.id) {
          const key = contentKey(tx);
          let n = 0;
          if (atTime.get(tx.occurredAt)! > 1) {
            n = occurrences.get(key) ?? 0;
            occurrences.set(key, n + 1);
          }
          tx.id = contentId(tx.provider, key, n);
        }
      }
      issues.sort((a, b) => a.line - b.line);
      return { importer: match.importer.meta.id, layout: match.layout.id, rows, transactions, issues, accountId };
    },
  };
}

function noLayout(opts: SinkOptions, candidates: readonly Importer[]): ImportError {
  const mapping = opts.format === 'generic' ? candidates[0] : undefined;
  if (mapping) {
    const names = mapping.meta.layouts.flatMap((l) => l.required);
    return new ImportError(
      opts.fileName,
      names.length
        ? `no row in the first ${HEADER_SEARCH_ROWS} has all the columns the mapping "${mapping.meta.label}" names ` +
            `(${names.join(', ')}); check them against the file's header row, or use 0-based positions with "hasHeader": false`
        : 'the file has no rows to read with the mapping',
    );
  }
  const which = opts.format ? `the ${opts.format} layout` : 'any known wallet or bank layout';
  return new ImportError(
    opts.fileName,
    `no header row of ${which} was found in the first ${HEADER_SEARCH_ROWS} rows` +
      (candidates.length ? '' : ' (no importer selected)') +
      '. If this is a bank or wallet export we do not know yet, describe its columns in a mapping profile ' +
      '(JSON: which column holds the date, amount or debit/credit, counterparty, description; date format; ' +
      'decimal mark) and import it with that mapping.',
  );
}
