// Parsing a chosen file into a preview the user checks before anything is stored: which provider, layout
// and encoding were detected, the first rows, the per-row issues, and how many rows are new. The parsed
// transactions stay here (in the parse worker) until the user commits or discards them.
import { importBytes, LIMITS, type FileImport } from '../../../../shared/importing/import-file';
import { decodeBytes, DecodeError, type EncodingId } from '../../../../shared/decode';
import { readCsv } from '../../../../shared/csv';
import { readGeneration, type WalletDb } from '../../db/database';
import { ISSUE_LIMIT, type ImportPreview, type PeekResult, type PreviewOptions, type Progress } from '../api';
import { DataError } from '../errors';
import { headBytes } from './head';
import { CONFLICT, ID_SEPARATOR, NEW, STORED, type DuplicateLookup, type LookupAnswer } from './lookup';
import { timeOf } from './pages';

export interface HeldPart {
  file: FileImport;
  flags: Uint8Array;
}

export interface HeldPreview {
  key: string;
  name: string;
  /** The chosen file: the original of every statement that did not come out of an archive. */
  source: NamedBlob;
  parts: HeldPart[];
  generation: number;
}

export const SAMPLE_ROWS = 20;
const PEEK_ROWS = 40;

/** A File, or in tests any Blob with a name. */
export type NamedBlob = Blob & { name: string };

export async function readFileBytes(file: NamedBlob): Promise<Uint8Array> {
  if (file.size === 0) throw new DataError({ kind: 'invalid-file', fileName: file.name, message: `${file.name}: the file is empty` });
  if (file.size > LIMITS.maxFileBytes) {
    throw new DataError({ kind: 'invalid-file', fileName: file.name, message: `${file.name}: the file is larger than ${LIMITS.maxFileBytes / 2 ** 20} MB` });
  }
  return new Uint8Array(await file.arrayBuffer());
}

export async function parseForPreview(
  db: WalletDb,
  index: DuplicateLookup,
  key: string,
  file: NamedBlob,
  opts: PreviewOptions,
  onProgress?: Progress,
): Promise<{ held: HeldPreview; preview: ImportPreview }> {
  onProgress?.(0, 'reading');
  const all = await readFileBytes(file);
  const bytes = opts.headOnly ? headBytes(all) : all;
  onProgress?.(0.05, 'parsing');
  const files = await importBytes(file.name, bytes, {
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.accountId ? { accountId: opts.accountId } : {}),
    ...(opts.password ? { password: opts.password } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    onProgress: (f) => onProgress?.(0.05 + 0.8 * f, 'parsing'),
  });
  onProgress?.(0.88, 'checking');
  // The File itself is the original of a plain statement: drop the parsed copy of its bytes now.
  for (const f of files) if (!f.container) f.bytes = new Uint8Array(0);
  const held = await checkDuplicates(db, index, key, file, files);
  const previews: ImportPreview[] = [];
  for (const part of held.parts) previews.push(await partPreview(db, key, part, Boolean(opts.headOnly)));
  onProgress?.(1, 'done');
  return { held, preview: combine(key, file, previews) };
}

/** Flags every row against the store, and rows repeated across the statements of one archive. */
export async function checkDuplicates(db: WalletDb, index: DuplicateLookup, key: string, source: NamedBlob, files: FileImport[]): Promise<HeldPreview> {
  const count = files.reduce((n, f) => n + f.transactions.length, 0);
  const answer = await ask(db, index, files, count);
  const parts: HeldPart[] = [];
  let at = 0;
  // Within one file ids are unique already (the pipeline reports repeated provider ids and numbers
  // identical rows), so only later statements of an archive are checked against earlier ones.
  const earlier = new Set<string>();
  for (const [k, f] of files.entries()) {
    const flags = answer.flags.slice(at, at + f.transactions.length);
    at += f.transactions.length;
    if (files.length > 1) {
      f.transactions.forEach((tx, i) => {
        if (flags[i] === NEW && earlier.has(tx.id)) flags[i] = STORED;
      });
      if (k < files.length - 1) for (const tx of f.transactions) earlier.add(tx.id);
    }
    parts.push({ file: f, flags });
  }
  return { key, name: source.name, source, parts, generation: answer.generation };
}

async function ask(db: WalletDb, index: DuplicateLookup, files: readonly FileImport[], count: number): Promise<LookupAnswer> {
  // An empty store has nothing to compare with: skip sending every id to the index worker.
  const empty = await db.transaction('r', db.meta, db.imports, async () => ({ generation: await readGeneration(db), none: (await db.imports.count()) === 0 }));
  if (empty.none) return { flags: new Uint8Array(count), generation: empty.generation };
  const ids: string[] = new Array<string>(count);
  const amounts = new Float64Array(count);
  const times = new Float64Array(count);
  let i = 0;
  for (const f of files) {
    for (const tx of f.transactions) {
      ids[i] = tx.id;
      amounts[i] = tx.amountMinor;
      times[i] = timeOf(tx);
      i++;
    }
  }
  return index.lookup(ids.join(ID_SEPARATOR), amounts, times);
}

async function partPreview(db: WalletDb, key: string, part: HeldPart, partial: boolean): Promise<ImportPreview> {
  const f = part.file;
  const prior = await db.imports.where('fileSha256').equals(f.sha256).first();
  let newCount = 0;
  let duplicateCount = 0;
  let conflictCount = 0;
  for (const flag of part.flags) {
    if (flag === NEW) newCount++;
    else if (flag === CONFLICT) conflictCount++;
    else duplicateCount++;
  }
  return {
    key,
    name: f.name,
    size: f.size,
    importer: f.importer,
    layout: f.layout,
    encoding: f.encoding,
    accountId: f.accountId,
    rows: f.rows,
    newCount: prior ? 0 : newCount,
    duplicateCount: prior ? f.transactions.length : duplicateCount,
    conflictCount: prior ? 0 : conflictCount,
    alreadyImported: Boolean(prior),
    ...(prior ? { importedAt: prior.importedAt } : {}),
    issues: f.issues.slice(0, ISSUE_LIMIT),
    issueCount: f.issues.length,
    sample: f.transactions.slice(0, SAMPLE_ROWS),
    ...(partial ? { partial: true } : {}),
  };
}

function combine(key: string, file: NamedBlob, previews: ImportPreview[]): ImportPreview {
  const first = previews[0]!;
  if (previews.length === 1) return { ...first, key, name: file.name, size: file.size };
  const sum = (f: (p: ImportPreview) => number): number => previews.reduce((n, p) => n + f(p), 0);
  return {
    ...first,
    key,
    name: file.name,
    size: file.size,
    rows: sum((p) => p.rows),
    newCount: sum((p) => p.newCount),
    duplicateCount: sum((p) => p.duplicateCount),
    conflictCount: sum((p) => p.conflictCount ?? 0),
    alreadyImported: previews.every((p) => p.alreadyImported),
    issues: previews.flatMap((p) => p.issues.map((i) => ({ ...i, detail: `${p.name}: ${i.detail}` }))).slice(0, ISSUE_LIMIT),
    issueCount: sum((p) => p.issueCount ?? p.issues.length),
    sample: first.sample,
    parts: previews,
  };
}

/** The first records of a file as cells, decoded like an import would (or with the chosen encoding). */
export async function peekFile(file: NamedBlob, opts: { encoding?: EncodingId }): Promise<PeekResult> {
  const bytes = headBytes(await readFileBytes(file), 64 * 1024);
  let decoded;
  try {
    decoded = decodeBytes(bytes, opts.encoding);
  } catch (e) {
    if (e instanceof DecodeError) throw new DataError({ kind: 'invalid-file', fileName: file.name, message: `${file.name}: ${e.message}` });
    throw e;
  }
  const rows: PeekResult['rows'] = [];
  readCsv(decoded.text, {
    onRow: (cells, line) => {
      rows.push({ line, cells });
      return rows.length >= PEEK_ROWS ? 'stop' : undefined;
    },
  });
  return { name: file.name, encoding: decoded.encoding, rows };
}
