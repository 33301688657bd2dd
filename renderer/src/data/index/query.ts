// Runs a TxQuery over the columnar index: resolves the filters to codes and bounds once, then walks the
// chosen sort order and keeps the rows of the requested window.
import { DIRECTION_CODES, STATUS_CODES, parseDay } from '../store/codes';
import type { SortKey, TxQuery } from '../api';
import type { ColumnarIndex } from './columnar';
import { computeOrder } from './sort';

export interface QueryResult {
  total: number;
  rows: number[];
}

export class QueryEngine {
  private readonly orders = new Map<SortKey, Uint32Array>();
  private readonly positions = new Map<SortKey, Uint32Array>();
  private lowered: { cp?: string[]; desc?: string[]; ext?: string[] } = {};

  constructor(readonly ix: ColumnarIndex) {}

  order(key: SortKey): Uint32Array {
    let o = this.orders.get(key);
    if (!o) this.orders.set(key, (o = computeOrder(this.ix, key)));
    return o;
  }

  /** Each row's place in the order for `key` (the inverse permutation). */
  position(key: SortKey): Uint32Array {
    let p = this.positions.get(key);
    if (!p) {
      const order = this.order(key);
      p = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) p[order[k]!] = k;
      this.positions.set(key, p);
    }
    return p;
  }

  run(q: TxQuery, offset: number, limit: number): QueryResult {
    const ix = this.ix;
    const test = this.predicate(q);
    const sort = q.sort ?? { key: 'occurredAt', dir: 'desc' };
    const rows: number[] = [];
    let total = 0;
    const keep = (i: number): void => {
      if (!test(i)) return;
      if (total >= offset && rows.length < limit) rows.push(i);
      total++;
    };
    if (q.ids) {
      const picked = [...new Set(q.ids.map((id) => ix.rowOf(id)).filter((r): r is number => r !== undefined))];
      const pos = this.position(sort.key);
      picked.sort((a, b) => (pos[a]! - pos[b]!) * (sort.dir === 'asc' ? 1 : -1));
      for (const r of picked) keep(r);
      return { total, rows };
    }
    const order = this.order(sort.key);
    if (sort.dir === 'asc') for (let k = 0; k < order.length; k++) keep(order[k]!);
    else for (let k = order.length - 1; k >= 0; k--) keep(order[k]!);
    return { total, rows };
  }

  private predicate(q: TxQuery): (i: number) => boolean {
    const ix = this.ix;
    const acc = q.accountId === undefined ? -1 : ix.accounts.indexOf(q.accountId);
    const from = parseDay(q.from) ?? -Infinity;
    const to = parseDay(q.to) ?? Infinity;
    const dir = q.direction === undefined ? -1 : DIRECTION_CODES.indexOf(q.direction);
    const st = q.status === undefined ? -1 : STATUS_CODES.indexOf(q.status);
    const payee = q.counterparty?.trim().toLowerCase() ?? '';
    const min = q.minAbsMinor ?? 0;
    const max = q.maxAbsMinor ?? Infinity;
    const needle = q.search?.trim().toLowerCase() ?? '';
    // A filter naming an account that is not stored matches nothing.
    if (q.accountId !== undefined && acc < 0) return () => false;
    // Payee: part of the name, any case (what a typed filter means); checked once per distinct name.
    const cpWanted = payee ? Uint8Array.from(this.lowerDicts().cp, (s) => (s.includes(payee) ? 1 : 0)) : undefined;
    let cpHit: Uint8Array | undefined;
    let descHit: Uint8Array | undefined;
    let ext: string[] | undefined;
    if (needle) {
      const l = this.lowerDicts();
      cpHit = Uint8Array.from(l.cp, (s) => (s.includes(needle) ? 1 : 0));
      descHit = Uint8Array.from(l.desc, (s) => (s.includes(needle) ? 1 : 0));
      ext = l.ext;
    }
    const { day, amount, direction, status, account, counterparty, description } = ix;
    return (i) => {
      if (acc >= 0 && account[i] !== acc) return false;
      const d = day[i]!;
      if (d < from || d > to) return false;
      if (dir >= 0 && direction[i] !== dir) return false;
      if (st >= 0 && status[i] !== st) return false;
      if (cpWanted && !cpWanted[counterparty[i]!]) return false;
      const a = Math.abs(amount[i]!);
      if (a < min || a > max) return false;
      if (cpHit && !cpHit[counterparty[i]!] && !descHit![description[i]!] && !ext![i]!.includes(needle)) return false;
      return true;
    };
  }

  private lowerDicts(): { cp: string[]; desc: string[]; ext: string[] } {
    const l = this.lowered;
    l.cp ??= this.ix.counterparties.map((s) => s.toLowerCase());
    l.desc ??= this.ix.descriptions.map((s) => s.toLowerCase());
    l.ext ??= this.ix.externalIds.map((s) => s.toLowerCase());
    return { cp: l.cp, desc: l.desc, ext: l.ext };
  }
}
