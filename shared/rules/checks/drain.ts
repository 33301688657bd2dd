// A drain: transfers to individuals the user had not paid before (or only just started paying), close
// together, that move a large share of the money the account usually sees in a month. Fan-out to several
// new people counts more. A payee who later becomes a regular (a new landlord) is life, not a drain.
import { PERSON, SPEND, TRUSTED } from '../flags';
import { monthMoney } from '../history';
import { DAY_MS, HOUR_MS, hit, payeeFirstMs } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Transfers closer than this belong to one sequence. */
  maxGapHours: 48,
  /** A payee first paid at most this many days before still counts as new. */
  newWithinDays: 14,
  /** Share of the month's money that makes a sequence a drain. */
  minShare: 0.35,
  /** A single transfer needs this share. */
  singleShare: 0.6,
  /** Days of account history needed to know what a month's money is. */
  baselineDays: 30,
  /** Later payments over at least `regularDays` that make a payee a regular. */
  regularCount: 3,
  regularDays: 45,
};

export const drain: Rule<typeof defaultOptions> = {
  meta: { id: 'drain', title: 'rules.drain.title', description: 'rules.drain.description', defaultOptions },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    const regularCache = new Map<number, boolean>();
    const becomesRegular = (i: number): boolean => {
      const pid = h.payee[i]!;
      let r = regularCache.get(pid);
      if (r === undefined) {
        const p = h.payees[pid]!;
        const firstMs = h.ms[p.idx[0]!]!;
        let later = 0;
        let lastMs = firstMs;
        for (let k = 0; k < p.idx.length; k++) {
          const t = h.ms[p.idx[k]!]!;
          if (t - firstMs > 7 * DAY_MS) {
            later++;
            lastMs = t;
          }
        }
        r = later >= o.regularCount && lastMs - firstMs >= o.regularDays * DAY_MS;
        regularCache.set(pid, r);
      }
      return r;
    };
    for (const a of h.accounts) {
      const money = monthMoney(a);
      const start = a.firstMs + o.baselineDays * DAY_MS;
      const seq: number[] = [];
      const flush = (): void => {
        if (!seq.length) return;
        const sum = seq.reduce((s, i) => s + h.abs[i]!, 0);
        const first = h.transactions[seq[0]!]!;
        // Money available, when the export carries balances: the balance before the first transfer.
        const before = first.balanceMinor !== undefined ? first.balanceMinor + h.abs[seq[0]!]! : 0;
        const share = Math.max(sum / money, before > 0 ? sum / before : 0);
        const people = new Set(seq.map((i) => h.payee[i])).size;
        const need = seq.length === 1 ? o.singleShare : o.minShare;
        if (share >= need) {
          const score = 0.35 + 0.55 * ramp(share, need, 1) + 0.1 * ramp(people, 1, 4);
          hits.push(hit(h, seq, clamp01(score), people > 1 ? 'drain.fan-out' : 'drain.one', {
            count: seq.length, people, totalMinor: sum, currency: a.currency,
            percent: Math.round(share * 100), monthMinor: Math.round(before > 0 && sum / before > sum / money ? before : money),
            days: Math.max(1, Math.round((h.ms[seq[seq.length - 1]!]! - h.ms[seq[0]!]!) / DAY_MS)),
          }));
        }
        seq.length = 0;
      };
      for (let k = 0; k < a.spend.length; k++) {
        const i = a.spend[k]!;
        const f = h.flags[i]!;
        if (!(f & PERSON) || !(f & SPEND) || f & TRUSTED || h.ms[i]! < start) continue;
        if (payeeFirstMs(h, i) < h.ms[i]! - o.newWithinDays * DAY_MS || becomesRegular(i)) continue;
        const last = seq[seq.length - 1];
        if (last !== undefined && h.ms[i]! - h.ms[last]! > o.maxGapHours * HOUR_MS) flush();
        seq.push(i);
      }
      flush();
    }
    return hits;
  },
};
