// Storing a previewed file: everything (import records, original bytes, transaction pages, accounts) is
// written in ONE Dexie transaction, so an import is all or nothing. The pages are built before the
// transaction opens: awaiting anything but IndexedDB inside it would let it auto-commit half-way.
import type { Transaction } from '../../../../shared/model';
import { bumpGeneration, readGeneration, type WalletDb } from '../../db/database';
import type { AccountRow, ImportRow, OriginalRow } from '../../db/rows';
import { ISSUE_LIMIT, type ImportRecord, type Progress } from '../api';
import { DataError } from '../errors';
import { NEW } from './lookup';
import { buildPages, type BuiltPages } from './pages';
import type { HeldPreview } from './preview';

/** Pages per bulkAdd call: big enough to batch, small enough to report progress. */
const PAGES_PER_CHUNK = 100;

/** The store changed between the duplicate check and the write; the caller re-checks and retries. */
export class StalePlanError extends Error {
  constructor() {
    super('the store changed while this import was being prepared');
    this.name = 'StalePlanError';
  }
}

export interface Plan {
  generation: number;
  /** The rows this plan adds, for the rules run that follows the commit. */
  fresh: Transaction[];
  imports: Omit<ImportRow, 'seq'>[];
  originals: OriginalRow[];
  built: BuiltPages;
  accounts: AccountRow[];
}

function newId(): string {
  return crypto.randomUUID();
}

export function planCommit(held: HeldPreview, now = new Date()): Plan {
  const batchId = newId();
  const importedAt = now.toISOString();
  const imports: Omit<ImportRow, 'seq'>[] = [];
  const originals: OriginalRow[] = [];
  const pages: BuiltPages = { pages: [], cols: [] };
  const accounts = new Map<string, AccountRow>();
  const allFresh: Transaction[] = [];
  for (const part of held.parts) {
    const f = part.file;
    const id = newId();
    const fresh: Transaction[] = [];
    let duplicates = 0;
    f.transactions.forEach((tx, i) => {
      if (part.flags[i] === NEW) fresh.push(tx);
      else duplicates++;
    });
    const conflicts = part.flags.reduce((n, flag) => n + (flag === 2 ? 1 : 0), 0);
    const built = buildPages(id, fresh);
    for (const tx of fresh) allFresh.push(tx);
    pages.pages.push(...built.pages);
    pages.cols.push(...built.cols);
    for (const tx of fresh) {
      if (!accounts.has(tx.accountId)) accounts.set(tx.accountId, { id: tx.accountId, provider: tx.provider, createdAt: importedAt });
    }
    imports.push({
      id,
      batchId,
      fileSha256: f.sha256,
      name: f.name,
      size: f.size,
      importer: f.importer,
      layout: f.layout,
      encoding: f.encoding,
      ...(f.container ? { container: f.container } : {}),
      accountId: f.accountId,
      importedAt,
      rows: f.rows,
      added: fresh.length,
      duplicates: duplicates - conflicts,
      conflicts,
      issues: f.issues.slice(0, ISSUE_LIMIT),
      issueCount: f.issues.length,
    });
    originals.push({ fileSha256: f.sha256, name: f.name, data: f.container ? new Blob([f.bytes as Uint8Array<ArrayBuffer>]) : held.source });
  }
  return { generation: held.generation, fresh: allFresh, imports, originals, built: pages, accounts: [...accounts.values()] };
}

/** Writes the plan atomically. Throws StalePlanError if the store changed since the duplicate check. */
export async function writePlan(db: WalletDb, plan: Plan, onProgress?: Progress): Promise<ImportRow[]> {
  const { pages, cols } = plan.built;
  return db.transaction('rw', [db.imports, db.originals, db.txPages, db.txCols, db.accounts, db.meta], async () => {
    if ((await readGeneration(db)) !== plan.generation) throw new StalePlanError();
    for (const imp of plan.imports) {
      const prior = await db.imports.where('fileSha256').equals(imp.fileSha256).first();
      if (prior) {
        throw new DataError({ kind: 'already-imported', fileName: imp.name, message: `${imp.name}: this file was already imported on ${prior.importedAt.slice(0, 10)}; nothing new was added` });
      }
    }
    const last = await db.imports.orderBy('seq').last();
    const rows: ImportRow[] = plan.imports.map((r, i) => ({ ...r, seq: (last?.seq ?? 0) + 1 + i }));
    await db.imports.bulkAdd(rows);
    await db.originals.bulkAdd(plan.originals);
    for (let at = 0; at < pages.length; at += PAGES_PER_CHUNK) {
      await db.txPages.bulkAdd(pages.slice(at, at + PAGES_PER_CHUNK));
      onProgress?.(Math.min(0.95, (at + PAGES_PER_CHUNK) / pages.length), 'saving');
    }
    await db.txCols.bulkAdd(cols);
    const known = new Set((await db.accounts.bulkGet(plan.accounts.map((a) => a.id))).filter(Boolean).map((a) => a!.id));
    await db.accounts.bulkAdd(plan.accounts.filter((a) => !known.has(a.id)));
    await bumpGeneration(db);
    return rows;
  });
}

/** What the API returns for a commit: the file's record, or for an archive the sum with `parts`. */
export function recordOf(rows: readonly ImportRow[], name: string): ImportRecord {
  const strip = ({ batchId: _b, seq: _s, ...r }: ImportRow): ImportRecord => r;
  const records = rows.map(strip);
  if (records.length === 1) return records[0]!;
  const first = records[0]!;
  const sum = (f: (r: ImportRecord) => number): number => records.reduce((n, r) => n + f(r), 0);
  return {
    ...first,
    name: first.container ?? name,
    rows: sum((r) => r.rows),
    added: sum((r) => r.added),
    duplicates: sum((r) => r.duplicates),
    conflicts: sum((r) => r.conflicts ?? 0),
    issues: records.flatMap((r) => r.issues).slice(0, ISSUE_LIMIT),
    issueCount: sum((r) => r.issueCount ?? r.issues.length),
    parts: records,
  };
}
