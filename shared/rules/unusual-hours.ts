// The hours of the day the odd-hours rule would call unusual for this user, for display (the insights heat
// map marks them). Same yardstick as the rule: the account's own half-hour profile once it is old enough,
// else the user's, and an hour only counts as unusual when it is unusual by both, as the rule requires.
import { oddHours } from './checks/odd-hours';
import { hoursFor, type AccountStats } from './history';
import { BINS, relativeDensity, type HourProfile } from './hour-profile';
import { mergeOptions } from './options';

export interface UnusualHoursOptions {
  /** Active days needed before a profile is trusted (the rule's `minDays`). */
  minDays: number;
  /** Relative density below which a half hour is odd (the rule's `maxDensity`). */
  maxDensity: number;
}

/** The odd-hours rule's options as the user set them (defaults for what they did not). */
export function unusualHoursOptions(given?: Record<string, number>): UnusualHoursOptions {
  const o = mergeOptions(oddHours.meta.defaultOptions, given);
  return { minDays: o.minDays, maxDensity: o.maxDensity };
}

/** The part of the history index the unusual hours read: the user's and each account's hour profile. */
export interface HourProfiles {
  readonly hours: HourProfile;
  readonly accounts: readonly Pick<AccountStats, 'accountId' | 'hours'>[];
}

/** Just the hour profiles of `h`, small enough to keep once the rest of the index is dropped. */
export function hourProfilesOf(h: HourProfiles): HourProfiles {
  return { hours: h.hours, accounts: h.accounts.map((a) => ({ accountId: a.accountId, hours: a.hours })) };
}

/**
 * Hours 0–23 in which both half hours are odd for the user (or, with `accountId`, for that account's
 * payments). Empty when the history is too short for the rule to judge hours at all: marking nothing is
 * better than marking everything for a new user.
 */
export function unusualHours(h: HourProfiles, options: UnusualHoursOptions, accountId?: string): number[] {
  const user = h.hours;
  let profile = user;
  if (accountId !== undefined) {
    // The profile is per account (shared by its currencies), so any of its currency rows carries it.
    const a = h.accounts.find((x) => x.accountId === accountId);
    if (!a) return [];
    profile = hoursFor(h, a, options.minDays);
  }
  if (profile.days < options.minDays || profile.total === 0) return [];
  const odd = (bin: number): boolean =>
    Math.max(relativeDensity(profile, bin, []), relativeDensity(user, bin, [])) < options.maxDensity;
  const out: number[] = [];
  for (let hour = 0; hour < BINS / 2; hour++) if (odd(hour * 2) && odd(hour * 2 + 1)) out.push(hour);
  return out;
}
