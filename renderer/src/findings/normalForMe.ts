// "This is normal for me": one entry per counterparty (and account) of a finding's transactions.
// Pure, so the settings change is tested without the UI.
import type { Transaction } from '../../../shared/model';
import type { NormalEntry } from '../../../shared/rules/types';
import type { Settings } from '../data/api';

export function entriesFor(txs: readonly Transaction[]): NormalEntry[] {
  const seen = new Map<string, NormalEntry>();
  for (const tx of txs) {
    const counterparty = tx.counterparty.trim();
    if (!counterparty) continue;
    const key = `${tx.accountId}\u0000${counterparty}`;
    if (!seen.has(key)) seen.set(key, { counterparty, accountId: tx.accountId });
  }
  return [...seen.values()];
}

const same = (a: NormalEntry, b: NormalEntry): boolean =>
  a.counterparty === b.counterparty && (a.accountId ?? '') === (b.accountId ?? '') &&
  a.minAmountMinor === b.minAmountMinor && a.maxAmountMinor === b.maxAmountMinor &&
  a.currency === b.currency && a.hours?.from === b.hours?.from && a.hours?.to === b.hours?.to;

/** Adds entries not already listed; returns the same object when nothing is new. */
export function addNormal(settings: Settings, entries: readonly NormalEntry[]): Settings {
  const cur = settings.rules.normal ?? [];
  const fresh = entries.filter((e) => !cur.some((c) => same(c, e)));
  if (fresh.length === 0) return settings;
  return { ...settings, rules: { ...settings.rules, normal: [...cur, ...fresh] } };
}

export function removeNormal(settings: Settings, entries: readonly NormalEntry[]): Settings {
  const cur = settings.rules.normal ?? [];
  return { ...settings, rules: { ...settings.rules, normal: cur.filter((c) => !entries.some((e) => same(c, e))) } };
}
