// What changed in the audit period: new counterparties, new funding methods, new or changed recurring
// charges, findings not yet reviewed, and the balance change — the walk-through of one self-audit.
import type { Transaction } from '../model';
import type { Finding } from '../rules/types';
import { detectRecurring } from '../rules/recurring';
import { dayOf, movesMoney, type Period } from '../insights/counted';
import { monthlyFlows } from '../insights/monthly-flows';
import { balanceOverTime } from '../insights/balance';

export interface NewCounterparty {
  counterparty: string;
  currency: string;
  firstSeen: string;
  outMinor: number;
  inMinor: number;
  count: number;
}
export interface NewMethod {
  method: string;
  firstSeen: string;
  count: number;
}
export interface RecurringChange {
  counterparty: string;
  currency: string;
  kind: 'new' | 'changed';
  cadenceDays: number;
  /** Usual amount before the period (absolute, minor units); absent for a new series. */
  beforeMinor?: number;
  nowMinor: number;
}
export interface BalanceChange {
  key: string;
  currency: string;
  /** From the export's balance column when it has one, else undefined. */
  startMinor?: number;
  endMinor?: number;
  /** Net of the booked transactions in the period. */
  netMinor: number;
}
export interface AuditReview {
  period: Required<Period>;
  transactions: number;
  newCounterparties: NewCounterparty[];
  newFundingMethods: NewMethod[];
  recurring: RecurringChange[];
  unreviewedFindings: string[];
  balances: BalanceChange[];
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Math.floor(Date.parse(`${dayOf(iso)}T00:00:00Z`) / DAY);

export function buildAuditReview(
  txs: readonly Transaction[],
  findings: readonly Finding[],
  reviewed: ReadonlySet<string>,
  period: Required<Period>,
): AuditReview {
  // Callers that already hold the history in order (the insights worker) skip the copy and the sort.
  const sorted = isSorted(txs) ? txs : [...txs].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  // In time order the period and everything up to its end are ranges: found by bisection instead of two
  // passes that cut a date out of every transaction.
  const n = sorted.length;
  const day = (i: number): string => dayOf(sorted[i]!.occurredAt);
  const start = firstWhere(n, (i) => !period.from || day(i) >= period.from);
  const end = firstWhere(n, (i) => day(i) > period.to);
  const stop = period.to ? end : n;
  const inside = sorted.slice(start, Math.max(start, stop));
  const upToEnd = sorted.slice(0, end);
  const before = Math.min(start, end);
  const insideIds = new Set(inside.map((t) => t.id));
  return {
    period,
    transactions: inside.length,
    newCounterparties: newCounterparties(upToEnd, before),
    newFundingMethods: newMethods(upToEnd, before),
    recurring: recurringChanges(upToEnd, period),
    unreviewedFindings: findings
      .filter((f) => f.transactionIds.some((id) => insideIds.has(id)) && !f.transactionIds.every((id) => reviewed.has(id)))
      .map((f) => f.id),
    balances: balances(inside, period),
  };
}

function isSorted(txs: readonly Transaction[]): boolean {
  for (let i = 1; i < txs.length; i++) if (txs[i - 1]!.occurredAt > txs[i]!.occurredAt) return false;
  return true;
}

/** The first index in [0, n) where `past` holds, for a predicate false then true along the rows. */
function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `txs` in time order; those before index `start` are before the period. */
function newCounterparties(txs: readonly Transaction[], start: number): NewCounterparty[] {
  const known = new Set<string>();
  for (let i = 0; i < start; i++) {
    const t = txs[i]!;
    if (movesMoney(t) && t.counterparty) known.add(t.counterparty);
  }
  const rows: NewCounterparty[] = [];
  const byName = new Map<string, Map<string, NewCounterparty>>();
  for (let i = start; i < txs.length; i++) {
    const t = txs[i]!;
    if (!movesMoney(t) || !t.counterparty || known.has(t.counterparty)) continue;
    let byCurrency = byName.get(t.counterparty);
    if (!byCurrency) byName.set(t.counterparty, (byCurrency = new Map()));
    let r = byCurrency.get(t.currency);
    if (!r) {
      r = { counterparty: t.counterparty, currency: t.currency, firstSeen: dayOf(t.occurredAt), outMinor: 0, inMinor: 0, count: 0 };
      byCurrency.set(t.currency, r);
      rows.push(r);
    }
    if (t.amountMinor < 0) r.outMinor -= t.amountMinor;
    else r.inMinor += t.amountMinor;
    r.count++;
  }
  return rows.sort((a, b) => b.outMinor - a.outMinor || a.counterparty.localeCompare(b.counterparty));
}

/** `txs` in time order; those before index `start` are before the period. */
function newMethods(txs: readonly Transaction[], start: number): NewMethod[] {
  const seen = new Map<string, NewMethod>();
  const before = new Set<string>();
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!;
    if (!t.method || t.method === '/') continue;
    if (i < start) before.add(t.method);
    else if (!before.has(t.method)) {
      const m = seen.get(t.method);
      if (m) m.count++;
      else seen.set(t.method, { method: t.method, firstSeen: dayOf(t.occurredAt), count: 1 });
    }
  }
  return [...seen.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}

function recurringChanges(txs: readonly Transaction[], p: Required<Period>): RecurringChange[] {
  // By counterparty, then currency, without building a key string per payment; `series` keeps first-seen order.
  const series: Transaction[][] = [];
  const byName = new Map<string, Map<string, Transaction[]>>();
  for (const t of txs) {
    if (!movesMoney(t) || t.amountMinor >= 0 || !t.counterparty) continue;
    let byCurrency = byName.get(t.counterparty);
    if (!byCurrency) byName.set(t.counterparty, (byCurrency = new Map()));
    const s = byCurrency.get(t.currency);
    if (s) s.push(t);
    else {
      const fresh = [t];
      byCurrency.set(t.currency, fresh);
      series.push(fresh);
    }
  }
  // Date.parse once per calendar day, not twice per payment.
  const days = new Map<string, number>();
  const dayNo = (iso: string): number => {
    const d = dayOf(iso);
    let n = days.get(d);
    if (n === undefined) days.set(d, (n = dayNumber(iso)));
    return n;
  };
  const out: RecurringChange[] = [];
  for (const s of series) {
    const latest = s.at(-1)!;
    if (dayOf(latest.occurredAt) < p.from) continue;
    const before = s.filter((t) => dayOf(t.occurredAt) < p.from);
    const all = detectRecurring(s.map((t) => dayNo(t.occurredAt)), s.map((t) => -t.amountMinor));
    if (!all) continue;
    const prior = detectRecurring(before.map((t) => dayNo(t.occurredAt)), before.map((t) => -t.amountMinor));
    const now = -latest.amountMinor;
    const base = { counterparty: latest.counterparty, currency: latest.currency, cadenceDays: all.cadenceDays, nowMinor: now };
    if (!prior) out.push({ ...base, kind: 'new' });
    else if (prior.stable && Math.abs(now - prior.amount) > prior.amount * 0.05) out.push({ ...base, kind: 'changed', beforeMinor: prior.amount });
  }
  return out.sort((a, b) => a.counterparty.localeCompare(b.counterparty));
}

function balances(inside: readonly Transaction[], p: Required<Period>): BalanceChange[] {
  const out: BalanceChange[] = [];
  const withBalance = balanceOverTime(inside, { period: p });
  for (const [currency, months] of monthlyFlows(inside)) {
    const net = months.reduce((s, m) => s + m.netMinor, 0);
    const keys = [...withBalance.keys()].filter((k) => k.endsWith(` · ${currency}`));
    if (!keys.length) out.push({ key: currency, currency, netMinor: net });
    for (const key of keys) {
      const pts = withBalance.get(key)!;
      out.push({ key, currency, startMinor: pts[0]!.balanceMinor, endMinor: pts.at(-1)!.balanceMinor, netMinor: net });
    }
  }
  return out;
}
