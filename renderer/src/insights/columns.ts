// The history as columns for the charts: one typed array per field and small dictionaries for repeated
// strings, about 100 bytes a transaction instead of the 400 the objects take, so a million stay resident
// in the worker. Every judgement about a row (does it move money, is it a fee row, which kind of fee, its
// local hour and weekday) is made once here with the shared predicates the series builders use.
import { localHourAndWeekday } from '../../../shared/dates';
import { feeKind, isFeeRow, movesMoney, type FeeKind } from '../../../shared/insights';
import type { Transaction } from '../../../shared/model';

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
  private readonly weekdays = new Map<string, number>();

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

  add(t: Transaction): void {
    const c = this.c;
    if (c.n === this.cap) this.grow();
    const i = c.n++;
    const iso = t.occurredAt;
    const date = iso.slice(0, 10);
    let weekday = this.weekdays.get(date);
    if (weekday === undefined) this.weekdays.set(date, (weekday = localHourAndWeekday(iso).weekday));
    c.ids.push(t.id);
    c.day[i] = Number(iso.slice(0, 4)) * 10000 + two(iso, 5) * 100 + two(iso, 8);
    c.hour[i] = Number(iso.slice(11, 13));
    c.second[i] = c.hour[i]! * 3600 + two(iso, 14) * 60 + (iso.charCodeAt(16) === 58 ? two(iso, 17) : 0);
    c.weekday[i] = weekday;
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
