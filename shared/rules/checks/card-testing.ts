// Card testing: a few tiny charges (often at merchants never used before, often declined) to see whether
// a stolen card works, then a large one at the same or another new merchant. Tiny charges at places the
// user pays small amounts every day (bus, bike share) are not tests.
import { minorDigits } from '../../money';
import { ATTEMPT, SPEND, TRUSTED } from '../flags';
import { sizeScore } from '../history';
import { DAY_MS, HOUR_MS, MINUTE_MS, hit, nameOf, payeeFirstMs } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Tiny = at most this share of the account's median payment (and at least one major unit). */
  tinyShare: 0.15,
  /** Tiny charges closer than this form one probe. */
  windowMinutes: 60,
  /** Fewest tiny charges in a probe. */
  minTiny: 2,
  /** Hours after the probe in which a large charge completes the pattern. */
  followHours: 24,
  /** Days a counterparty must have been known for its tiny charges to be ordinary. */
  knownDays: 1,
};

export const cardTesting: Rule<typeof defaultOptions> = {
  meta: {
    id: 'card-testing',
    title: 'rules.card-testing.title',
    description: 'rules.card-testing.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    for (const a of h.accounts) {
      if (a.spend.length < 20) continue;
      const tinyMax = Math.max(10 ** minorDigits(a.currency), a.median * o.tinyShare);
      const all = a.all;
      const isTry = (i: number): boolean => (h.flags[i]! & (SPEND | ATTEMPT)) !== 0 && !(h.flags[i]! & TRUSTED);
      const isProbe = (i: number): boolean =>
        isTry(i) && h.abs[i]! > 0 && h.abs[i]! <= tinyMax && payeeFirstMs(h, i) > h.ms[i]! - o.knownDays * DAY_MS;
      let k = 0;
      while (k < all.length) {
        if (!isProbe(all[k]!)) {
          k++;
          continue;
        }
        const probe: number[] = [all[k]!];
        let lastPos = k;
        let m = k + 1;
        for (; m < all.length; m++) {
          const x = all[m]!;
          if (h.ms[x]! - h.ms[probe[probe.length - 1]!]! > o.windowMinutes * MINUTE_MS) break;
          if (isProbe(x)) {
            probe.push(x);
            lastPos = m;
          }
        }
        k = m;
        if (probe.length < o.minTiny) continue;
        const probePayees = new Set(probe.map((i) => h.payee[i]));
        const end = h.ms[probe[probe.length - 1]!]!;
        // The large charge: same merchant as a probe, or a merchant new at that moment.
        let large = -1;
        for (let q = lastPos + 1; q < all.length; q++) {
          const x = all[q]!;
          if (h.ms[x]! <= end) continue;
          if (h.ms[x]! - end > o.followHours * HOUR_MS) break;
          if (!isTry(x) || h.abs[x]! < tinyMax * 20 || h.abs[x]! < a.p90) continue;
          if (probePayees.has(h.payee[x]) || payeeFirstMs(h, x) >= h.ms[x]! - HOUR_MS) {
            if (large < 0 || h.abs[x]! > h.abs[large]!) large = x;
          }
        }
        const declined = probe.filter((i) => h.flags[i]! & ATTEMPT).length;
        const extra = ramp(probe.length, o.minTiny, o.minTiny + 3);
        const t = h.transactions[probe[0]!]!;
        if (large >= 0) {
          const score = 0.6 + 0.1 * extra + 0.2 * sizeScore(h, large) + 0.1 * ramp(declined, 0, 2);
          hits.push(hit(h, [...probe, large], clamp01(score), 'card-testing.then-large', {
            count: probe.length, declined, maxTinyMinor: Math.max(...probe.map((i) => h.abs[i]!)),
            largeMinor: h.abs[large]!, currency: t.currency, counterparty: nameOf(h, large),
          }));
        } else if (probe.length >= o.minTiny + 1 || declined > 0) {
          const score = 0.3 + 0.1 * extra + 0.1 * ramp(declined, 0, 2);
          hits.push(hit(h, probe, clamp01(score), 'card-testing.probe', {
            count: probe.length, declined, maxTinyMinor: Math.max(...probe.map((i) => h.abs[i]!)),
            currency: t.currency, counterparty: nameOf(h, probe[0]!),
          }));
        }
      }
    }
    return hits;
  },
};
