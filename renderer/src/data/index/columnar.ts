// An in-memory columnar index of every stored transaction: typed arrays for times and amounts, global
// dictionaries for repeated strings. Filters and sorts over a million rows run as tight loops over these
// arrays; full transactions are fetched from the page store only for the rows a view shows.
import type { ProviderId } from '../../../../shared/model';
import type { ColsRow } from '../../db/rows';
import { CONFLICT, NEW, STORED } from '../store/lookup';

export interface RowRef {
  page: string;
  slot: number;
}

function interner(): { dict: string[]; code(s: string): number } {
  const dict: string[] = [];
  const map = new Map<string, number>();
  return {
    dict,
    code(s) {
      let c = map.get(s);
      if (c === undefined) {
        c = dict.length;
        dict.push(s);
        map.set(s, c);
      }
      return c;
    },
  };
}

export class ColumnarIndex {
  readonly n: number;
  readonly time: Float64Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly status: Uint8Array;
  readonly direction: Uint8Array;
  readonly account: Int32Array;
  readonly currency: Int32Array;
  readonly counterparty: Int32Array;
  readonly description: Int32Array;
  readonly page: Int32Array;
  readonly slot: Int32Array;
  readonly ids: string[];
  readonly externalIds: string[];
  readonly accounts: string[];
  readonly accountProvider: ProviderId[];
  readonly currencies: string[];
  readonly counterparties: string[];
  readonly descriptions: string[];
  readonly pages: string[];
  private readonly idRow = new Map<string, number>();

  /** Builds the index from column pages; pages are taken in id order so row order is deterministic. */
  constructor(segments: readonly ColsRow[]) {
    const sorted = [...segments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const n = sorted.reduce((s, c) => s + c.count, 0);
    this.n = n;
    this.time = new Float64Array(n);
    this.day = new Int32Array(n);
    this.amount = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.direction = new Uint8Array(n);
    this.account = new Int32Array(n);
    this.currency = new Int32Array(n);
    this.counterparty = new Int32Array(n);
    this.description = new Int32Array(n);
    this.page = new Int32Array(n);
    this.slot = new Int32Array(n);
    this.ids = new Array<string>(n);
    this.externalIds = new Array<string>(n);
    const accounts = interner();
    const currencies = interner();
    const counterparties = interner();
    const descriptions = interner();
    this.accountProvider = [];
    this.pages = [];
    let at = 0;
    for (const seg of sorted) {
      const pageBase = this.pages.length;
      for (const p of seg.pages) this.pages.push(p);
      const acc = accounts.code(seg.accountId);
      this.accountProvider[acc] ??= seg.provider;
      const cur = seg.currency.dict.map((s) => currencies.code(s));
      const cp = seg.counterparty.dict.map((s) => counterparties.code(s));
      const desc = seg.description.dict.map((s) => descriptions.code(s));
      this.time.set(seg.time, at);
      this.day.set(seg.day, at);
      this.amount.set(seg.amount, at);
      this.status.set(seg.status, at);
      this.direction.set(seg.direction, at);
      for (let i = 0; i < seg.count; i++) {
        const r = at + i;
        this.account[r] = acc;
        this.currency[r] = cur[seg.currency.codes[i]!]!;
        this.counterparty[r] = cp[seg.counterparty.codes[i]!]!;
        this.description[r] = desc[seg.description.codes[i]!]!;
        this.page[r] = pageBase + seg.page[i]!;
        this.slot[r] = seg.slot[i]!;
        const id = seg.ids[i]!;
        this.ids[r] = id;
        this.externalIds[r] = seg.externalIds[i]!;
        this.idRow.set(id, r);
      }
      at += seg.count;
    }
    this.accounts = accounts.dict;
    this.currencies = currencies.dict;
    this.counterparties = counterparties.dict;
    this.descriptions = descriptions.dict;
  }

  rowOf(id: string): number | undefined {
    return this.idRow.get(id);
  }

  ref(row: number): RowRef {
    return { page: this.pages[this.page[row]!]!, slot: this.slot[row]! };
  }

  /** NEW / STORED / CONFLICT per given row (same id stored with another amount or time is a conflict). */
  lookup(ids: readonly string[], amounts: Float64Array, times: Float64Array): Uint8Array {
    const flags = new Uint8Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const r = this.idRow.get(ids[k]!);
      if (r === undefined) flags[k] = NEW;
      else flags[k] = this.amount[r] === amounts[k] && this.time[r] === times[k] ? STORED : CONFLICT;
    }
    return flags;
  }
}
