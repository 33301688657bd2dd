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
    const got: { tx: Transaction; t: number; seq: number }[] = [];
    let seq = 0;
    const better = (a: { t: number; seq: number }, b: { t: number; seq: number }): number => (desc ? b.t - a.t : a.t - b.t) || a.seq - b.seq;
    const byEdge = desc ? db.txPages.orderBy('to').reverse() : db.txPages.orderBy('from');
    // A cursor, so only the pages used are read: stop at the first page whose edge is beyond the rows
    // already held (every later page starts, or ends, further away still).
    await byEdge
      .until((page) => {
        const worst = got[got.length - 1];
        return got.length >= want && worst !== undefined && (desc ? worst.t > page.to : worst.t < page.from);
      })
      .each((page) => {
        for (const tx of page.rows) got.push({ tx, t: timeOf(tx), seq: seq++ });
        got.sort(better);
        got.length = Math.min(got.length, want);
      });
    return { total, rows: got.slice(offset, want).map((g) => g.tx) };
  });
}
