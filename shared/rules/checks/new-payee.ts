// A first payment to someone the user has never paid, weighted by how much it was and by what followed:
// more money to the same payee, or more new payees straight after, is how scams and takeovers look;
// a payee that becomes a regular (a new landlord, a new gym) is how life looks. An account's first weeks
// are its baseline: everyone is new there.
import { minorDigits } from '../../money';
import { PERSON, TRUSTED } from '../flags';
import { isFirstPayment, monthMoney, sizeOf, sizeScore } from '../history';
import { DAY_MS, HOUR_MS, hit, isRound, nameOf } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Days of history an account needs before a payee counts as new. */
  baselineDays: 30,
  /** Payments an account needs before a payee counts as new. */
  baselineCount: 30,
  /** Hours after the first payment in which follow-ups count. */
  followHours: 48,
  /** Later payments over at least `regularDays` that make a payee a regular. */
  regularCount: 3,
  regularDays: 21,
  /** Weaker hits are dropped (weak ones still add to combined evidence). */
  minScore: 0.1,
};

export const newPayee: Rule<typeof defaultOptions> = {
  meta: { id: 'new-payee', title: 'rules.new-payee.title', description: 'rules.new-payee.description', defaultOptions },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    const follow = o.followHours * HOUR_MS;
    for (const a of h.accounts) {
      const start = a.firstMs + o.baselineDays * DAY_MS;
      const sp = a.spend;
      // Share of payments to first-time payees after the baseline: for someone who tries a new shop every
      // other day, one more new shop says less.
      let after = 0;
      let firsts = 0;
      for (let k = o.baselineCount; k < sp.length; k++) {
        if (h.ms[sp[k]!]! < start) continue;
        after++;
        if (isFirstPayment(h, sp[k]!)) firsts++;
      }
      const noveltyWeight = 1 - 0.5 * ramp(after ? firsts / after : 0, 0.1, 0.5);
      const money = monthMoney(a);
      for (let k = o.baselineCount; k < sp.length; k++) {
        const i = sp[k]!;
        if (!isFirstPayment(h, i) || h.ms[i]! < start || h.flags[i]! & TRUSTED) continue;
        const p = h.payees[h.payee[i]!]!;
        const until = h.ms[i]! + follow;
        // Follow-ups: the same payee again, and other new payees with sizeable amounts.
        const same: number[] = [i];
        let total = h.abs[i]!;
        let otherNew = 0;
        for (let m = k + 1; m < sp.length && m <= k + 200 && h.ms[sp[m]!]! <= until; m++) {
          const x = sp[m]!;
          if (h.payee[x] === h.payee[i]) {
            same.push(x);
            total += h.abs[x]!;
          } else if (isFirstPayment(h, x) && (h.flags[x]! & PERSON || sizeScore(h, x) >= 0.8)) otherNew++;
        }
        // Becoming a regular: payments after the follow window spread over weeks.
        let later = 0;
        let lastLater = 0;
        for (let m = 0; m < p.idx.length; m++) {
          const x = p.idx[m]!;
          if (h.ms[x]! > until) {
            later++;
            lastLater = h.ms[x]!;
          }
        }
        const regular = (later >= o.regularCount && lastLater - until >= o.regularDays * DAY_MS) || p.series ? 0.35 : 1;
        // Large for this user's payments, and weighed against a month's money: ¥1,500 is 40 of your
        // ¥35 coffees, but only 4 % of a ¥36,000 month.
        const sizeTotal = sizeOf(a, total) * (0.5 + 0.5 * ramp(total / money, 0.02, 0.2));
        // Paying a new shop twice is shopping; paying a new person again and again is how scams escalate.
        const repeatWeight = h.flags[i]! & PERSON || sizeTotal >= 0.8 ? 1 : 0.3;
        const followScore = ramp((same.length - 1) * repeatWeight + otherNew, 0, 4);
        const person = h.flags[i]! & PERSON ? 1 : 0.65;
        const t = h.transactions[i]!;
        // Round sums are how people pay people (and how scammers ask); companies invoice round sums too.
        const round = h.flags[i]! & PERSON && isRound(h.abs[i]!, minorDigits(t.currency)) ? 0.05 : 0;
        // What follows matters in proportion to the money: eight ¥8.80 red packets are not a fan-out.
        const score = clamp01((0.7 * sizeTotal ** 1.3 + 0.3 * followScore * (0.3 + 0.7 * sizeTotal)) * person + round)
          * noveltyWeight * regular;
        if (score < o.minScore) continue;
        hits.push(hit(h, same, score, same.length > 1 ? 'new-payee.repeat' : 'new-payee.first', {
          amountMinor: h.abs[i]!, totalMinor: total, payments: same.length, currency: t.currency,
          counterparty: nameOf(h, i), hours: o.followHours, medianMinor: Math.round(a.median),
          person: h.flags[i]! & PERSON ? 1 : 0,
        }));
      }
    }
    return hits;
  },
};
