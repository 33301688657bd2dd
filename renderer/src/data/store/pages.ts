// Transactions → the page records written by one import: grouped by provider and account, sorted by
// time, cut into pages of PAGE_SIZE, each also written as columns for the query index.
import type { Transaction } from '../../../../shared/model';
import type { ColsRow, DictColumn, PageRow } from '../../db/rows';
import { dayOf, directionCode, statusCode } from './codes';

export const PAGE_SIZE = 1000;

export interface BuiltPages {
  pages: PageRow[];
  cols: ColsRow[];
}

export function timeOf(tx: Transaction): number {
  const t = Date.parse(tx.occurredAt);
  return Number.isNaN(t) ? 0 : t;
}

export function buildPages(importId: string, transactions: readonly Transaction[]): BuiltPages {
  const groups = new Map<string, { tx: Transaction; t: number }[]>();
  for (const tx of transactions) {
    const key = `${tx.provider}\u001f${tx.accountId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ tx, t: timeOf(tx) });
  }
  const pages: PageRow[] = [];
  const cols: ColsRow[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.t - b.t);
    for (let start = 0; start < group.length; start += PAGE_SIZE) {
      const chunk = group.slice(start, start + PAGE_SIZE);
      const id = `${importId}:${String(pages.length).padStart(6, '0')}`;
      const first = chunk[0]!.tx;
      const rows = chunk.map((c) => c.tx);
      pages.push({
        id,
        importId,
        accountId: first.accountId,
        from: chunk[0]!.t,
        to: chunk[chunk.length - 1]!.t,
        count: chunk.length,
        counterparties: [...new Set(rows.map((r) => r.counterparty).filter(Boolean))],
        rows,
      });
      cols.push(columnsOf(id, importId, chunk));
    }
  }
  return { pages, cols };
}

function columnsOf(id: string, importId: string, chunk: readonly { tx: Transaction; t: number }[]): ColsRow {
  const n = chunk.length;
  const time = new Float64Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const status = new Uint8Array(n);
  const direction = new Uint8Array(n);
  const ids: string[] = new Array<string>(n);
  const externalIds: string[] = new Array<string>(n);
  const currency = dictBuilder(n);
  const counterparty = dictBuilder(n);
  const description = dictBuilder(n);
  for (let i = 0; i < n; i++) {
    const { tx, t } = chunk[i]!;
    time[i] = t;
    day[i] = dayOf(tx.occurredAt);
    amount[i] = tx.amountMinor;
    status[i] = statusCode(tx.status);
    direction[i] = directionCode(tx.direction);
    ids[i] = tx.id;
    externalIds[i] = tx.externalId ?? '';
    currency.add(i, tx.currency);
    counterparty.add(i, tx.counterparty);
    description.add(i, tx.description);
  }
  const first = chunk[0]!.tx;
  return {
    id,
    importId,
    accountId: first.accountId,
    provider: first.provider,
    count: n,
    ids,
    externalIds,
    time,
    day,
    amount,
    status,
    direction,
    currency: currency.done(),
    counterparty: counterparty.done(),
    description: description.done(),
  };
}

function dictBuilder(n: number): { add(i: number, s: string): void; done(): DictColumn } {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = new Uint16Array(n);
  return {
    add(i, s) {
      let c = index.get(s);
      if (c === undefined) {
        c = dict.length;
        dict.push(s);
        index.set(s, c);
      }
      codes[i] = c;
    },
    done: () => ({ dict, codes }),
  };
}
