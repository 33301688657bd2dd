// The HistoryIndex: built once per run (build-history.ts) and shared by every rule, so a full run stays
// O(n log n). Columns are typed arrays indexed like the input; groups (counterparties, accounts) hold
// their transactions as index lists in time order, with robust statistics precomputed. This file holds
// its shape and the small questions rules ask of it.
import type { Transaction } from '../model';
import type { HourProfile } from './hour-profile';
import type { Recurring } from './recurring';
import { clamp01, type Robust } from './stats';

export { buildHistory, groupLists } from './build-history';
export { isAutomatic } from './recurring';

export interface PayeeStats extends Robust {
  /** The counterparty as first written. */
  name: string;
  currency: string;
  /** Payments to it (SPEND), in time order. */
  idx: Int32Array;
  /** Most payments to it were person to person. */
  person: boolean;
  /** First and last payment (ms); ±Infinity when it was never paid (only refunds or failed attempts). */
  firstMs: number;
  lastMs: number;
  /** First payment to this name in any currency: novelty is about who, amounts are per currency. */
  knownSinceMs: number;
  series: Recurring | undefined;
}

export interface AccountStats extends Robust {
  accountId: string;
  currency: string;
  /** Payments out (SPEND), in time order. */
  spend: Int32Array;
  /** Every valid transaction of the account in this currency, in time order. */
  all: Int32Array;
  p90: number;
  p99: number;
  firstMs: number;
  lastMs: number;
  /** Robust count and sum of payments per active day. */
  daily: { days: number; count: Robust; sum: Robust };
  /** Usual money in and out per 30 days: the median over the account's 30-day periods (refunds and mirrors excluded). */
  monthlyIn: number;
  monthlyOut: number;
  /** The account's hour-of-day profile (shared by its currencies). */
  hours: HourProfile;
}

export interface HistoryIndex {
  readonly transactions: readonly Transaction[];
  readonly n: number;
  /** Valid transactions in time order. */
  readonly order: Int32Array;
  readonly ms: Float64Array;
  /** Local minute of day and local day number, as the user lived them. */
  readonly minute: Uint16Array;
  readonly day: Int32Array;
  readonly abs: Float64Array;
  readonly flags: Uint16Array;
  /** Counterparty+currency group, -1 when the counterparty is blank. */
  readonly payee: Int32Array;
  readonly account: Int32Array;
  /** Funding method id, -1 when none. */
  readonly method: Int32Array;
  /** First time each funding method paid or tried to pay (ms), by method id. */
  readonly methodFirstMs: Float64Array;
  /** Position of a SPEND transaction among its counterparty's payments (0 = first ever), else -1. */
  readonly ordinal: Int32Array;
  readonly payees: readonly PayeeStats[];
  readonly accounts: readonly AccountStats[];
  readonly methods: readonly string[];
  /** The user's profile over all accounts, for accounts too young to have their own. */
  readonly hours: HourProfile;
}

/**
 * How big an amount is for its account, on a log scale: 0 at or below the median payment, 1 at the
 * account's top 1 % — but never needing more than 30× the median (rent and premiums in the top 1 % must
 * not make every other large payment look small) nor less than 8×.
 */
export function sizeOf(a: AccountStats, amount: number): number {
  const med = Math.max(a.median, 1);
  const top = Math.min(Math.max(a.p99 / med, 8), 30);
  return clamp01(Math.log(amount / med) / Math.log(top));
}

export function sizeScore(h: HistoryIndex, i: number): number {
  const a = h.accounts[h.account[i]!];
  return a ? sizeOf(a, h.abs[i]!) : 0;
}

/** What a month's money is for an account: the larger of its usual monthly income and spending. */
export function monthMoney(a: AccountStats): number {
  return Math.max(a.monthlyIn, a.monthlyOut, 1);
}

/** The first payment ever to this counterparty, in any currency. */
export function isFirstPayment(h: HistoryIndex, i: number): boolean {
  return h.ordinal[i] === 0 && h.payees[h.payee[i]!]!.knownSinceMs >= h.ms[i]!;
}

/** The hour profile to judge an account by: its own once it has enough days, else the user's. */
export function hoursFor(h: Pick<HistoryIndex, 'hours'>, a: Pick<AccountStats, 'hours'>, minDays: number): HourProfile {
  return a.hours.days >= minDays ? a.hours : h.hours;
}
