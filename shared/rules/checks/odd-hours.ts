// A payment at an hour the user almost never pays, judged against their own half-hour profile (a night
// owl's 01:00 is normal; an early riser's is not). The day being judged is left out of the profile so a
// night of many payments cannot make itself look usual. Payments of one night form one hit.
import { SPEND, TRUSTED } from '../flags';
import { binOfMinute, daysNear, relativeDensity, relativeDensityAtLeast } from '../hour-profile';
import { hoursFor, isAutomatic, sizeScore } from '../history';
import { HOUR_MS, hit } from '../hit';
import { clamp01 } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Active days needed before the profile is trusted. */
  minDays: 30,
  /** Relative density (1 = an average half hour) below which an hour is odd. */
  maxDensity: 0.12,
  /** Odd payments closer than this are one hit. */
  joinHours: 3,
};

export const oddHours: Rule<typeof defaultOptions> = {
  meta: { id: 'odd-hours', title: 'rules.odd-hours.title', description: 'rules.odd-hours.description', defaultOptions },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    for (const a of h.accounts) {
      // Odd for this wallet and odd for the user: a second wallet used only for evening groceries does not
      // make a lunchtime payment odd when the user pays at lunch every day from the first.
      const profile = hoursFor(h, a, o.minDays);
      if (profile.days < o.minDays) continue;
      const user = h.hours;
      const sp = a.spend;
      let group: number[] = [];
      let best = 0;
      let near = 0;
      const flush = (): void => {
        if (group.length) {
          const first = h.transactions[group[0]!]!;
          hits.push(hit(h, group, best, group.length > 1 ? 'odd-hours.many' : 'odd-hours.one', {
            time: first.occurredAt.slice(11, 16), count: group.length, nearDays: Math.round(near),
            days: profile.days - 1, amountMinor: group.reduce((s, i) => s + h.abs[i]!, 0), currency: a.currency,
          }));
        }
        group = [];
        best = 0;
        near = 0;
      };
      const ownBins: number[] = [];
      for (let k = 0; k < sp.length; k++) {
        const i = sp[k]!;
        if (k === 0 || h.day[i] !== h.day[sp[k - 1]!]) {
          // Bins this day touches, to leave the day out of its own yardstick.
          ownBins.length = 0;
          for (let m = k; m < sp.length && h.day[sp[m]!] === h.day[i]; m++) {
            const b = binOfMinute(h.minute[sp[m]!]!);
            if (!ownBins.includes(b)) ownBins.push(b);
          }
        }
        if (h.flags[i]! & TRUSTED || !(h.flags[i]! & SPEND) || isAutomatic(h.payees, h.payee, i)) continue;
        const b = binOfMinute(h.minute[i]!);
        // Most payments fall in hours the user uses all the time: dismiss them without the exact sums.
        if (relativeDensityAtLeast(user, b, ownBins.length) >= o.maxDensity
          || relativeDensityAtLeast(profile, b, ownBins.length) >= o.maxDensity) continue;
        const r = Math.max(relativeDensity(profile, b, ownBins), relativeDensity(user, b, ownBins));
        if (r >= o.maxDensity) continue;
        // Quadratic: an hour used on almost no day is strong evidence, one near the threshold is weak.
        const timeScore = 1 - (r / o.maxDensity) ** 2;
        const score = clamp01(timeScore * (0.55 + 0.45 * sizeScore(h, i)));
        const last = group[group.length - 1];
        if (last !== undefined && h.ms[i]! - h.ms[last]! > o.joinHours * HOUR_MS) flush();
        group.push(i);
        if (score > best) {
          best = score;
          near = Math.max(daysNear(profile, b, ownBins), daysNear(user, b, ownBins));
        }
      }
      flush();
    }
    return hits;
  },
};
