import './env';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import type { TxQuery } from '../../../renderer/src/data/api';
import { ColumnarIndex } from '../../../renderer/src/data/index/columnar';
import { QueryEngine } from '../../../renderer/src/data/index/query';
import { buildPages, timeOf } from '../../../renderer/src/data/store/pages';
import { orderByRank, ranksOf } from '../../../renderer/src/data/index/sort';
import { firstRows } from '../../../renderer/src/data/index/first-rows';
import { WalletDb } from '../../../renderer/src/db/database';
import type { ImportRow } from '../../../renderer/src/db/rows';

/** A varied history: two accounts, three currencies, all statuses and directions, mixed zones. */
function history(n: number, seed = 7): Transaction[] {
  let s = seed;
  const rnd = (k: number): number => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % k);
  const payees = ['Alpha', 'beta shop', 'Gamma', '美团外卖', 'Delta Air', 'alphabet'];
  const statuses = ['completed', 'pending', 'refunded', 'closed', 'failed'] as const;
  return Array.from({ length: n }, (_, i): Transaction => {
    const amount = (rnd(20000) - 10000) * (rnd(10) === 0 ? 100 : 1);
    const zone = i % 3 === 0 ? '+08:00' : 'Z';
    const day = String(1 + rnd(28)).padStart(2, '0');
    const hh = String(rnd(24)).padStart(2, '0');
    return {
      id: `p:${i}`,
      provider: i % 2 ? 'alipay' : 'revolut',
      accountId: i % 2 ? 'acc-A' : 'acc-B',
      externalId: rnd(4) === 0 ? `EXT${i}X` : undefined,
      occurredAt: `2024-0${1 + rnd(3)}-${day}T${hh}:${String(rnd(60)).padStart(2, '0')}:00${zone}`,
      amountMinor: amount,
      currency: ['EUR', 'CNY', 'USD'][rnd(3)]!,
      counterparty: payees[rnd(payees.length)]!,
      description: `order ${rnd(50)}`,
      status: statuses[rnd(5)]!,
      direction: amount < 0 ? 'out' : amount > 0 ? 'in' : 'neutral',
      source: { fileSha256: 'f', line: i + 2, raw: [] },
    };
  });
}

function naive(all: readonly Transaction[], q: TxQuery): string[] {
  const needle = q.search?.toLowerCase();
  const rows = all.filter((t) => {
    const abs = Math.abs(t.amountMinor);
    const day = t.occurredAt.slice(0, 10);
    return (
      (q.accountId === undefined || t.accountId === q.accountId) &&
      (!q.from || day >= q.from) && (!q.to || day <= q.to) &&
      (!q.direction || t.direction === q.direction) && (!q.status || t.status === q.status) &&
      (!q.counterparty || t.counterparty.toLowerCase().includes(q.counterparty.toLowerCase())) &&
      (q.minAbsMinor === undefined || abs >= q.minAbsMinor) && (q.maxAbsMinor === undefined || abs <= q.maxAbsMinor) &&
      (!needle || [t.counterparty, t.description, t.externalId ?? ''].some((x) => x.toLowerCase().includes(needle))) &&
      (!q.ids || q.ids.includes(t.id))
    );
  });
  const sort = q.sort ?? { key: 'occurredAt', dir: 'desc' };
  const key = (t: Transaction): number | string => (sort.key === 'occurredAt' ? timeOf(t) : sort.key === 'amountMinor' ? t.amountMinor : t.counterparty);
  const cmp = (a: Transaction, b: Transaction): number => {
    const x = key(a);
    const y = key(b);
    if (typeof x === 'string') return new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' }).compare(x, y as string);
    return x - (y as number);
  };
  rows.sort(cmp);
  if (sort.dir === 'desc') rows.reverse();
  return rows.map((t) => t.id);
}

const all = history(3000);
const byId = new Map(all.map((t) => [t.id, t]));
const engine = new QueryEngine(new ColumnarIndex(buildPages('imp', all).cols));

/** Orders differ only inside groups of equal sort keys; compare the keys and the set of rows instead. */
function sortKeyOf(q: TxQuery) {
  const k = q.sort?.key ?? 'occurredAt';
  return (id: string): string | number => {
    const t = byId.get(id)!;
    return k === 'occurredAt' ? timeOf(t) : k === 'amountMinor' ? t.amountMinor : t.counterparty.toLowerCase();
  };
}

const CASES: [string, TxQuery][] = [
  ['everything, newest first', {}],
  ['oldest first', { sort: { key: 'occurredAt', dir: 'asc' } }],
  ['by amount ascending', { sort: { key: 'amountMinor', dir: 'asc' } }],
  ['by amount descending', { sort: { key: 'amountMinor', dir: 'desc' } }],
  ['by payee', { sort: { key: 'counterparty', dir: 'asc' } }],
  ['one account', { accountId: 'acc-A' }],
  ['unknown account', { accountId: 'nope' }],
  ['date range', { from: '2024-02-01', to: '2024-02-15' }],
  ['money out', { direction: 'out' }],
  ['pending only', { status: 'pending' }],
  ['payee part, any case', { counterparty: 'ALPHA' }],
  ['Chinese payee', { counterparty: '美团' }],
  ['amount band', { minAbsMinor: 5000, maxAbsMinor: 9000, sort: { key: 'amountMinor', dir: 'asc' } }],
  ['free text in description', { search: 'order 4' }],
  ['free text in external id', { search: 'ext12' }],
  ['combined', { accountId: 'acc-B', direction: 'in', from: '2024-01-10', search: 'a', sort: { key: 'amountMinor', dir: 'desc' } }],
  ['id list', { ids: ['p:5', 'p:17', 'p:2999', 'missing'], sort: { key: 'amountMinor', dir: 'asc' } }],
];

describe('query engine over the columnar index', () => {
  it.each(CASES)('%s: same rows, same order of sort keys as a plain filter and sort', (_, q) => {
    const want = naive(all, q);
    const got = engine.run(q, 0, 100_000);
    expect(got.total).toBe(want.length);
    const ids = got.rows.map((r) => engine.ix.ids[r]!);
    expect(new Set(ids)).toEqual(new Set(want));
    const key = sortKeyOf(q);
    expect(ids.map(key)).toEqual(want.map(key));
  });

  it('returns the requested window and the full total', () => {
    const whole = engine.run({ direction: 'out' }, 0, 100_000).rows;
    const page = engine.run({ direction: 'out' }, 40, 25);
    expect(page.total).toBe(whole.length);
    expect(page.rows).toEqual(whole.slice(40, 65));
  });

  it('flags stored, new and conflicting rows for the duplicate check', () => {
    const t = all[10]!;
    const flags = engine.ix.lookup([t.id, 'unknown', t.id], Float64Array.of(t.amountMinor, 1, t.amountMinor + 1), Float64Array.of(timeOf(t), 0, timeOf(t)));
    expect([...flags]).toEqual([1, 0, 2]);
  });
});

describe('sort helpers', () => {
  it.each([
    [[3, 1, 2, 1, 0]],
    [[5, 5, 5]],
    [[]],
    [[1e12, -4, 0.5, 1e12, -4]],
  ])('ranks and orders %j stably', (values) => {
    const v = Float64Array.from(values);
    const order = [...orderByRank(ranksOf(v), v.length)];
    const expected = values.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((p) => p[1]);
    expect(order).toEqual(expected);
  });
});

describe('first rows before the index is built', () => {
  it.each(['desc', 'asc'] as const)('match the index answer (%s), across imports that overlap in time', async (dir) => {
    const db = new WalletDb(`first-rows-${dir}`);
    const a = buildPages('imp-a', all.slice(0, 1800));
    const b = buildPages('imp-b', all.slice(1800));
    await db.txPages.bulkAdd([...a.pages, ...b.pages]);
    const imp = (id: string, added: number, seq: number) => ({ id, added, seq, fileSha256: `sha-${id}`, batchId: id }) as unknown as ImportRow;
    await db.imports.bulkAdd([imp('imp-a', 1800, 1), imp('imp-b', 1200, 2)]);
    const q: TxQuery = { sort: { key: 'occurredAt', dir } };
    const fast = await firstRows(db, q, 10, 50);
    const full = engine.run(q, 10, 50);
    expect(fast.total).toBe(3000);
    expect(fast.rows.map(timeOf)).toEqual(full.rows.map((r) => engine.ix.time[r]));
    db.close();
  });
});
