// Transactions → the page records written by one import: grouped by provider and account, sorted by
// time, cut into pages, each also written as columns for the query index.
//
// A page holds up to PAGE_SIZE rows but stays under PAGE_BYTES (estimated). Chromium stores an IndexedDB
// value over 64 KB as a separate blob, and reading such values is an order of magnitude slower: reading
// 100 scattered pages took ~1 s with 1,000-row pages (≈400 KB each) and ~20 ms with pages under 64 KB,
// which decides whether a sort over a million rows shows its first screen in time. Writing small pages
// costs little more than writing big ones; writing one record per row is what is slow.
import type { Transaction } from '../../../../shared/model';
import type { ColsMore, ColsRow, DictColumn, PageRow } from '../../db/rows';
import { orderByRank, ranksOf } from '../index/sort';
import { dayOf, directionCode, statusCode } from './codes';

export const PAGE_SIZE = 1000;
/** Estimated structured-clone bytes per page, with room below Chromium's 64 KB blob threshold. */
export const PAGE_BYTES = 56 * 1024;

const len = (s: string | undefined): number => (s === undefined ? 0 : s.length);

/** A generous estimate of a row's serialized size: two bytes per character, plus keys and numbers. */
export function approxBytes(tx: Transaction): number {
  let n = 260 + 2 * (len(tx.id) + len(tx.occurredAt) + len(tx.counterparty) + len(tx.description) + len(tx.externalId) +
    len(tx.method) + len(tx.category) + len(tx.kind) + len(tx.counterpartyAccount) + len(tx.relatedId) + len(tx.accountId) +
    len(tx.source.fileSha256));
  for (const c of tx.source.raw) n += 4 + 2 * c.length;
  return n;
}

export interface BuiltPages {
  pages: PageRow[];
  cols: ColsRow[];
}

export function timeOf(tx: Transaction): number {
  const t = Date.parse(tx.occurredAt);
  return Number.isNaN(t) ? 0 : t;
}

/** Cuts a time-sorted group (row numbers) into pages by row count and estimated size. */
function cut(group: readonly number[], rows: readonly Transaction[]): number[][] {
  const out: number[][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < group.length; i++) {
    const b = approxBytes(rows[group[i]!]!);
    if (i > start && (i - start >= PAGE_SIZE || bytes + b > PAGE_BYTES)) {
      out.push(group.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < group.length) out.push(group.slice(start));
  return out;
}

/**
 * Row numbers and times instead of a wrapper object per row: a million-row import builds its pages
 * without a million short-lived objects (its memory peak is reached here).
 */
export function buildPages(importId: string, transactions: readonly Transaction[]): BuiltPages {
  const n = transactions.length;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = timeOf(transactions[i]!);
  const groups = new Map<string, number[]>();
  for (const i of orderByRank(ranksOf(times), n)) {
    const tx = transactions[i]!;
    const key = `${tx.provider}\u001f${tx.accountId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  const pages: PageRow[] = [];
  const cols: ColsRow[] = [];
  for (const group of groups.values()) {
    // Consecutive pages share one column record of up to PAGE_SIZE rows: fewer records to write and load.
    let members: { id: string; rows: number[] }[] = [];
    let count = 0;
    const flush = (): void => {
      if (members.length) cols.push(columnsOf(`${importId}:c${String(cols.length).padStart(6, '0')}`, importId, members, transactions, times));
      members = [];
      count = 0;
    };
    for (const chunk of cut(group, transactions)) {
      const id = `${importId}:${String(pages.length).padStart(6, '0')}`;
      pages.push({
        id,
        importId,
        accountId: transactions[chunk[0]!]!.accountId,
        from: times[chunk[0]!]!,
        to: times[chunk[chunk.length - 1]!]!,
        count: chunk.length,
        rows: chunk.map((i) => transactions[i]!),
      });
      if (count + chunk.length > PAGE_SIZE) flush();
      members.push({ id, rows: chunk });
      count += chunk.length;
    }
    flush();
  }
  return { pages, cols };
}

function columnsOf(id: string, importId: string, members: readonly { id: string; rows: readonly number[] }[], all: readonly Transaction[], times: Float64Array): ColsRow {
  const rows = members.flatMap((m) => m.rows);
  const n = rows.length;
  const page = new Uint16Array(n);
  const slot = new Uint16Array(n);
  let at = 0;
  members.forEach((m, k) => {
    for (let i = 0; i < m.rows.length; i++, at++) {
      page[at] = k;
      slot[at] = i;
    }
  });
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
  const payees = new Set<string>();
  for (let i = 0; i < n; i++) {
    const tx = all[rows[i]!]!;
    time[i] = times[rows[i]!]!;
    day[i] = dayOf(tx.occurredAt);
    amount[i] = tx.amountMinor;
    status[i] = statusCode(tx.status);
    direction[i] = directionCode(tx.direction);
    ids[i] = tx.id;
    externalIds[i] = tx.externalId ?? '';
    currency.add(i, tx.currency);
    counterparty.add(i, tx.counterparty);
    description.add(i, tx.description);
    if (tx.counterparty) payees.add(tx.counterparty);
  }
  const first = all[rows[0]!]!;
  return {
    id,
    importId,
    accountId: first.accountId,
    provider: first.provider,
    count: n,
    pages: members.map((m) => m.id),
    page,
    slot,
    counterparties: [...payees],
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
    more: moreOf(rows, all),
  };
}

function moreOf(rows: readonly number[], all: readonly Transaction[]): ColsMore {
  const n = rows.length;
  const occurredAt: string[] = new Array<string>(n);
  const fee = new Float64Array(n);
  const balance = new Float64Array(n);
  const line = new Int32Array(n);
  const mirror = new Uint8Array(n);
  const [file, kind, category, method, counterpartyAccount, relatedId] = Array.from({ length: 6 }, () => dictBuilder(n));
  for (let i = 0; i < n; i++) {
    const tx = all[rows[i]!]!;
    occurredAt[i] = tx.occurredAt;
    fee[i] = tx.feeMinor ?? Number.NaN;
    balance[i] = tx.balanceMinor ?? Number.NaN;
    line[i] = tx.source.line;
    mirror[i] = tx.mirror ? 1 : 0;
    file!.add(i, tx.source.fileSha256);
    kind!.add(i, tx.kind ?? '');
    category!.add(i, tx.category ?? '');
    method!.add(i, tx.method ?? '');
    counterpartyAccount!.add(i, tx.counterpartyAccount ?? '');
    relatedId!.add(i, tx.relatedId ?? '');
  }
  return {
    occurredAt, fee, balance, line, mirror, file: file!.done(), kind: kind!.done(), category: category!.done(),
    method: method!.done(), counterpartyAccount: counterpartyAccount!.done(), relatedId: relatedId!.done(),
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
