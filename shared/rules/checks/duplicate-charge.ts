// The same counterparty charging the same amount twice within minutes (or within a day), on one account.
// Not a duplicate: habits (two metro rides a day, the same coffee morning and afternoon, two plans billed
// together every month), seen as same-amount repeats on many of the counterparty's other days; and a
// double charge already refunded is only worth a note.
import { INCOME, PERSON, REFUND, REFUNDED, SPEND, TRUSTED } from '../flags';
import type { HistoryIndex, PayeeStats } from '../history';
import { DAY_MS, HOUR_MS, MINUTE_MS, hit, nameOf } from '../hit';
import { clamp01, ramp } from '../stats';
import type { Rule, RuleHit } from '../types';

const defaultOptions = {
  /** Within this many minutes a repeat is almost surely a double charge. */
  strongMinutes: 10,
  /** Repeats further apart than this are not compared. */
  windowHours: 24,
  /** Share of the counterparty's days with same-amount repeats that makes repeats a habit. */
  habitShare: 0.15,
  /** Days after a double charge in which a matching refund counts. */
  refundDays: 30,
};

/** Share of the counterparty's active days (other than `skipDay`) with two payments of equal amount. */
function repeatShare(h: HistoryIndex, p: PayeeStats, skipDay: number): number {
  let days = 0;
  let repeats = 0;
  let k = 0;
  while (k < p.idx.length) {
    const d = h.day[p.idx[k]!]!;
    const from = k;
    let rep = false;
    // A day holds a handful of payments: comparing pairs beats building a set.
    for (; k < p.idx.length && h.day[p.idx[k]!] === d; k++) {
      for (let m = from; m < k && !rep; m++) if (h.abs[p.idx[m]!] === h.abs[p.idx[k]!]) rep = true;
    }
    if (d === skipDay) continue;
    days++;
    if (rep) repeats++;
  }
  return days ? repeats / days : 0;
}

export const duplicateCharge: Rule<typeof defaultOptions> = {
  meta: {
    id: 'duplicate-charge',
    title: 'rules.duplicate-charge.title',
    description: 'rules.duplicate-charge.description',
    defaultOptions,
  },
  evaluate({ history: h, options: o }) {
    const hits: RuleHit[] = [];
    const window = o.windowHours * HOUR_MS;
    // Incoming refunds by counterparty, for "already refunded".
    const refunds = new Map<number, number[]>();
    for (let j = 0; j < h.order.length; j++) {
      const i = h.order[j]!;
      if ((h.flags[i]! & (INCOME | REFUND)) === (INCOME | REFUND) && h.payee[i]! >= 0) {
        const list = refunds.get(h.payee[i]!) ?? [];
        list.push(i);
        refunds.set(h.payee[i]!, list);
      }
    }
    for (let pid = 0; pid < h.payees.length; pid++) {
      const p = h.payees[pid]!;
      const idx = p.idx;
      let habit: number | undefined;
      for (let k = 1; k < idx.length; k++) {
        const i = idx[k]!;
        if (h.flags[i]! & TRUSTED) continue;
        // Earlier charge of the same amount on the same account within the window (first of a run only).
        let prev = -1;
        for (let m = k - 1; m >= 0 && m >= k - 50 && h.ms[i]! - h.ms[idx[m]!]! <= window; m--) {
          const x = idx[m]!;
          if (h.abs[x] === h.abs[i] && h.account[x] === h.account[i] && (h.flags[x]! & SPEND)) {
            prev = x;
            break;
          }
        }
        if (prev < 0) continue;
        const gapMin = (h.ms[i]! - h.ms[prev]!) / MINUTE_MS;
        habit ??= repeatShare(h, p, h.day[i]!);
        const habitual = habit >= o.habitShare || (p.series !== undefined && p.series.cadenceDays < 6);
        if (habitual && gapMin > 2) continue;
        // Sending a person the same amount again hours later is a decision; within minutes, a slip.
        if (h.flags[i]! & PERSON && gapMin > o.strongMinutes) continue;
        let score = gapMin <= 2 ? 0.92 : gapMin <= o.strongMinutes ? 0.85 : gapMin <= 60 ? 0.6 : 0.35;
        if (habitual) score *= 0.5;
        const a = h.accounts[h.account[i]!]!;
        score *= 0.5 + 0.5 * ramp(h.abs[i]! / Math.max(a.median, 1), 0.2, 1);
        const refunded = (h.flags[i]! & REFUNDED) !== 0 || (h.flags[prev]! & REFUNDED) !== 0
          || (refunds.get(pid) ?? []).some((r) => h.abs[r] === h.abs[i] && h.ms[r]! > h.ms[i]!
            && h.ms[r]! - h.ms[i]! <= o.refundDays * DAY_MS);
        if (refunded) score *= 0.4;
        const t = h.transactions[i]!;
        hits.push(hit(h, [prev, i], clamp01(score), refunded ? 'duplicate-charge.refunded' : 'duplicate-charge.same', {
          amountMinor: h.abs[i]!, currency: t.currency, counterparty: nameOf(h, i),
          minutes: Math.round(gapMin * 10) / 10,
        }));
      }
    }
    return hits;
  },
};
