// An amount far above what the user usually pays there: against the counterparty's own median and MAD
// when it has enough history, else against the account's. First payments are new-payee's business.
import { REFUNDED, SPEND, TRUSTED } from '../flags';
import { hit, nameOf, roundRatio } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Other payments to the counterparty needed to judge by its own history. */
  minHistory: 5,
  /** Times the counterparty's median. */
  minRatio: 4,
  /** Robust z-score (MADs above the median). */
  minZ: 6,
  /** With thin counterparty history: times the account's median, and above its top 1 %. */
  accountMinRatio: 12,
  /** The ratio at which the amount alone is as strong as it gets. */
  fullRatio: 16,
  /** Times the largest other payment there: places with a wide range (coffee or dinner) are not unusual. */
  overMax: 2,
};

/** Largest amount paid to a counterparty other than payment `i` (its two largest, found once per counterparty). */
function topTwo(abs: Float64Array, idx: Int32Array): [number, number, number] {
  let first = -1;
  let top = 0;
  let second = 0;
  for (let k = 0; k < idx.length; k++) {
    const a = abs[idx[k]!]!;
    if (a > top) {
      second = top;
      top = a;
      first = idx[k]!;
    } else if (a > second) second = a;
  }
  return [first, top, second];
}

export const unusualAmount: Rule<typeof defaultOptions> = {
  meta: {
    id: 'unusual-amount',
    title: 'rules.unusual-amount.title',
    description: 'rules.unusual-amount.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    const tops = new Map<number, [number, number, number]>();
    for (let j = 0; j < h.order.length; j++) {
      const i = h.order[j]!;
      if ((h.flags[i]! & (SPEND | TRUSTED)) !== SPEND) continue;
      const p = h.payees[h.payee[i]!];
      if (!p || h.ordinal[i]! === 0) continue;
      const others = p.idx.length - 1;
      const amount = h.abs[i]!;
      // Cheap test first: most payments are nowhere near the counterparty's median times minRatio.
      if (amount < o.minRatio * p.median && amount < o.accountMinRatio * h.accounts[h.account[i]!]!.median) continue;
      const t = h.transactions[i]!;
      const refunded = h.flags[i]! & REFUNDED ? 0.5 : 1;
      let t2 = tops.get(h.payee[i]!);
      if (!t2) tops.set(h.payee[i]!, (t2 = topTwo(h.abs, p.idx)));
      const top = t2[0] === i ? t2[2] : t2[1];
      if (others >= o.minHistory) {
        if (amount < o.overMax * top) continue;
        const med = Math.max(p.median, 1);
        const scale = Math.max(1.4826 * p.mad, 0.1 * med, 100);
        const ratio = amount / med;
        const z = (amount - med) / scale;
        if (ratio < o.minRatio || z < o.minZ) continue;
        // Far above the median, far above anything paid there before, and judged on a long history.
        const r1 = ramp(Math.log(ratio), Math.log(o.minRatio), Math.log(o.fullRatio));
        const r2 = ramp(Math.log(amount / Math.max(top, 1)), Math.log(o.overMax), Math.log(o.overMax * 4));
        const score = clamp01(0.2 + 0.55 * r1 + 0.15 * r2 + 0.1 * ramp(others, o.minHistory, 30)) * refunded;
        hits.push(hit(h, [i], score, 'unusual-amount.payee', {
          amountMinor: amount, currency: t.currency, counterparty: nameOf(h, i), ratio: roundRatio(ratio),
          medianMinor: Math.round(p.median), count: others,
        }));
        continue;
      }
      const a = h.accounts[h.account[i]!]!;
      if (a.spend.length < 30) continue;
      const med = Math.max(a.median, 1);
      const ratio = amount / med;
      if (ratio < o.accountMinRatio || amount <= Math.min(a.p99, 30 * med) || amount < 1.5 * o.overMax * top) continue;
      const r = ramp(Math.log(ratio), Math.log(o.accountMinRatio), Math.log(o.accountMinRatio * 4));
      const score = clamp01(0.25 + 0.3 * r) * refunded;
      hits.push(hit(h, [i], score, 'unusual-amount.account', {
        amountMinor: amount, currency: t.currency, counterparty: nameOf(h, i), ratio: roundRatio(ratio),
        medianMinor: Math.round(a.median), count: a.spend.length,
      }));
    }
    return hits;
  },
};
