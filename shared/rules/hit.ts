// Small helpers shared by the rules: building a hit from transaction positions, reading a counterparty's
// first appearance, rounding numbers for messages.
import type { HistoryIndex } from './history';
import type { RuleHit } from './types';

export function hit(
  h: HistoryIndex, indices: readonly number[], score: number, messageId: string, data: RuleHit['data'],
): RuleHit {
  const sorted = [...new Set(indices)].sort((a, b) => h.ms[a]! - h.ms[b]! || a - b);
  return {
    transactionIds: sorted.map((i) => h.transactions[i]!.id),
    indices: sorted,
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    messageId,
    data,
  };
}

/** Time of the first payment to transaction `i`'s counterparty (any currency), or +Infinity when it was never paid. */
export function payeeFirstMs(h: HistoryIndex, i: number): number {
  return h.payees[h.payee[i]!]?.knownSinceMs ?? Infinity;
}

/** Ratios in messages: one decimal below 10 (4.5×), whole numbers above (31×). */
export const roundRatio = (r: number): number => (r < 10 ? Math.round(r * 10) / 10 : Math.round(r));

/** An amount that is a multiple of 100 major units: how people, not shops, pick numbers. */
export function isRound(minor: number, digits = 2): boolean {
  const unit = 100 * 10 ** digits;
  return minor >= unit && minor % unit === 0;
}

export const DAY_MS = 86400000;
export const HOUR_MS = 3600000;
export const MINUTE_MS = 60000;

/** Label for messages: the counterparty as written. */
export const nameOf = (h: HistoryIndex, i: number): string => {
  const t = h.transactions[i]!;
  return t.counterparty || t.counterpartyAccount || t.description;
};

/** First position in a time-ordered index list whose time is greater than `ms` (binary search). */
export function firstAfter(h: HistoryIndex, list: Int32Array, ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h.ms[list[mid]!]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
