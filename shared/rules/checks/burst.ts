// Many payments in a short window, or a day far above the user's normal. The yardstick is the user's own:
// the sizes of their past sessions (payments less than `gapMinutes` apart) and of their past days.
// Alone a burst is a shopping spree as often as a theft; its weight comes from how much of the user's
// monthly money it moves and whether it goes to people rather than shops.
import { PERSON, SPEND, TRUSTED } from '../flags';
import { monthMoney, type AccountStats, type HistoryIndex } from '../history';
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

function groups(h: HistoryIndex, a: AccountStats, sameGroup: (prev: number, next: number) => boolean): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  let prev = -1;
  for (let k = 0; k < a.spend.length; k++) {
    const i = a.spend[k]!;
    if (h.flags[i]! & TRUSTED || !(h.flags[i]! & SPEND)) continue;
    if (!cur || !sameGroup(prev, i)) {
      cur = { idx: [], sum: 0, personSum: 0, max: 0 };
      out.push(cur);
    }
    cur.idx.push(i);
    cur.sum += h.abs[i]!;
    if (h.flags[i]! & PERSON) cur.personSum += h.abs[i]!;
    if (h.abs[i]! > cur.max) cur.max = h.abs[i]!;
    prev = i;
  }
  return out;
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
      const sessions = groups(h, a, (p, n) => h.ms[n]! - h.ms[p]! <= gap);
      const sizes = Float64Array.from(sessions, (s) => s.idx.length).sort();
      const usual = Math.max(2, Math.ceil(sortedQuantile(sizes, 0.99)));
      const covered = new Set<number>();
      for (const s of sessions) {
        const c = s.idx.length;
        if (c < o.minCount || c <= usual) continue;
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
      for (const d of groups(h, a, (p, n) => h.day[p] === h.day[n])) {
        const c = d.idx.length;
        if (c < Math.max(o.minCount, usualCount * o.dayCountFactor, usualCount + 4)) continue;
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
