// "This is normal for me": the user's own list of counterparties (optionally an amount band, currency,
// account or hours) that later runs must respect.
import type { Transaction } from '../model';
import type { NormalEntry } from './types';

export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type NormalMatcher = (t: Transaction, localMinute: number) => boolean;

function hourIn(hour: number, from: number, to: number): boolean {
  return from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
}

/** Compiles the list once; the matcher is called for every transaction. */
export function compileNormal(entries: readonly NormalEntry[] | undefined): NormalMatcher | undefined {
  if (!entries?.length) return undefined;
  const byName = new Map<string, NormalEntry[]>();
  for (const e of entries) {
    const key = normaliseName(e.counterparty);
    if (!key) continue;
    const list = byName.get(key) ?? [];
    list.push(e);
    byName.set(key, list);
  }
  const cache = new Map<string, NormalEntry[] | null>();
  return (t, localMinute) => {
    let list = cache.get(t.counterparty);
    if (list === undefined) {
      list = byName.get(normaliseName(t.counterparty)) ?? null;
      cache.set(t.counterparty, list);
    }
    if (!list) return false;
    const abs = Math.abs(t.amountMinor);
    const hour = Math.floor(localMinute / 60);
    return list.some((e) =>
      (e.accountId === undefined || e.accountId === t.accountId)
      && (e.currency === undefined || e.currency.toUpperCase() === t.currency.toUpperCase())
      && (e.minAmountMinor === undefined || abs >= e.minAmountMinor)
      && (e.maxAmountMinor === undefined || abs <= e.maxAmountMinor)
      && (e.hours === undefined || hourIn(hour, e.hours.from, e.hours.to)));
  };
}
