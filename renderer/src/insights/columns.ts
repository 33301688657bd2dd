// The history as columns for the charts: one typed array per field and small dictionaries for repeated
// strings, about 100 bytes a transaction instead of the 400 the objects take, so a million stay resident
// in the worker. Every judgement about a row (does it move money, is it a fee row, which kind of fee, its
// local hour and weekday) is made once here with the shared predicates the series builders use.
import { localHourAndWeekday } from '../../../shared/dates';
import { feeKind, isFeeRow, movesMoney, type FeeKind } from '../../../shared/insights';
import type { Transaction } from '../../../shared/model';
import type { ColsMore, ColsRow, DictColumn } from '../db/rows';
import { DIRECTION_CODES, STATUS_CODES } from '../data/store/codes';

export const MOVES = 1;
/** A row that is itself a fee and not a mirror of a fee column (counted once in fee totals). */
export const FEE_ROW = 2;
/** Failed or closed: never a fee paid. */
export const NO_FEE = 4;
export const HAS_BALANCE = 8;

export const FEE_KINDS: readonly FeeKind[] = ['transfer', 'withdrawal', 'conversion', 'service'];

export class Dict {
  readonly list: string[] = [];
  private readonly codes = new Map<string, number>();
  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.list.length;
      this.codes.set(s, c);
      this.list.push(s);
    }
    return c;
  }
  /** The code of `s`, or -1 when it never occurred. */
  find(s: string): number {
    return this.codes.get(s) ?? -1;
  }
}

export interface Columns {
  n: number;
  ids: string[];
  /** yyyymmdd of the local date as written in the ISO text. */
  day: Int32Array;
  /** Local wall-clock seconds since the day began (order within a day, as the text orders it). */
  second: Int32Array;
  hour: Uint8Array;
  weekday: Uint8Array;
  amount: Float64Array;
  /** Fee column in minor units, 0 when none. */
  fee: Float64Array;
  /** NaN when the export has no balance for the row. */
  balance: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
  feeKind: Uint8Array;
  account: Int32Array;
  currency: Int32Array;
  provider: Int32Array;
  /** -1 for a blank counterparty. */
  counterparty: Int32Array;
  file: Int32Array;
  accounts: Dict;
  currencies: Dict;
  providers: Dict;
  counterparties: Dict;
  files: Dict;
}

const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

/** Grows its arrays by doubling; `done()` trims them to the rows added. */
export class ColumnsBuilder {
  private cap = 1024;
  private c: Columns;
  /** Weekday of each yyyymmdd seen. */
  private readonly weekdays = new Map<number, number>();

  constructor() {
    this.c = {
      n: 0, ids: [], day: new Int32Array(this.cap), second: new Int32Array(this.cap), hour: new Uint8Array(this.cap),
      weekday: new Uint8Array(this.cap), amount: new Float64Array(this.cap), fee: new Float64Array(this.cap),
      balance: new Float64Array(this.cap), line: new Int32Array(this.cap), flags: new Uint8Array(this.cap),
      feeKind: new Uint8Array(this.cap), account: new Int32Array(this.cap), currency: new Int32Array(this.cap),
      provider: new Int32Array(this.cap), counterparty: new Int32Array(this.cap), file: new Int32Array(this.cap),
      accounts: new Dict(), currencies: new Dict(), providers: new Dict(), counterparties: new Dict(), files: new Dict(),
    };
  }

  private grow(): void {
    this.cap *= 2;
    const c = this.c;
    const more = <A extends Int32Array | Uint8Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(this.cap);
      b.set(a);
      return b;
    };
    Object.assign(c, {
      day: more(c.day), second: more(c.second), hour: more(c.hour), weekday: more(c.weekday), amount: more(c.amount),
      fee: more(c.fee), balance: more(c.balance), line: more(c.line), flags: more(c.flags), feeKind: more(c.feeKind),
      account: more(c.account), currency: more(c.currency), provider: more(c.provider), counterparty: more(c.counterparty),
      file: more(c.file),
    });
  }

  /** Row `i`'s date, weekday and local time of day, from the ISO text as the export wrote it. */
  /** Reads the digits in place: slicing the ISO text made five strings per row, most of a million-row build. */
  private when(i: number, iso: string): void {
    const c = this.c;
    const day = (two(iso, 0) * 100 + two(iso, 2)) * 10000 + two(iso, 5) * 100 + two(iso, 8);
    let weekday = this.weekdays.get(day);
    if (weekday === undefined) this.weekdays.set(day, (weekday = localHourAndWeekday(iso).weekday));
    const hour = two(iso, 11);
    c.day[i] = day;
    c.hour[i] = hour;
    c.second[i] = hour * 3600 + two(iso, 14) * 60 + (iso.charCodeAt(16) === 58 ? two(iso, 17) : 0);
    c.weekday[i] = weekday;
  }

  add(t: Transaction): void {
    const c = this.c;
    if (c.n === this.cap) this.grow();
    const i = c.n++;
    c.ids.push(t.id);
    this.when(i, t.occurredAt);
    c.amount[i] = t.amountMinor;
    c.fee[i] = t.feeMinor ?? 0;
    c.balance[i] = t.balanceMinor ?? Number.NaN;
    c.line[i] = t.source.line;
    let f = 0;
    if (movesMoney(t)) f |= MOVES;
    if (!t.mirror && isFeeRow(t)) f |= FEE_ROW;
    if (t.status === 'failed' || t.status === 'closed') f |= NO_FEE;
    if (t.balanceMinor !== undefined) f |= HAS_BALANCE;
    c.flags[i] = f;
    c.feeKind[i] = t.feeMinor || f & FEE_ROW ? FEE_KINDS.indexOf(feeKind(t)) : 0;
    c.account[i] = c.accounts.code(t.accountId);
    c.currency[i] = c.currencies.code(t.currency);
    c.provider[i] = c.providers.code(t.provider);
    c.counterparty[i] = t.counterparty ? c.counterparties.code(t.counterparty) : -1;
    c.file[i] = c.files.code(t.source.fileSha256);
  }

  /**
   * The rows of one stored column record, with the same values `add` gives their transactions: straight
   * from the typed arrays, and each judgement that reads text (fee row, fee kind) made once per distinct
   * text of the record instead of once per row.
   */
  addRecord(r: ColsRow & { more: ColsMore }): void {
    const c = this.c;
    const m = r.more;
    const codes = (d: DictColumn, into: Dict): Int32Array => Int32Array.from(d.dict, (s) => into.code(s));
    const currency = codes(r.currency, c.currencies);
    const counterparty = Int32Array.from(r.counterparty.dict, (s) => (s ? c.counterparties.code(s) : -1));
    const file = codes(m.file, c.files);
    const account = c.accounts.code(r.accountId);
    const provider = c.providers.code(r.provider);
    const probe = (k: number, d: number, g: number): Transaction => ({
      id: '', provider: r.provider, accountId: r.accountId, occurredAt: '', amountMinor: -1, currency: '', counterparty: '',
      description: r.description.dict[d]!, kind: m.kind.dict[k]!, category: m.category.dict[g]!, status: 'completed', direction: 'out',
      source: { fileSha256: '', line: 0, raw: [] },
    });
    const feeRows = new Map<number, boolean>();
    const kinds = new Map<number, number>();
    const nd = r.description.dict.length;
    const nk = m.kind.dict.length;
    for (let j = 0; j < r.count; j++) {
      if (c.n === this.cap) this.grow();
      const i = c.n++;
      c.ids.push(r.ids[j]!);
      this.when(i, m.occurredAt[j]!);
      const amount = r.amount[j]!;
      const fee = m.fee[j]!;
      const status = STATUS_CODES[r.status[j]!];
      const mirror = m.mirror[j] === 1;
      c.amount[i] = amount;
      c.fee[i] = Number.isNaN(fee) ? 0 : fee;
      c.balance[i] = m.balance[j]!;
      c.line[i] = m.line[j]!;
      const d = r.description.codes[j]!;
      const k = m.kind.codes[j]!;
      let f = 0;
      if (!mirror && DIRECTION_CODES[r.direction[j]!] !== 'neutral' && (status === 'completed' || status === 'refunded')) f |= MOVES;
      if (!mirror && amount < 0 && !fee) {
        let hit = feeRows.get(k * nd + d);
        if (hit === undefined) feeRows.set(k * nd + d, (hit = isFeeRow(probe(k, d, 0))));
        if (hit) f |= FEE_ROW;
      }
      if (status === 'failed' || status === 'closed') f |= NO_FEE;
      if (!Number.isNaN(m.balance[j]!)) f |= HAS_BALANCE;
      c.flags[i] = f;
      if (fee || f & FEE_ROW) {
        const g = m.category.codes[j]!;
        const key = (g * nk + k) * nd + d;
        let kind = kinds.get(key);
        if (kind === undefined) kinds.set(key, (kind = FEE_KINDS.indexOf(feeKind(probe(k, d, g)))));
        c.feeKind[i] = kind;
      } else c.feeKind[i] = 0;
      c.account[i] = account;
      c.currency[i] = currency[r.currency.codes[j]!]!;
      c.provider[i] = provider;
      c.counterparty[i] = counterparty[r.counterparty.codes[j]!]!;
      c.file[i] = file[m.file.codes[j]!]!;
    }
  }

  done(): Columns {
    const c = this.c;
    const n = c.n;
    return {
      ...c,
      day: c.day.slice(0, n), second: c.second.slice(0, n), hour: c.hour.slice(0, n), weekday: c.weekday.slice(0, n),
      amount: c.amount.slice(0, n), fee: c.fee.slice(0, n), balance: c.balance.slice(0, n), line: c.line.slice(0, n),
      flags: c.flags.slice(0, n), feeKind: c.feeKind.slice(0, n), account: c.account.slice(0, n),
      currency: c.currency.slice(0, n), provider: c.provider.slice(0, n), counterparty: c.counterparty.slice(0, n),
      file: c.file.slice(0, n),
    };
  }
}

export function columnsOf(txs: Iterable<Transaction>): Columns {
  const b = new ColumnsBuilder();
  for (const t of txs) b.add(t);
  return b.done();
}
