// Reading the whole stored history in the insights worker from the column records (see ColsMore in
// db/rows.ts): lean transactions rebuilt from typed arrays and dictionaries, without opening the pages of
// full rows, which is what made the first charts, the unusual hours and an audit review slow with a
// million rows. Records written before the extra columns existed are read from their pages instead.
import type { Transaction } from '../../../shared/model';
import { readGeneration, type WalletDb } from '../db/database';
import type { ColsMore, ColsRow, DictColumn, PageRow } from '../db/rows';
import type { Progress } from '../data/api';
import { DIRECTION_CODES, STATUS_CODES } from '../data/store/codes';
import { slimmer } from './slim-history';

/** Column records read per IndexedDB request: big enough to be fast, small enough to report progress. */
const READ_CHUNK = 50;
const NO_CELLS: string[] = [];

const at = (d: DictColumn, i: number): string => d.dict[d.codes[i]!]!;

/** Hands each row of a record that has its extra columns to `take`, as a lean transaction. */
export function leanFromColumns(r: ColsRow, take: (t: Transaction) => void): void {
  const m = r.more!;
  for (let i = 0; i < r.count; i++) {
    const t: Transaction = {
      id: r.ids[i]!,
      provider: r.provider,
      accountId: r.accountId,
      occurredAt: m.occurredAt[i]!,
      amountMinor: r.amount[i]!,
      currency: at(r.currency, i),
      counterparty: at(r.counterparty, i),
      description: at(r.description, i),
      status: STATUS_CODES[r.status[i]!]!,
      direction: DIRECTION_CODES[r.direction[i]!]!,
      source: { fileSha256: at(m.file, i), line: m.line[i]!, raw: NO_CELLS },
    };
    if (r.externalIds[i]) t.externalId = r.externalIds[i];
    if (!Number.isNaN(m.fee[i])) t.feeMinor = m.fee[i]!;
    if (!Number.isNaN(m.balance[i])) t.balanceMinor = m.balance[i]!;
    const cpa = at(m.counterpartyAccount, i);
    if (cpa) t.counterpartyAccount = cpa;
    const category = at(m.category, i);
    if (category) t.category = category;
    const method = at(m.method, i);
    if (method) t.method = method;
    const kind = at(m.kind, i);
    if (kind) t.kind = kind;
    const related = at(m.relatedId, i);
    if (related) t.relatedId = related;
    if (m.mirror[i]) t.mirror = true;
    take(t);
  }
}

/**
 * Reads every column record in one read transaction, so the rows and their generation belong together,
 * and hands each stored transaction to `take` as a lean object (no raw cells; records are dropped as soon
 * as they are read) — or, given `takeRecord`, a record with its extra columns whole to that instead. Rows
 * come grouped by import, provider and account, each group in time order.
 */
export async function readLean(
  db: WalletDb,
  take: (t: Transaction) => void,
  onProgress?: Progress,
  takeRecord: (r: ColsRow & { more: ColsMore }) => void = (r) => leanFromColumns(r, take),
): Promise<number> {
  return db.transaction('r', db.txCols, db.txPages, db.meta, async () => {
    const generation = await readGeneration(db);
    const keys = await db.txCols.toCollection().primaryKeys();
    const slim = slimmer();
    for (let k = 0; k < keys.length; k += READ_CHUNK) {
      const records: (ColsRow | undefined)[] = await db.txCols.bulkGet(keys.slice(k, k + READ_CHUNK));
      for (const r of records) {
        if (!r) continue;
        if (r.more) {
          takeRecord(r as ColsRow & { more: ColsMore });
          continue;
        }
        // Written before the extra columns: the full rows, from the record's pages.
        const pages: (PageRow | undefined)[] = await db.txPages.bulkGet(r.pages);
        for (let i = 0; i < r.count; i++) {
          const t = pages[r.page[i]!]?.rows[r.slot[i]!];
          if (t) take(slim(t));
        }
      }
      onProgress?.(Math.min(1, (k + READ_CHUNK) / keys.length), 'reading');
    }
    return generation;
  });
}

/** The whole history as lean objects (for the audit review and the rules' history index). */
export async function readLeanHistory(db: WalletDb, onProgress?: Progress): Promise<{ generation: number; transactions: Transaction[] }> {
  const transactions: Transaction[] = [];
  const generation = await readLean(db, (t) => transactions.push(t), onProgress);
  return { generation, transactions };
}
