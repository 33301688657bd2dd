// Building the HistoryIndex: one pass over the transactions into typed columns, a time order, groups
// as views into shared buffers, and the statistics each group needs. Allocation is kept per group, not
// per transaction, because a million-row run notices every object.
import type { Transaction } from '../model';
import { ATTEMPT, INCOME, MIRROR, PERSON, REFUND, REFUNDED, SPEND, TRUSTED, VALID } from './flags';
import type { AccountStats, HistoryIndex, PayeeStats } from './history';
import { buildHourProfile } from './hour-profile';
import { normaliseName, type NormalMatcher } from './normal';
import { isPersonName, isTransferText } from './parties';
import { detectRecurring, isAutomatic } from './recurring';
import { medianMad, robust, sortedMedian, sortedQuantile } from './stats';
import { readWallTime } from './time';
import { sortByTime } from './time-order';

const REFUND_TEXT = /退款|退回|refund|reversal|revers|chargeback|cashback/i;

interface Interner { ids: Map<string, number>; list: string[] }
const interner = (): Interner => ({ ids: new Map(), list: [] });
function intern(t: Interner, s: string): number {
  let id = t.ids.get(s);
  if (id === undefined) {
    id = t.list.length;
    t.ids.set(s, id);
    t.list.push(s);
  }
  return id;
}

/**
 * Splits `order` into per-group index lists, keeping time order: a counting sort into one buffer, with
 * each group a view of its slice (hundreds of thousands of counterparties cost no allocation each).
 */
export function groupLists(order: Int32Array, group: Int32Array, groups: number, keep: (i: number) => boolean): Int32Array[] {
  const start = new Int32Array(groups + 1);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    if (group[i]! >= 0 && keep(i)) start[group[i]! + 1]!++;
  }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const data = new Int32Array(start[groups]!);
  const fill = start.slice(0, groups);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    const g = group[i]!;
    if (g >= 0 && keep(i)) data[fill[g]!++] = i;
  }
  const lists: Int32Array[] = new Array<Int32Array>(groups);
  for (let g = 0; g < groups; g++) lists[g] = data.subarray(start[g]!, start[g + 1]!);
  return lists;
}

export function buildHistory(transactions: readonly Transaction[], isNormal?: NormalMatcher): HistoryIndex {
  const n = transactions.length;
  const ms = new Float64Array(n);
  const minute = new Uint16Array(n);
  const day = new Int32Array(n);
  const abs = new Float64Array(n);
  const flags = new Uint16Array(n);
  const payee = new Int32Array(n).fill(-1);
  const account = new Int32Array(n).fill(-1);
  const method = new Int32Array(n).fill(-1);

  const currencies = interner();
  const accountIds = interner();
  const methods = interner();
  const rawNames = new Map<string, number>();
  const names = interner();
  const nameIsPerson: boolean[] = [];
  const payeeKeys = new Map<number, number>();
  const payeeMeta: { name: string; currency: string; nameId: number }[] = [];
  const accountKeys = new Map<number, number>();
  const accountMeta: { accountId: string; currency: string; acct: number }[] = [];
  const transferKinds = new Map<string, boolean>();

  const when = { ms: 0, minute: 0, day: 0 };
  let lastAccountId: string | undefined;
  let lastCur = -1;
  let lastAccount = -1;
  const currencyIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = transactions[i]!;
    const w = readWallTime(t.occurredAt, when);
    if (!w) continue;
    ms[i] = w.ms;
    minute[i] = w.minute;
    day[i] = w.day;
    abs[i] = Math.abs(t.amountMinor);
    let f = VALID;
    if (t.mirror) f |= MIRROR;
    else if (t.direction === 'out' && (t.status === 'failed' || t.status === 'closed')) f |= ATTEMPT;
    else if (t.direction === 'neutral' && (t.status === 'failed' || t.status === 'closed') && t.amountMinor <= 0) {
      f |= ATTEMPT;
    } else if (t.direction === 'out' && t.amountMinor !== 0) {
      f |= SPEND;
      if (t.status === 'refunded') f |= REFUNDED;
    } else if (t.direction === 'in' && t.status !== 'failed' && t.status !== 'closed') {
      f |= INCOME;
      if (t.status === 'refunded' || t.relatedId || REFUND_TEXT.test(t.kind ?? '') || REFUND_TEXT.test(t.description)) {
        f |= REFUND;
      }
    }
    let cur = currencyIds.get(t.currency);
    if (cur === undefined) currencyIds.set(t.currency, (cur = intern(currencies, t.currency.toUpperCase())));
    // Exports come in runs of one account: remember the last one instead of two map lookups per row.
    let a: number;
    if (t.accountId === lastAccountId && cur === lastCur) a = lastAccount;
    else {
      const acct = intern(accountIds, t.accountId);
      const aKey = acct * 4096 + cur;
      let found = accountKeys.get(aKey);
      if (found === undefined) {
        found = accountMeta.length;
        accountKeys.set(aKey, found);
        accountMeta.push({ accountId: t.accountId, currency: currencies.list[cur]!, acct });
      }
      a = lastAccount = found;
      lastAccountId = t.accountId;
      lastCur = cur;
    }
    account[i] = a;
    if (t.method) method[i] = intern(methods, t.method);

    const label = t.counterparty || t.counterpartyAccount || '';
    if (label) {
      let nameId = rawNames.get(label);
      if (nameId === undefined) {
        nameId = intern(names, normaliseName(label));
        rawNames.set(label, nameId);
        if (nameIsPerson[nameId] === undefined) nameIsPerson[nameId] = isPersonName(label);
      }
      const pKey = nameId * 4096 + cur;
      let p = payeeKeys.get(pKey);
      if (p === undefined) {
        p = payeeMeta.length;
        payeeKeys.set(pKey, p);
        payeeMeta.push({ name: label, currency: currencies.list[cur]!, nameId });
      }
      payee[i] = p;
      let transfer = nameIsPerson[nameId]!;
      if (!transfer && t.kind) {
        let k = transferKinds.get(t.kind);
        if (k === undefined) transferKinds.set(t.kind, (k = isTransferText(t.kind)));
        transfer = k;
      }
      if (!transfer && !t.kind) transfer = isTransferText(t.description);
      if (transfer) f |= PERSON;
    }
    if (isNormal?.(t, w.minute)) f |= TRUSTED;
    flags[i] = f;
  }

  const order = sortByTime(ms, flags, VALID);
  const isSpend = (i: number): boolean => (flags[i]! & SPEND) !== 0;

  // Counterparties.
  const payeeLists = groupLists(order, payee, payeeMeta.length, isSpend);
  const ordinal = new Int32Array(n).fill(-1);
  const scratch = new Float64Array(Math.max(1, n));
  const values = new Float64Array(Math.max(1, n));
  const dayValues = new Float64Array(Math.max(1, n));
  const payees: PayeeStats[] = payeeMeta.map((m, p) => {
    const idx = payeeLists[p]!;
    let persons = 0;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      ordinal[i] = k;
      values[k] = abs[i]!;
      dayValues[k] = day[i]!;
      if (flags[i]! & PERSON) persons++;
    }
    const series = idx.length >= 2 ? detectRecurring(dayValues, values, idx.length) : undefined;
    const r = medianMad(values, scratch, idx.length);
    return {
      name: m.name, currency: m.currency, idx, median: r.median, mad: r.mad, person: persons * 2 > idx.length, series,
      firstMs: idx.length ? ms[idx[0]!]! : Infinity, lastMs: idx.length ? ms[idx[idx.length - 1]!]! : -Infinity,
      knownSinceMs: Infinity,
    };
  });
  const nameFirst = new Map<number, number>();
  payees.forEach((p, k) => {
    const id = payeeMeta[k]!.nameId;
    nameFirst.set(id, Math.min(nameFirst.get(id) ?? Infinity, p.firstMs));
  });
  payees.forEach((p, k) => (p.knownSinceMs = nameFirst.get(payeeMeta[k]!.nameId)!));

  // Accounts (per currency) and hour profiles (per account, all currencies).
  const spendLists = groupLists(order, account, accountMeta.length, isSpend);
  const allLists = groupLists(order, account, accountMeta.length, () => true);
  const acctOfTx = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (account[i]! >= 0) acctOfTx[i] = accountMeta[account[i]!]!.acct;
  // Hours count only payments the user made: automatic charges of a recurring series run on the
  // merchant's clock (a subscription renewing at 06:00 says nothing about when the user is awake).
  const byUser = (i: number): boolean => isSpend(i) && !isAutomatic(payees, payee, i);
  const hourLists = groupLists(order, acctOfTx, accountIds.list.length, byUser);
  const profiles = hourLists.map((idx) => buildHourProfile(day, minute, idx));
  const spendAll = order.filter(byUser);
  const hours = buildHourProfile(day, minute, spendAll);

  const accounts: AccountStats[] = accountMeta.map((m, a) => {
    const spend = spendLists[a]!;
    const all = allLists[a]!;
    const amounts = new Float64Array(spend.length);
    for (let k = 0; k < spend.length; k++) amounts[k] = abs[spend[k]!]!;
    const r = robust(amounts, scratch);
    const p90 = sortedQuantile(r.sorted, 0.9);
    const p99 = sortedQuantile(r.sorted, 0.99);
    const firstMs = all.length ? ms[all[0]!]! : 0;
    const lastMs = all.length ? ms[all[all.length - 1]!]! : 0;
    return {
      accountId: m.accountId, currency: m.currency, spend, all, median: r.median, mad: r.mad, p90, p99,
      firstMs, lastMs, daily: dailyStats(spend, day, abs, scratch), ...monthly(all, flags, abs, ms, firstMs, lastMs),
      hours: profiles[m.acct]!,
    };
  });

  const methodFirstMs = new Float64Array(methods.list.length).fill(Infinity);
  for (let j = order.length - 1; j >= 0; j--) {
    const i = order[j]!;
    if (method[i]! >= 0 && flags[i]! & (SPEND | ATTEMPT)) methodFirstMs[method[i]!] = ms[i]!;
  }

  return {
    transactions, n, order, ms, minute, day, abs, flags, payee, account, method, methodFirstMs, ordinal, payees, accounts,
    methods: methods.list, hours,
  };
}

function dailyStats(spend: Int32Array, day: Int32Array, abs: Float64Array, scratch: Float64Array): AccountStats['daily'] {
  const counts: number[] = [];
  const sums: number[] = [];
  let days = 0;
  let last = Number.NaN;
  for (let k = 0; k < spend.length; k++) {
    const i = spend[k]!;
    if (day[i] !== last) {
      last = day[i]!;
      counts.push(0);
      sums.push(0);
    }
    counts[counts.length - 1]!++;
    sums[sums.length - 1]! += abs[i]!;
  }
  days = counts.length;
  // Typed arrays only: robust() stays monomorphic in the hot path.
  const c = robust(Float64Array.from(counts), scratch);
  const s = robust(Float64Array.from(sums), scratch);
  return { days, count: { median: c.median, mad: c.mad }, sum: { median: s.median, mad: s.mad } };
}

// Medians over 30-day periods rather than totals over the span, so that the month a drain happened (or a
// one-off premium was paid) does not raise the yardstick it is measured against.
function monthly(all: Int32Array, flags: Uint16Array, abs: Float64Array, ms: Float64Array, firstMs: number, lastMs: number) {
  const PERIOD = 30 * 86400000;
  const periods = Math.max(1, Math.floor((lastMs - firstMs) / PERIOD));
  const ins = new Float64Array(periods);
  const outs = new Float64Array(periods);
  for (let k = 0; k < all.length; k++) {
    const i = all[k]!;
    const f = flags[i]!;
    const p = Math.min(periods - 1, Math.floor((ms[i]! - firstMs) / PERIOD));
    if ((f & INCOME) && !(f & REFUND)) ins[p]! += abs[i]!;
    else if (f & SPEND) outs[p]! += abs[i]!;
  }
  return { monthlyIn: sortedMedian(ins.sort()), monthlyOut: sortedMedian(outs.sort()) };
}

