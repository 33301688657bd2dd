// A recurring charge whose amount changed: after a run of equal charges at a regular rhythm, a charge at a
// price never paid there before. A first month at an introductory price has no run before it; bills that
// vary every month never form a run; two plans billed under one name repeat their old amounts.
import { SPEND, TRUSTED } from '../flags';
import { hit, nameOf } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Relative change worth a look. */
  minChange: 0.05,
  /** Equal charges needed before a change counts. */
  minRun: 3,
  /** Amounts within this share count as equal. */
  sameWithin: 0.01,
};

export const priceChange: Rule<typeof defaultOptions> = {
  meta: {
    id: 'price-change',
    title: 'rules.price-change.title',
    description: 'rules.price-change.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    for (const p of h.payees) {
      if (!p.series || p.series.cadenceDays < 6 || p.idx.length < o.minRun + 1) continue;
      const seen: number[] = [];
      let runAmount = -1;
      let run = 0;
      let runLast = -1;
      for (let k = 0; k < p.idx.length; k++) {
        const i = p.idx[k]!;
        const amt = h.abs[i]!;
        const same = runAmount > 0 && Math.abs(amt - runAmount) <= runAmount * o.sameWithin;
        if (same) {
          run++;
          runLast = i;
        } else {
          const change = runAmount > 0 ? (amt - runAmount) / runAmount : 0;
          const known = seen.some((s) => Math.abs(s - amt) <= s * o.sameWithin);
          if (run >= o.minRun && Math.abs(change) >= o.minChange && !known && (h.flags[i]! & (SPEND | TRUSTED)) === SPEND) {
            const up = change > 0 ? 1 : 0.6;
            const score = clamp01((0.3 + 0.4 * ramp(Math.abs(change), o.minChange, 1)) * up);
            const t = h.transactions[i]!;
            hits.push(hit(h, [i], score, change > 0 ? 'price-change.up' : 'price-change.down', {
              oldMinor: runAmount, newMinor: amt, currency: t.currency, counterparty: nameOf(h, i),
              percent: Math.round(Math.abs(change) * 1000) / 10, run, cadenceDays: Math.round(p.series.cadenceDays),
              previousAt: h.transactions[runLast]!.occurredAt.slice(0, 10),
            }));
          }
          if (runAmount > 0) seen.push(runAmount);
          runAmount = amt;
          run = 1;
          runLast = i;
        }
      }
    }
    return hits;
  },
};
