// The query side of the store (runs in the index worker): keeps a columnar index of every stored
// transaction in step with IndexedDB, answers filters and sorts from it, and fetches the full rows of
// the requested window from the page store.
import type { Transaction } from '../../../../shared/model';
import { readGeneration, type WalletDb } from '../../db/database';
import type { ColsRow, PageRow } from '../../db/rows';
import type { AccountSummary, TxPage, TxQuery } from '../api';
import type { IndexBackend } from '../backend';
import { dayToIso } from '../store/codes';
import { ID_SEPARATOR, type LookupAnswer } from '../store/lookup';
import { ColumnarIndex, type RowRef } from './columnar';
import { firstRows, isPlainTimeQuery } from './first-rows';
import { QueryEngine } from './query';

/** Column pages read per request while loading, so other requests get a turn in between. */
const LOAD_CHUNK = 50;
/** Decoded pages kept for the next request (a view scrolling through one account hits the same pages). */
const PAGE_CACHE = 48;

export class IndexService implements IndexBackend {
  private segments = new Map<string, ColsRow>();
  private imports = new Set<string>();
  private generation = -1;
  private engine: QueryEngine | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, PageRow>();

  constructor(private readonly db: WalletDb) {}

  /** Whether the full index has been built at least once. */
  get ready(): boolean {
    return this.engine !== undefined;
  }

  sync(): Promise<void> {
    const run = this.queue.then(() => this.syncNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async syncNow(): Promise<void> {
    const db = this.db;
    const changed = await db.transaction('r', db.meta, db.imports, db.txCols, async () => {
      const generation = await readGeneration(db);
      if (generation === this.generation && this.engine) return false;
      const ids = new Set(await db.imports.toCollection().primaryKeys());
      const added = [...ids].filter((id) => !this.imports.has(id));
      const removed = [...this.imports].filter((id) => !ids.has(id));
      for (const [pageId, seg] of this.segments) if (removed.includes(seg.importId)) this.segments.delete(pageId);
      if (added.length) {
        const keys = await db.txCols.where('importId').anyOf(added).primaryKeys();
        for (let at = 0; at < keys.length; at += LOAD_CHUNK) {
          for (const seg of await db.txCols.bulkGet(keys.slice(at, at + LOAD_CHUNK))) {
            if (!seg) continue;
            // The insights' extra columns are not needed for queries: not kept resident here.
            delete seg.more;
            this.segments.set(seg.id, seg);
          }
        }
      }
      this.imports = ids;
      this.generation = generation;
      return added.length > 0 || removed.length > 0 || !this.engine;
    });
    if (!changed) return;
    this.cache.clear();
    this.engine = new QueryEngine(new ColumnarIndex([...this.segments.values()]));
    this.engine.order('occurredAt');
  }

  async lookup(ids: string, amounts: Float64Array, times: Float64Array): Promise<LookupAnswer> {
    await this.sync();
    const list = ids === '' ? [] : ids.split(ID_SEPARATOR);
    return { flags: this.engine!.ix.lookup(list, amounts, times), generation: this.generation };
  }

  async query(q: TxQuery, offset: number, limit: number): Promise<TxPage> {
    // Until the first build finishes, the first screen of the plain list comes straight from the pages.
    if (!this.engine && isPlainTimeQuery(q)) return firstRows(this.db, q, offset, limit);
    await this.sync();
    const engine = this.engine!;
    const r = engine.run(q, offset, limit);
    return { total: r.total, rows: await this.fetch(r.rows.map((row) => engine.ix.ref(row))) };
  }

  async getTransactions(ids: string[]): Promise<Transaction[]> {
    await this.sync();
    const ix = this.engine!.ix;
    const refs = ids.map((id) => ix.rowOf(id)).filter((r): r is number => r !== undefined).map((r) => ix.ref(r));
    return this.fetch(refs);
  }

  async listAccounts(): Promise<AccountSummary[]> {
    await this.sync();
    const ix = this.engine!.ix;
    const acc = ix.accounts.map(() => ({ count: 0, currencies: new Set<string>(), first: Infinity, last: -Infinity }));
    for (let i = 0; i < ix.n; i++) {
      const a = acc[ix.account[i]!]!;
      a.count++;
      a.currencies.add(ix.currencies[ix.currency[i]!]!);
      const d = ix.day[i]!;
      if (d < a.first) a.first = d;
      if (d > a.last) a.last = d;
    }
    return ix.accounts
      .map((accountId, code) => {
        const a = acc[code]!;
        return {
          accountId,
          provider: ix.accountProvider[code]!,
          count: a.count,
          currencies: [...a.currencies].sort(),
          ...(a.count ? { first: dayToIso(a.first), last: dayToIso(a.last) } : {}),
        };
      })
      .sort((a, b) => a.accountId.localeCompare(b.accountId));
  }

  private async fetch(refs: readonly RowRef[]): Promise<Transaction[]> {
    const pages = new Map<string, PageRow>();
    const missing: string[] = [];
    for (const id of new Set(refs.map((r) => r.page))) {
      const hit = this.cache.get(id);
      if (hit) pages.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      (await this.db.txPages.bulkGet(missing)).forEach((p, i) => {
        if (!p) return;
        pages.set(missing[i]!, p);
        this.remember(missing[i]!, p);
      });
    }
    const out: Transaction[] = [];
    for (const r of refs) {
      const tx = pages.get(r.page)?.rows[r.slot];
      if (tx) out.push(tx);
    }
    return out;
  }

  private remember(id: string, page: PageRow): void {
    this.cache.delete(id);
    this.cache.set(id, page);
    while (this.cache.size > PAGE_CACHE) this.cache.delete(this.cache.keys().next().value!);
  }
}
