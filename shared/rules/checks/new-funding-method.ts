// A funding method (card, bank account, balance) the user had never paid with, appearing after the
// account's first weeks. A thief often adds their own card or a newly linked one; a renewed card is
// usually followed by ordinary payments and later becomes the usual method.
import { ATTEMPT, SPEND, TRUSTED } from '../flags';
import { isFirstPayment, groupLists, sizeScore } from '../history';
import { DAY_MS, HOUR_MS, firstAfter, hit } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  baselineDays: 30,
  baselineCount: 20,
  /** Hours after first use whose payments with the method belong to the hit. */
  followHours: 48,
  /** Uses after `regularDays` that make the method a regular one. */
  regularUses: 5,
  regularDays: 30,
};

export const newFundingMethod: Rule<typeof defaultOptions> = {
  meta: {
    id: 'new-funding-method',
    title: 'rules.new-funding-method.title',
    description: 'rules.new-funding-method.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    // Uses of each method over all accounts, in time order: the user's own card used in two wallets is
    // not new.
    const uses = groupLists(h.order, h.method, h.methods.length, (i) => (h.flags[i]! & (SPEND | ATTEMPT)) !== 0);
    for (let m = 0; m < uses.length; m++) {
      const list = uses[m]!;
      if (!list.length) continue;
      const first = list[0]!;
      if (h.flags[first]! & TRUSTED) continue;
      const a = h.accounts[h.account[first]!]!;
      const pos = firstAfter(h, a.spend, h.ms[first]! - 1);
      if (h.ms[first]! < a.firstMs + o.baselineDays * DAY_MS || pos < o.baselineCount) continue;
      const until = h.ms[first]! + o.followHours * HOUR_MS;
      const near = Array.from(list.subarray(0, firstAfter(h, list, until))).slice(0, 20);
      const laterUses = list.length - firstAfter(h, list, h.ms[first]! + o.regularDays * DAY_MS);
      const sum = near.reduce((s, i) => s + h.abs[i]!, 0);
      const maxSize = Math.max(...near.map((i) => sizeScore(h, i)));
      const newPayees = near.filter((i) => isFirstPayment(h, i)).length / near.length;
      const regular = laterUses >= o.regularUses ? 0.5 : 1;
      const score = clamp01((0.2 + 0.3 * maxSize + 0.2 * newPayees + 0.1 * ramp(near.length, 1, 5)) * regular);
      const t = h.transactions[first]!;
      hits.push(hit(h, near, score, 'new-funding-method.first', {
        method: h.methods[m]!, count: near.length, totalMinor: sum, currency: t.currency, hours: o.followHours,
      }));
    }
    return hits;
  },
};
