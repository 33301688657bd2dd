// Every chart's numbers for one selection, as tight loops over the columns. The results have exactly the
// shapes and values of the shared builders in shared/insights (a test runs both over the same data), which
// stay the definition; this is their fast form for a million rows.
import { coverage, type CounterpartyRow, type FeeRow, type FindingMonth, type HeatCell, type MonthFlow } from '../../../shared/insights';
import type { ProviderId, Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { FEE_KINDS, FEE_ROW, HAS_BALANCE, MOVES, NO_FEE, type Columns } from './columns';
import type { BalanceSeries, InsightsFilter, InsightsSeries } from './insights-types';

/** Rows per currency in the top-counterparties answer. */
export const TOP_COUNTERPARTIES = 15;
/** Above this many daily points a balance line is drawn from month-end balances instead. */
export const MAX_DAILY_POINTS = 400;

const p2 = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: number): string => `${String(Math.floor(d / 10000)).padStart(4, '0')}-${p2(Math.floor(d / 100) % 100)}-${p2(d % 100)}`;
const isoMonth = (m: number): string => `${String(Math.floor(m / 100)).padStart(4, '0')}-${p2(m % 100)}`;
const dayNumber = (s: string | undefined, open: number): number => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Number(s.replace(/-/g, '')) : open);

export function computeSeries(c: Columns, findings: readonly Finding[], filter: InsightsFilter): Omit<InsightsSeries, 'generation'> {
  const acct = filter.accountId ? c.accounts.find(filter.accountId) : -1;
  const none = !!filter.accountId && acct < 0;
  const from = dayNumber(filter.from, 0);
  const to = dayNumber(filter.to, 99_999_999);
  const inAccount = (i: number): boolean => !none && (acct < 0 || c.account[i] === acct);
  const sel = new Uint8Array(c.n);
  let selected = 0;
  const currencies = new Set<number>();
  for (let i = 0; i < c.n; i++) {
    if (!inAccount(i)) continue;
    currencies.add(c.currency[i]!);
    if (c.day[i]! >= from && c.day[i]! <= to) {
      sel[i] = 1;
      selected++;
    }
  }
  return {
    selected,
    accounts: [...c.accounts.list].sort(),
    currencies: [...currencies].map((k) => c.currencies.list[k]!).sort(),
    monthly: monthly(c, sel),
    heatmap: heatmap(c, sel),
    counterparties: counterparties(c, sel, inAccount, filter.from),
    findings: findingMonths(c, sel, findings),
    fees: fees(c, sel),
    balances: balances(c, sel),
    coverage: coverageOf(c, inAccount),
  };
}

function monthly(c: Columns, sel: Uint8Array): Record<string, MonthFlow[]> {
  const by = new Map<number, Map<number, MonthFlow>>();
  for (let i = 0; i < c.n; i++) {
    if (!sel[i] || !(c.flags[i]! & MOVES)) continue;
    let months = by.get(c.currency[i]!);
    if (!months) by.set(c.currency[i]!, (months = new Map()));
    const m = Math.floor(c.day[i]! / 100);
    let row = months.get(m);
    if (!row) months.set(m, (row = { month: isoMonth(m), inMinor: 0, outMinor: 0, netMinor: 0, count: 0 }));
    const a = c.amount[i]!;
    if (a >= 0) row.inMinor += a;
    else row.outMinor -= a;
    row.netMinor += a;
    row.count++;
  }
  const out: Record<string, MonthFlow[]> = {};
  const names = [...by.keys()].map((k) => [c.currencies.list[k]!, by.get(k)!] as const).sort(([a], [b]) => a.localeCompare(b));
  for (const [cur, months] of names) {
    const keys = [...months.keys()].sort((a, b) => a - b);
    const rows: MonthFlow[] = [];
    // Empty months between the first and the last, so a chart's gap means zero, not missing.
    for (let m = keys[0]!; keys.length > 1 && m <= keys.at(-1)!; m = m % 100 === 12 ? m + 89 : m + 1) {
      rows.push(months.get(m) ?? { month: isoMonth(m), inMinor: 0, outMinor: 0, netMinor: 0, count: 0 });
    }
    out[cur] = keys.length > 1 ? rows : [months.get(keys[0]!)!];
  }
  return out;
}

function heatmap(c: Columns, sel: Uint8Array): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, count: 0, outMinor: {}, unusual: false });
  }
  for (let i = 0; i < c.n; i++) {
    if (!sel[i] || !(c.flags[i]! & MOVES) || c.amount[i]! >= 0) continue;
    const cell = cells[c.weekday[i]! * 24 + c.hour[i]!]!;
    const cur = c.currencies.list[c.currency[i]!]!;
    cell.count++;
    cell.outMinor[cur] = (cell.outMinor[cur] ?? 0) - c.amount[i]!;
  }
  return cells;
}

function counterparties(c: Columns, sel: Uint8Array, inAccount: (i: number) => boolean, from: string | undefined): Record<string, CounterpartyRow[]> {
  const firstEver = new Int32Array(c.counterparties.list.length).fill(99_999_999);
  const rows = new Map<number, CounterpartyRow & { cp: number; firstDay: number; lastDay: number }>();
  const nCur = c.currencies.list.length;
  for (let i = 0; i < c.n; i++) {
    const cp = c.counterparty[i]!;
    if (cp < 0 || !(c.flags[i]! & MOVES) || !inAccount(i)) continue;
    const day = c.day[i]!;
    if (day < firstEver[cp]!) firstEver[cp] = day;
    if (!sel[i]) continue;
    const key = cp * nCur + c.currency[i]!;
    let r = rows.get(key);
    if (!r) {
      r = {
        counterparty: c.counterparties.list[cp]!, currency: c.currencies.list[c.currency[i]!]!, outMinor: 0, inMinor: 0, count: 0,
        firstSeen: '', lastSeen: '', isNew: false, cp, firstDay: day, lastDay: day,
      };
      rows.set(key, r);
    }
    const a = c.amount[i]!;
    if (a < 0) r.outMinor -= a;
    else r.inMinor += a;
    r.count++;
    if (day < r.firstDay) r.firstDay = day;
    if (day > r.lastDay) r.lastDay = day;
  }
  const fromDay = from ? dayNumber(from, 0) : undefined;
  const all = [...rows.values()]
    .map(({ cp, firstDay, lastDay, ...r }) => ({
      ...r, firstSeen: isoDay(firstDay), lastSeen: isoDay(lastDay), isNew: fromDay !== undefined && firstEver[cp]! >= fromDay,
    }))
    .sort((a, b) => b.outMinor + b.inMinor - (a.outMinor + a.inMinor) || a.counterparty.localeCompare(b.counterparty));
  const out: Record<string, CounterpartyRow[]> = {};
  for (const r of all) {
    const list = (out[r.currency] ??= []);
    if (list.length < TOP_COUNTERPARTIES) list.push(r);
  }
  return out;
}

function findingMonths(c: Columns, sel: Uint8Array, findings: readonly Finding[]): FindingMonth[] {
  if (!findings.length) return [];
  const rowOf = new Map<string, number>();
  for (const f of findings) for (const id of f.transactionIds) rowOf.set(id, -1);
  for (let i = 0; i < c.n; i++) if (sel[i] && rowOf.has(c.ids[i]!)) rowOf.set(c.ids[i]!, i);
  const months = new Map<number, FindingMonth>();
  for (const f of findings) {
    let first = -1;
    for (const id of f.transactionIds) {
      const i = rowOf.get(id) ?? -1;
      if (i >= 0 && (first < 0 || c.day[i]! < c.day[first]! || (c.day[i] === c.day[first] && c.second[i]! < c.second[first]!))) first = i;
    }
    if (first < 0) continue;
    const m = Math.floor(c.day[first]! / 100);
    let row = months.get(m);
    if (!row) months.set(m, (row = { month: isoMonth(m), high: 0, medium: 0, low: 0 }));
    row[f.severity]++;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function fees(c: Columns, sel: Uint8Array): FeeRow[] {
  const rows = new Map<string, FeeRow>();
  for (let i = 0; i < c.n; i++) {
    const f = c.flags[i]!;
    if (!sel[i] || f & NO_FEE) continue;
    const minor = c.fee[i] ? c.fee[i]! : f & FEE_ROW ? -c.amount[i]! : 0;
    if (!c.fee[i] && !(f & FEE_ROW)) continue;
    const provider = c.providers.list[c.provider[i]!] as ProviderId;
    const currency = c.currencies.list[c.currency[i]!]!;
    const kind = FEE_KINDS[c.feeKind[i]!]!;
    const key = `${provider}|${currency}|${kind}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { provider, currency, kind, feeMinor: 0, count: 0 }));
    r.feeMinor += minor;
    r.count++;
  }
  return [...rows.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.currency.localeCompare(b.currency) || b.feeMinor - a.feeMinor);
}

function balances(c: Columns, sel: Uint8Array): BalanceSeries[] {
  const nCur = c.currencies.list.length;
  const last = new Map<number, Map<number, number>>();
  for (let i = 0; i < c.n; i++) {
    if (!sel[i] || !(c.flags[i]! & HAS_BALANCE)) continue;
    const key = c.account[i]! * nCur + c.currency[i]!;
    let days = last.get(key);
    if (!days) last.set(key, (days = new Map()));
    const prev = days.get(c.day[i]!);
    // Same instant: the later line of the export is the later balance.
    if (prev === undefined || c.second[i]! > c.second[prev]! || (c.second[i] === c.second[prev] && c.line[i]! > c.line[prev]!)) days.set(c.day[i]!, i);
  }
  const out: BalanceSeries[] = [];
  for (const [key, days] of last) {
    const accountId = c.accounts.list[Math.floor(key / nCur)]!;
    const currency = c.currencies.list[key % nCur]!;
    const points = [...days].sort(([a], [b]) => a - b).map(([d, i]) => ({ day: isoDay(d), balanceMinor: c.balance[i]! }));
    const base = { key: `${accountId} · ${currency}`, accountId, currency };
    if (points.length <= MAX_DAILY_POINTS) out.push({ ...base, granularity: 'day', points });
    else {
      // Month-end balances: the last day of each month that has one.
      const months = new Map<string, { day: string; balanceMinor: number }>();
      for (const p of points) months.set(p.day.slice(0, 7), p);
      out.push({ ...base, granularity: 'month', points: [...months.values()] });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** The shared `coverage` over two stand-in rows per file and account: its first and its last day. */
function coverageOf(c: Columns, inAccount: (i: number) => boolean): ReturnType<typeof coverage> {
  const span = new Map<number, { acct: number; file: number; min: number; max: number }>();
  const nFiles = c.files.list.length;
  for (let i = 0; i < c.n; i++) {
    if (!inAccount(i)) continue;
    const key = c.account[i]! * nFiles + c.file[i]!;
    const s = span.get(key);
    if (!s) span.set(key, { acct: c.account[i]!, file: c.file[i]!, min: c.day[i]!, max: c.day[i]! });
    else {
      if (c.day[i]! < s.min) s.min = c.day[i]!;
      if (c.day[i]! > s.max) s.max = c.day[i]!;
    }
  }
  const stand = (acct: number, file: number, day: number): Transaction => ({
    id: '', provider: 'generic', accountId: c.accounts.list[acct]!, occurredAt: `${isoDay(day)}T00:00:00Z`, amountMinor: 0, currency: '',
    counterparty: '', description: '', status: 'completed', direction: 'neutral', source: { fileSha256: c.files.list[file]!, line: 0, raw: [] },
  });
  const rows: Transaction[] = [];
  for (const s of span.values()) rows.push(stand(s.acct, s.file, s.min), stand(s.acct, s.file, s.max));
  return coverage(rows);
}
