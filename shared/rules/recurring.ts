// Recurring series: rent, salaries, subscriptions, insurance. Found from the rhythm of one counterparty's
// payments (same-day charges are one cycle), so that a monthly ¥25 is "expected" and a change in it shows.
import type { PayeeStats } from './history';
import { median } from './stats';

export interface Recurring {
  /** Median days between cycles. */
  cadenceDays: number;
  /** Share of gaps within tolerance of the cadence. */
  regularity: number;
  /** Cycles (days with a payment). */
  cycles: number;
  /** Median amount per payment (minor units). */
  amount: number;
  /** Most payments within 5 % of the median amount: a fixed-price series. */
  stable: boolean;
}

const YEAR_MIN = 350;
const YEAR_MAX = 380;

/** `days`/`amounts` (the first `n`) of one counterparty's payments in time order. */
export function detectRecurring(days: ArrayLike<number>, amountsIn: ArrayLike<number>, n = days.length): Recurring | undefined {
  if (n < 2) return undefined;
  // Most counterparties cannot be a series at all; say so before building any array: two payments are a
  // series only a year apart, three or more need at least two cycles of six days.
  const span = days[n - 1]! - days[0]!;
  if (n === 2 ? span < YEAR_MIN : span < 12) return undefined;
  const cycleDays: number[] = [];
  for (let k = 0; k < n; k++) if (cycleDays[cycleDays.length - 1] !== days[k]) cycleDays.push(days[k]!);
  if (cycleDays.length < 2) return undefined;
  const amounts = Array.from({ length: n }, (_, k) => amountsIn[k]!);
  const gaps: number[] = [];
  for (let i = 1; i < cycleDays.length; i++) gaps.push(cycleDays[i]! - cycleDays[i - 1]!);
  const cadence = median(gaps);
  const amount = median(amounts);
  const near = amounts.filter((a) => Math.abs(a - amount) <= amount * 0.05).length;
  const stable = near >= Math.max(2, Math.ceil(amounts.length * 0.7));
  // Two payments a year apart with the same amount already make a yearly series (insurance, domain names).
  if (cycleDays.length === 2) {
    if (cadence >= YEAR_MIN && cadence <= YEAR_MAX && stable) {
      return { cadenceDays: cadence, regularity: 1, cycles: 2, amount, stable };
    }
    return undefined;
  }
  if (cadence < 6) return undefined;
  const tol = Math.max(2, cadence * 0.25);
  const regular = gaps.filter((g) => Math.abs(g - cadence) <= tol).length / gaps.length;
  if (regular < 0.6) return undefined;
  return { cadenceDays: cadence, regularity: regular, cycles: cycleDays.length, amount, stable };
}

/** A payment of a regular series (rent, subscription, premium): scheduled rather than made on the spot. */
export function isAutomatic(payees: readonly PayeeStats[], payee: Int32Array, i: number): boolean {
  const s = payees[payee[i]!]?.series;
  return s !== undefined && s.cadenceDays >= 6;
}
