// The filter form's state (text as typed) and its translation into the store's TxQuery. Kept pure so the
// mapping is tested without rendering anything.
import type { Direction, TransactionStatus } from '../../../shared/model';
import { parseAmount } from '../../../shared/money';
import type { SortKey, TxQuery } from '../data/api';

export interface TxFilters {
  /** '' = every account. */
  accountId: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  direction: '' | Direction;
  status: '' | TransactionStatus;
  counterparty: string;
  /** Amounts as typed, in major units ("12.50"); compared by absolute value. */
  minAmount: string;
  maxAmount: string;
  search: string;
}

export interface TxSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const EMPTY_FILTERS: TxFilters = {
  accountId: '', from: '', to: '', direction: '', status: '', counterparty: '', minAmount: '', maxAmount: '', search: '',
};

export const DEFAULT_SORT: TxSort = { key: 'occurredAt', dir: 'desc' };

export type FilterError = 'invalid-amount' | 'max-below-min' | 'from-after-to';
export type FilterErrors = Partial<Record<'minAmount' | 'maxAmount' | 'period', FilterError>>;

/**
 * Builds the query. `currency` decides how many minor digits an amount has (JPY 0, CNY 2); with no single
 * currency in view, two digits are assumed, which is right for almost every wallet currency.
 * Invalid fields are left out of the query and reported, so a half-typed amount never hides everything.
 */
export function toQuery(
  f: TxFilters,
  sort: TxSort,
  opts: { currency?: string; ids?: string[] } = {},
): { query: TxQuery; errors: FilterErrors } {
  const query: TxQuery = { sort: { key: sort.key, dir: sort.dir } };
  const errors: FilterErrors = {};
  if (f.accountId) query.accountId = f.accountId;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  if (f.from && f.to && f.from > f.to) errors.period = 'from-after-to';
  if (f.direction) query.direction = f.direction;
  if (f.status) query.status = f.status;
  const cp = f.counterparty.trim();
  if (cp) query.counterparty = cp;
  const search = f.search.trim();
  if (search) query.search = search;
  const currency = opts.currency ?? 'CNY';
  for (const [field, key] of [['minAmount', 'minAbsMinor'], ['maxAmount', 'maxAbsMinor']] as const) {
    const text = f[field].trim();
    if (!text) continue;
    const r = parseAmount(text, currency);
    if (r.ok) query[key] = Math.abs(r.minor);
    else errors[field] = 'invalid-amount';
  }
  if (query.minAbsMinor !== undefined && query.maxAbsMinor !== undefined && query.minAbsMinor > query.maxAbsMinor) {
    errors.maxAmount = 'max-below-min';
  }
  if (opts.ids) query.ids = opts.ids;
  return { query, errors };
}

/**
 * Clicking a column: dates start newest first and names A→Z; amounts start ascending, because amounts are
 * signed (money out is negative) and the first thing an audit wants is the largest money out.
 */
export function nextSort(cur: TxSort, key: SortKey): TxSort {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'occurredAt' ? 'desc' : 'asc' };
}
