// The columnar series must be the shared builders' results, value for value, on varied data: several
// accounts and currencies, Chinese wallet times (+08:00), mirrors, fee rows and fee columns, failed and
// pending rows, blank counterparties, balances with ties in one second, and every kind of filter.
import { describe, expect, it } from 'vitest';
import {
  balanceOverTime, coverage, feesByPlatform, findingsOverTime, monthlyFlows, outgoingHeatmap, topCounterparties,
} from '../../../shared/insights';
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { columnsOf } from '../../../renderer/src/insights/columns';
import { seriesFilter } from '../../../renderer/src/insights/insights-service';
import { computeSeries, MAX_DAILY_POINTS, TOP_COUNTERPARTIES } from '../../../renderer/src/insights/series-columns';

const p2 = (n: number): string => String(n).padStart(2, '0');

function history(n: number, seed = 11): Transaction[] {
  let s = seed;
  const rnd = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: Transaction[] = [];
  for (let i = 0; i < n; i++) {
    const acct = pick(['alipay:me', 'wise:eur', 'revolut:gbp']);
    const zone = acct === 'alipay:me' ? '+08:00' : pick(['+00:00', '+01:00']);
    const currency = acct === 'alipay:me' ? 'CNY' : pick(['EUR', 'GBP']);
    const day = Math.floor(rnd() * 500);
    const d = new Date(Date.UTC(2023, 0, 1 + day));
    const iso = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(Math.floor(rnd() * 24))}:${p2(Math.floor(rnd() * 60))}:${p2(rnd() < 0.2 ? 0 : Math.floor(rnd() * 60))}${zone}`;
    const kindRoll = rnd();
    const feeRow = kindRoll < 0.05;
    const amount = feeRow ? -Math.round(50 + rnd() * 300) : rnd() < 0.2 ? Math.round(rnd() * 90_000) : -Math.round(1 + rnd() * 50_000);
    const t: Transaction = {
      id: `t${i}`, provider: acct === 'alipay:me' ? 'alipay' : acct.startsWith('wise') ? 'wise' : 'revolut', accountId: acct,
      occurredAt: iso, amountMinor: amount, currency,
      counterparty: rnd() < 0.05 ? '' : pick(['淘宝', '美团', 'Landlord', 'Coffee', 'Grocer', `Payee ${Math.floor(rnd() * 40)}`]),
      description: feeRow ? pick(['Transfer fee', '提现手续费', 'Conversion fee', 'Service fee']) : pick(['Card payment', 'ATM withdrawal', '转账', 'Exchange to USD', 'Order']),
      status: pick(['completed', 'completed', 'completed', 'completed', 'pending', 'refunded', 'failed', 'closed'] as const),
      direction: amount < 0 ? 'out' : amount > 0 ? 'in' : 'neutral',
      source: { fileSha256: `${acct}-file-${Math.floor(day / 120)}`, line: i + 2, raw: [] },
    };
    if (rnd() < 0.15) t.feeMinor = Math.round(rnd() * 500);
    if (rnd() < 0.05) t.mirror = true;
    if (rnd() < 0.3) t.kind = pick(['TRANSFER', 'CARD_PAYMENT', 'EXCHANGE', '提现']);
    if (acct !== 'alipay:me' && rnd() < 0.8) t.balanceMinor = Math.round(rnd() * 1_000_000);
    out.push(t);
  }
  return out;
}

const FILTERS = [
  {},
  { accountId: 'wise:eur' },
  { from: '2023-03-15' },
  { to: '2023-09-30' },
  { accountId: 'alipay:me', from: '2023-06-01', to: '2023-12-31' },
  { accountId: 'nobody' },
];

describe('columnar series = shared builders', () => {
  const txs = history(4000);
  const findings: Finding[] = Array.from({ length: 60 }, (_, k) => ({
    id: `f${k}`, rule: 'new-payee', rules: ['new-payee'], severity: (['high', 'medium', 'low'] as const)[k % 3]!, score: 0.5,
    transactionIds: [`t${k * 37}`, `t${k * 53 + 1}`, 'missing-id'], messageId: 'm', data: {},
  }));
  const columns = columnsOf(txs);

  it.each(FILTERS)('filter %j', (filter) => {
    const got = computeSeries(columns, findings, filter);
    const f = seriesFilter(filter);
    expect(got.monthly).toEqual(Object.fromEntries(monthlyFlows(txs, f)));
    expect(got.heatmap).toEqual(outgoingHeatmap(txs, f));
    const top = topCounterparties(txs, f, Number.POSITIVE_INFINITY);
    for (const cur of new Set([...Object.keys(got.counterparties), ...top.map((r) => r.currency)])) {
      expect(got.counterparties[cur]).toEqual(top.filter((r) => r.currency === cur).slice(0, TOP_COUNTERPARTIES));
    }
    const byId = new Map(txs.filter((t) => (!f.accountId || t.accountId === f.accountId) && (!f.period?.from || t.occurredAt.slice(0, 10) >= f.period.from) && (!f.period?.to || t.occurredAt.slice(0, 10) <= f.period.to)).map((t) => [t.id, t]));
    expect(got.findings).toEqual(findingsOverTime(findings, byId));
    expect(got.fees).toEqual(feesByPlatform(txs, f));
    const balances = balanceOverTime(txs, f);
    expect(got.balances.map((b) => b.key)).toEqual([...balances.keys()]);
    for (const b of got.balances) {
      const want = balances.get(b.key)!;
      if (b.granularity === 'day') expect(b.points).toEqual(want);
      else expect(b.points).toEqual([...new Map(want.map((p) => [p.day.slice(0, 7), p])).values()]);
    }
    expect(got.coverage).toEqual(coverage(f.accountId ? txs.filter((t) => t.accountId === f.accountId) : txs));
    expect(got.selected).toBe(byId.size);
  });

  it('lists every account, and the currencies of the selected account only', () => {
    expect(computeSeries(columns, [], {}).accounts).toEqual(['alipay:me', 'revolut:gbp', 'wise:eur']);
    expect(computeSeries(columns, [], { accountId: 'alipay:me' }).currencies).toEqual(['CNY']);
    expect(computeSeries(columns, [], { accountId: 'nobody' })).toMatchObject({ selected: 0, currencies: [], monthly: {}, fees: [], coverage: [] });
  });

  it('draws a long daily balance from month-end balances', () => {
    const days = MAX_DAILY_POINTS + 100;
    const long: Transaction[] = Array.from({ length: days }, (_, k) => {
      const d = new Date(Date.UTC(2022, 0, 1 + k));
      return {
        id: `b${k}`, provider: 'wise', accountId: 'wise:eur', occurredAt: `${d.toISOString().slice(0, 10)}T10:00:00+01:00`, amountMinor: -100,
        currency: 'EUR', counterparty: 'Shop', description: 'Card', status: 'completed', direction: 'out', balanceMinor: 100_000 - k * 100,
        source: { fileSha256: 'f', line: k + 2, raw: [] },
      };
    });
    const [b] = computeSeries(columnsOf(long), [], {}).balances;
    expect(b!.granularity).toBe('month');
    expect(b!.points[0]).toEqual({ day: '2022-01-31', balanceMinor: 100_000 - 30 * 100 });
    expect(b!.points.at(-1)!.day).toBe(long.at(-1)!.occurredAt.slice(0, 10));
    expect(computeSeries(columnsOf(long.slice(0, 50)), [], {}).balances[0]!.granularity).toBe('day');
  });
});
