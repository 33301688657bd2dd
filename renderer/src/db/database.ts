// The app's IndexedDB database. The main thread and every worker open their own connection to it; all
// of them declare the same versions from schema.ts.
import Dexie, { type Table } from 'dexie';
import { DB_NAME, SCHEMA, type SchemaVersion } from './schema';
import type { AccountRow, ColsRow, FindingRow, ImportRow, MarkRow, MetaRow, OriginalRow, PageRow, SettingsRow } from './rows';

export class WalletDb extends Dexie {
  accounts!: Table<AccountRow, string>;
  imports!: Table<ImportRow, string>;
  originals!: Table<OriginalRow, string>;
  txPages!: Table<PageRow, string>;
  txCols!: Table<ColsRow, string>;
  findings!: Table<FindingRow, string>;
  marks!: Table<MarkRow, string>;
  settings!: Table<SettingsRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The `generation` counter: read it inside a transaction that also writes, to detect a stale plan. */
export async function readGeneration(db: WalletDb): Promise<number> {
  const row = await db.meta.get('generation');
  return typeof row?.value === 'number' ? row.value : 0;
}

export async function bumpGeneration(db: WalletDb): Promise<number> {
  const next = (await readGeneration(db)) + 1;
  await db.meta.put({ key: 'generation', value: next });
  return next;
}
