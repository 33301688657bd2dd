// Many payments in a short window, or a day far above the user's normal. The yardstick is the user's own:
// the sizes of their past sessions (payments less than `gapMinutes` apart) and of their past days.
// Alone a burst is a shopping spree as often as a theft; its weight comes from how much of the user's
// monthly money it moves and whether it goes to people rather than shops.
import { PERSON, TRUSTED } from '../flags';
import { monthMoney, type HistoryIndex } from '../history';
import { MINUTE_MS, hit } from '../hit';
import { clamp01, ramp, sortedQuantile } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Payments closer than this belong to one session. */
  gapMinutes: 20,
  /** Fewest payments in a session worth a look. */
  minCount: 4,
  /** A day needs this many times the usual count and usual sum. */
  dayCountFactor: 3,
  daySumFactor: 4,
  /** Active days needed before days are compared. */
  minDays: 20,
};

interface Group { idx: number[]; sum: number; personSum: number; max: number }

/** Splits the time-ordered payments into runs where `same(prev, next)` holds; returns run starts. */
function runs(list: Int32Array, same: (prev: number, next: number) => boolean): number[] {
  const starts: number[] = [];
  for (let k = 0; k < list.length; k++) if (k === 0 || !same(list[k - 1]!, list[k]!)) starts.push(k);
  starts.push(list.length);
  return starts;
}

function group(h: HistoryIndex, list: Int32Array, from: number, to: number): Group {
  const g: Group = { idx: [], sum: 0, personSum: 0, max: 0 };
  for (let k = from; k < to; k++) {
    const i = list[k]!;
    g.idx.push(i);
    g.sum += h.abs[i]!;
    if (h.flags[i]! & PERSON) g.personSum += h.abs[i]!;
    if (h.abs[i]! > g.max) g.max = h.abs[i]!;
  }
  return g;
}

/**
 * How much the group weighs against a month's money: a spree of many small orders weighs little even
 * when it adds up; large single payments, and money sent to people, weigh most.
 */
function moneyWeight(g: Group, money: number): number {
  const spree = ramp(g.sum / money, 0.1, 0.6) * ramp(g.max / money, 0.03, 0.2);
  return Math.max(spree, ramp(g.personSum / money, 0.05, 0.4));
}

export const burst: Rule<typeof defaultOptions> = {
  meta: { id: 'burst', title: 'rules.burst.title', description: 'rules.burst.description', defaultOptions },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    const gap = o.gapMinutes * MINUTE_MS;
    for (const a of h.accounts) {
      if (a.daily.days < o.minDays) continue;
      const money = monthMoney(a);
      // Payments the user has not marked normal, as index ranges (most sessions are one or two payments:
      // no arrays for them).
      const list = a.spend.filter((i) => !(h.flags[i]! & TRUSTED));
      const starts = runs(list, (p, n) => h.ms[n]! - h.ms[p]! <= gap);
      const sizes = new Float64Array(starts.length - 1);
      for (let r = 0; r + 1 < starts.length; r++) sizes[r] = starts[r + 1]! - starts[r]!;
      const usual = Math.max(2, Math.ceil(sortedQuantile(sizes.slice().sort(), 0.99)));
      const covered = new Set<number>();
      for (let r = 0; r + 1 < starts.length; r++) {
        const c = sizes[r]!;
        if (c < o.minCount || c <= usual) continue;
        const s = group(h, list, starts[r]!, starts[r + 1]!);
        const score = 0.1 + 0.2 * ramp(c / usual, 1, 2.5) + 0.45 * moneyWeight(s, money);
        const first = s.idx[0]!;
        const last = s.idx[c - 1]!;
        hits.push(hit(h, s.idx, clamp01(score), 'burst.window', {
          count: c, minutes: Math.max(1, Math.round((h.ms[last]! - h.ms[first]!) / MINUTE_MS)), totalMinor: s.sum,
          currency: a.currency, usualCount: usual,
        }));
        for (const i of s.idx) covered.add(i);
      }
      const usualCount = Math.max(1, a.daily.count.median);
      const usualSum = Math.max(1, a.daily.sum.median);
      const days = runs(list, (p, n) => h.day[p] === h.day[n]);
      for (let r = 0; r + 1 < days.length; r++) {
        const c = days[r + 1]! - days[r]!;
        if (c < Math.max(o.minCount, usualCount * o.dayCountFactor, usualCount + 4)) continue;
        const d = group(h, list, days[r]!, days[r + 1]!);
        if (d.sum < usualSum * o.daySumFactor) continue;
        if (d.idx.filter((i) => covered.has(i)).length >= c * 0.7) continue;
        const score = 0.1 + 0.15 * ramp(c / usualCount, o.dayCountFactor, o.dayCountFactor * 3) + 0.35 * moneyWeight(d, money);
        hits.push(hit(h, d.idx, clamp01(score), 'burst.day', {
          count: c, date: h.transactions[d.idx[0]!]!.occurredAt.slice(0, 10), totalMinor: d.sum, currency: a.currency,
          usualCount: Math.round(usualCount * 10) / 10, usualMinor: Math.round(usualSum),
        }));
      }
    }
    return hits;
  },
};
