// An account that had gone quiet for far longer than its usual pauses, suddenly paying again: forgotten
// wallets are taken over because nobody watches them. Judged against the account's own gaps, so a wallet
// used every few months is not "dormant" after a few months.
import { TRUSTED } from '../flags';
import { isFirstPayment, sizeScore } from '../history';
import { DAY_MS, hit } from '../hit';
import { clamp01, ramp, sortedQuantile } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Shortest silence that can count as dormancy. */
  minGapDays: 60,
  /** The silence must also be this many times the account's 95th-percentile gap. */
  gapFactor: 3,
  /** Payments before the silence needed to know the account's rhythm. */
  minHistory: 10,
  /** Days after reactivation whose payments belong to the hit. */
  followDays: 7,
};

export const dormantReactivation: Rule<typeof defaultOptions> = {
  meta: {
    id: 'dormant-reactivation',
    title: 'rules.dormant-reactivation.title',
    description: 'rules.dormant-reactivation.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    for (const a of h.accounts) {
      const sp = a.spend;
      if (sp.length <= o.minHistory) continue;
      const gaps: number[] = [];
      for (let k = 1; k < sp.length; k++) {
        const gap = h.ms[sp[k]!]! - h.ms[sp[k - 1]!]!;
        // Long silences are rare, so the quantile of earlier gaps is computed only for them.
        if (k >= o.minHistory && gap >= o.minGapDays * DAY_MS) {
          const usual = sortedQuantile(Float64Array.from(gaps).sort(), 0.95);
          if (gap >= o.gapFactor * usual && !(h.flags[sp[k]!]! & TRUSTED)) {
            const until = h.ms[sp[k]!]! + o.followDays * DAY_MS;
            const after: number[] = [];
            for (let m = k; m < sp.length && h.ms[sp[m]!]! <= until && after.length < 20; m++) after.push(sp[m]!);
            const sum = after.reduce((s, i) => s + h.abs[i]!, 0);
            const newShare = after.filter((i) => isFirstPayment(h, i)).length / after.length;
            const maxSize = Math.max(...after.map((i) => sizeScore(h, i)));
            const score = 0.2 + 0.3 * maxSize + 0.2 * newShare + 0.1 * ramp(gap / (o.minGapDays * DAY_MS), 1, 4);
            hits.push(hit(h, after, clamp01(score), 'dormant-reactivation.account', {
              days: Math.round(gap / DAY_MS), count: after.length, totalMinor: sum, currency: a.currency,
              since: h.transactions[sp[k - 1]!]!.occurredAt.slice(0, 10),
            }));
          }
        }
        gaps.push(gap);
      }
    }
    return hits;
  },
};
