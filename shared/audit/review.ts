// What changed in the audit period: new counterparties, new funding methods, new or changed recurring
// charges, findings not yet reviewed, and the balance change — the walk-through of one self-audit.
import type { Transaction } from '../model';
import type { Finding } from '../rules/types';
import { detectRecurring } from '../rules/recurring';
import { dayOf, inPeriod, movesMoney, type Period } from '../insights/counted';
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
  const inside = sorted.filter((t) => inPeriod(t.occurredAt, period));
  const upToEnd = sorted.filter((t) => dayOf(t.occurredAt) <= period.to);
  const insideIds = new Set(inside.map((t) => t.id));
  return {
    period,
    transactions: inside.length,
    newCounterparties: newCounterparties(upToEnd, period),
    newFundingMethods: newMethods(upToEnd, period),
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

function newCounterparties(txs: readonly Transaction[], p: Required<Period>): NewCounterparty[] {
  const first = new Map<string, string>();
  const rows = new Map<string, NewCounterparty>();
  for (const t of txs) {
    if (!movesMoney(t) || !t.counterparty) continue;
    const day = dayOf(t.occurredAt);
    if (!first.has(t.counterparty)) first.set(t.counterparty, day);
    if (first.get(t.counterparty)! < p.from || day < p.from) continue;
    const key = `${t.counterparty}\u0000${t.currency}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { counterparty: t.counterparty, currency: t.currency, firstSeen: day, outMinor: 0, inMinor: 0, count: 0 }));
    if (t.amountMinor < 0) r.outMinor -= t.amountMinor;
    else r.inMinor += t.amountMinor;
    r.count++;
  }
  return [...rows.values()].sort((a, b) => b.outMinor - a.outMinor || a.counterparty.localeCompare(b.counterparty));
}

function newMethods(txs: readonly Transaction[], p: Required<Period>): NewMethod[] {
  const seen = new Map<string, NewMethod>();
  const before = new Set<string>();
  for (const t of txs) {
    if (!t.method || t.method === '/') continue;
    const day = dayOf(t.occurredAt);
    if (day < p.from) before.add(t.method);
    else if (!before.has(t.method)) {
      const m = seen.get(t.method);
      if (m) m.count++;
      else seen.set(t.method, { method: t.method, firstSeen: day, count: 1 });
    }
  }
  return [...seen.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}

function recurringChanges(txs: readonly Transaction[], p: Required<Period>): RecurringChange[] {
  const series = new Map<string, Transaction[]>();
  for (const t of txs) {
    if (!movesMoney(t) || t.amountMinor >= 0 || !t.counterparty) continue;
    const key = `${t.counterparty}\u0000${t.currency}`;
    const s = series.get(key);
    if (s) s.push(t);
    else series.set(key, [t]);
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
  for (const s of series.values()) {
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
