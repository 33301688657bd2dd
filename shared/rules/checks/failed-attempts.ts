// A cluster of failed or closed payments, often large: someone trying a stolen account or card until a
// payment goes through. A user retrying one payment (same payee, same amount, then success) is not that,
// and neither is a habit of abandoned orders seen on many other days.
import { ATTEMPT, TRUSTED } from '../flags';
import type { HistoryIndex } from '../history';
import { sizeScore } from '../history';
import { HOUR_MS, MINUTE_MS, firstAfter, hit, payeeFirstMs } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Attempts closer than this form one cluster. */
  windowMinutes: 30,
  /** Fewest attempts in a cluster. */
  minCount: 3,
  /** Hours after the cluster in which a successful payment to a new payee belongs to it. */
  followHours: 2,
};

function clusters(h: HistoryIndex, all: Int32Array, gapMs: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let k = 0; k < all.length; k++) {
    const i = all[k]!;
    if (!(h.flags[i]! & ATTEMPT)) continue;
    if (cur.length && h.ms[i]! - h.ms[cur[cur.length - 1]!]! > gapMs) {
      out.push(cur);
      cur = [];
    }
    cur.push(i);
  }
  if (cur.length) out.push(cur);
  return out;
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const failedAttempts: Rule<typeof defaultOptions> = {
  meta: {
    id: 'failed-attempts',
    title: 'rules.failed-attempts.title',
    description: 'rules.failed-attempts.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    for (const a of h.accounts) {
      const cs = clusters(h, a.all, o.windowMinutes * MINUTE_MS);
      const sizes = Float64Array.from(cs, (c) => c.length).sort();
      for (const c of cs) {
        const mine = c.filter((i) => !(h.flags[i]! & TRUSTED));
        if (mine.length < o.minCount) continue;
        // How often this account sees clusters at least this big: habits of abandoned orders.
        const similar = sizes.length - lowerBound(sizes, mine.length) - 1;
        const habit = 1 - 0.6 * ramp(similar, 0, 4);
        const last = mine[mine.length - 1]!;
        const payees = new Set(mine.map((i) => h.payee[i]));
        const amounts = new Set(mine.map((i) => h.abs[i]));
        // A success right after: the user's retry went through, or the attacker found a way in.
        const after: number[] = [];
        let retried = false;
        for (let k = firstAfter(h, a.spend, h.ms[last]!); k < a.spend.length; k++) {
          const x = a.spend[k]!;
          if (h.ms[x]! - h.ms[last]! > o.followHours * HOUR_MS) break;
          if (payees.size === 1 && payees.has(h.payee[x]) && amounts.has(h.abs[x])) retried = true;
          else if (payeeFirstMs(h, x) >= h.ms[x]! && !(h.flags[x]! & TRUSTED)) after.push(x);
        }
        const maxSize = Math.max(...mine.map((i) => sizeScore(h, i)));
        const newPayees = mine.filter((i) => payeeFirstMs(h, i) >= h.ms[i]!).length / mine.length;
        let score = 0.4 + 0.1 * ramp(mine.length, o.minCount, o.minCount + 3) + 0.3 * maxSize
          + 0.1 * newPayees + (after.length ? 0.1 : 0);
        if (retried) score *= 0.45;
        score *= habit;
        const t = h.transactions[mine[0]!]!;
        hits.push(hit(h, [...mine, ...after], clamp01(score), after.length ? 'failed-attempts.then-success' : 'failed-attempts.cluster', {
          count: mine.length, minutes: Math.max(1, Math.round((h.ms[last]! - h.ms[mine[0]!]!) / MINUTE_MS)),
          totalMinor: mine.reduce((s, i) => s + h.abs[i]!, 0), currency: t.currency, payees: payees.size,
          succeeded: after.length,
        }));
      }
    }
    return hits;
  },
};
