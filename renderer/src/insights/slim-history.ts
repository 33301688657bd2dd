// Lean transactions: the cells as read (`raw`) dropped and repeated strings (accounts, currencies,
// counterparties, descriptions, file hashes) sharing one copy. The insights worker reads the history from
// the column records (col-history.ts) and uses these for records written before those held every field;
// `readAll` reads the full rows of every page.
import type { Transaction } from '../../../shared/model';
import { readGeneration, type WalletDb } from '../db/database';
import type { PageRow } from '../db/rows';
import type { Progress } from '../data/api';

/** Pages read per IndexedDB request: big enough to be fast, small enough to report progress. */
const READ_CHUNK = 50;
const NO_CELLS: string[] = [];

function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
}

/** A copy of `t` without its raw cells and with shared strings; every field the series builders read. */
export function slimmer(): (t: Transaction) => Transaction {
  const I = interner();
  return (t) => {
    const s: Transaction = {
      id: t.id,
      provider: I(t.provider) as Transaction['provider'],
      accountId: I(t.accountId),
      occurredAt: t.occurredAt,
      amountMinor: t.amountMinor,
      currency: I(t.currency),
      counterparty: I(t.counterparty),
      description: I(t.description),
      status: I(t.status) as Transaction['status'],
      direction: I(t.direction) as Transaction['direction'],
      source: { fileSha256: I(t.source.fileSha256), line: t.source.line, raw: NO_CELLS },
    };
    if (t.externalId !== undefined) s.externalId = t.externalId;
    if (t.feeMinor !== undefined) s.feeMinor = t.feeMinor;
    if (t.balanceMinor !== undefined) s.balanceMinor = t.balanceMinor;
    if (t.counterpartyAccount !== undefined) s.counterpartyAccount = I(t.counterpartyAccount);
    if (t.category !== undefined) s.category = I(t.category);
    if (t.method !== undefined) s.method = I(t.method);
    if (t.kind !== undefined) s.kind = I(t.kind);
    if (t.relatedId !== undefined) s.relatedId = t.relatedId;
    if (t.mirror) s.mirror = true;
    return s;
  };
}

/**
 * Reads every page (full rows) in one read transaction, so the rows and their generation belong together, and hands
 * each transaction to `take` (pages are dropped as soon as they are read).
 */
export async function readAll(db: WalletDb, take: (t: Transaction) => void, onProgress?: Progress): Promise<number> {
  return db.transaction('r', db.txPages, db.meta, async () => {
    const generation = await readGeneration(db);
    const keys = await db.txPages.orderBy('from').primaryKeys();
    for (let at = 0; at < keys.length; at += READ_CHUNK) {
      const pages: (PageRow | undefined)[] = await db.txPages.bulkGet(keys.slice(at, at + READ_CHUNK));
      for (const page of pages) if (page) for (const t of page.rows) take(t);
      onProgress?.(Math.min(1, (at + READ_CHUNK) / keys.length), 'reading');
    }
    return generation;
  });
}
