// The first screen of transactions straight from the page store, for the seconds after start-up while the
// full index of a large history is still loading. Only the unfiltered list sorted by time qualifies.
import type { Transaction } from '../../../../shared/model';
import type { WalletDb } from '../../db/database';
import type { TxPage, TxQuery } from '../api';
import { timeOf } from '../store/pages';

export function isPlainTimeQuery(q: TxQuery): boolean {
  const keys = Object.keys(q).filter((k) => q[k as keyof TxQuery] !== undefined);
  return keys.every((k) => k === 'sort') && (!q.sort || q.sort.key === 'occurredAt');
}

/**
 * Reads pages in order of their newest (or oldest) transaction until no unread page can hold one of the
 * first `offset + limit` rows. Pages of different imports overlap in time, so this is a k-way merge.
 */
export async function firstRows(db: WalletDb, q: TxQuery, offset: number, limit: number): Promise<TxPage> {
  const desc = (q.sort?.dir ?? 'desc') === 'desc';
  const want = offset + limit;
  return db.transaction('r', db.txPages, db.imports, async () => {
    const total = (await db.imports.toArray()).reduce((n, r) => n + r.added, 0);
    if (limit <= 0) return { total, rows: [] };
    const byEdge = desc ? db.txPages.orderBy('to').reverse() : db.txPages.orderBy('from');
    const edges = (await byEdge.keys()) as number[];
    const keys = await byEdge.primaryKeys();
    const got: { tx: Transaction; t: number; seq: number }[] = [];
    let seq = 0;
    const better = (a: { t: number; seq: number }, b: { t: number; seq: number }): number => (desc ? b.t - a.t : a.t - b.t) || a.seq - b.seq;
    for (let k = 0; k < keys.length; k++) {
      const page = await db.txPages.get(keys[k]!);
      if (!page) continue;
      for (const tx of page.rows) got.push({ tx, t: timeOf(tx), seq: seq++ });
      got.sort(better);
      got.length = Math.min(got.length, want);
      const bound = edges[k + 1];
      const worst = got[got.length - 1];
      // Every unread page starts (ends) beyond this bound, so none can beat the rows already held.
      if (bound === undefined || (got.length >= want && worst && (desc ? worst.t > bound : worst.t < bound))) break;
    }
    return { total, rows: got.slice(offset, want).map((g) => g.tx) };
  });
}
