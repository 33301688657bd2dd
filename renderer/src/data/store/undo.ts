// Undo of the last commit: removes its import records, original bytes, pages and the accounts nothing
// else refers to, in one transaction. Review marks stay: they are keyed by transaction id and attach
// again if the same transactions are imported later.
import Dexie from 'dexie';
import { bumpGeneration, type WalletDb } from '../../db/database';
import type { ImportRecord } from '../api';
import { recordOf } from './commit';

export async function undoLastImport(db: WalletDb): Promise<ImportRecord | undefined> {
  return db.transaction('rw', [db.imports, db.originals, db.txPages, db.txCols, db.accounts, db.meta], async () => {
    const last = await db.imports.orderBy('seq').last();
    if (!last) return undefined;
    const batch = await db.imports.where('batchId').equals(last.batchId).sortBy('seq');
    const accounts = new Set<string>();
    for (const imp of batch) {
      const cols = await db.txCols.where('importId').equals(imp.id).toArray();
      for (const c of cols) accounts.add(c.accountId);
      await db.txPages.bulkDelete(await db.txPages.where('importId').equals(imp.id).primaryKeys());
      await db.txCols.bulkDelete(cols.map((c) => c.id));
      await db.originals.delete(imp.fileSha256);
      await db.imports.delete(imp.id);
    }
    for (const a of accounts) {
      const left = await db.txPages.where('[accountId+from]').between([a, Dexie.minKey], [a, Dexie.maxKey]).count();
      if (left === 0) await db.accounts.delete(a);
    }
    await bumpGeneration(db);
    return recordOf(batch, last.name);
  });
}
