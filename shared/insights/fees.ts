// Fees paid per platform and per kind — the user's own answer to "which platform costs me what". Fees come
// from fee columns (feeMinor) and from fee rows (Wise's separate fee lines, WeChat withdrawal service fees).
import type { ProviderId, Transaction } from '../model';
import { selected, type SeriesFilter } from './counted';

export type FeeKind = 'transfer' | 'withdrawal' | 'conversion' | 'service';

export interface FeeRow {
  provider: ProviderId;
  currency: string;
  kind: FeeKind;
  feeMinor: number;
  count: number;
}

const KIND_PATTERNS: [FeeKind, RegExp][] = [
  ['conversion', /conver|exchange|兑换|换汇|fx/i],
  ['withdrawal', /withdraw|提现|cash ?out|atm/i],
  ['transfer', /transfer|转账|payment|汇款|p2p|sent/i],
];

export function feeKind(t: Pick<Transaction, 'kind' | 'description' | 'category'>): FeeKind {
  const text = `${t.kind ?? ''} ${t.description} ${t.category ?? ''}`;
  for (const [kind, re] of KIND_PATTERNS) if (re.test(text)) return kind;
  return 'service';
}

const FEE_ROW = /\bfee\b|charges? for|手续费|服务费/i;

/** A whole row that is itself a fee (not a payment that carries one). */
export function isFeeRow(t: Transaction): boolean {
  return t.amountMinor < 0 && !t.feeMinor && FEE_ROW.test(`${t.kind ?? ''} ${t.description}`);
}

export function feesByPlatform(txs: Iterable<Transaction>, filter: SeriesFilter = {}): FeeRow[] {
  const rows = new Map<string, FeeRow>();
  const add = (t: Transaction, minor: number): void => {
    const kind = feeKind(t);
    const key = `${t.provider}|${t.currency}|${kind}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { provider: t.provider, currency: t.currency, kind, feeMinor: 0, count: 0 }));
    r.feeMinor += minor;
    r.count++;
  };
  for (const t of txs) {
    if (!selected(t, filter) || t.status === 'failed' || t.status === 'closed') continue;
    if (t.feeMinor) add(t, t.feeMinor);
    // Fee rows that mirror a parent's fee column are flagged `mirror` by their importer and not counted again.
    else if (!t.mirror && isFeeRow(t)) add(t, -t.amountMinor);
  }
  return [...rows.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.currency.localeCompare(b.currency) || b.feeMinor - a.feeMinor);
}
