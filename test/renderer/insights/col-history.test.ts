import '../data/env';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { buildPages } from '../../../renderer/src/data/store/pages';
import { leanFromColumns, readLean } from '../../../renderer/src/insights/col-history';
import { ColumnsBuilder, columnsOf, FEE_ROW } from '../../../renderer/src/insights/columns';
import { readAll, slimmer } from '../../../renderer/src/insights/slim-history';
import { csvFile, freshApi } from '../data/helpers';
import { FIXTURE } from './fixture-totals';

const base: Transaction = {
  id: 'a:1', provider: 'wise', accountId: 'Wise EUR', occurredAt: '2024-03-05T10:15:00+01:00', amountMinor: -1250, currency: 'EUR',
  counterparty: 'Shop', description: 'Card payment', status: 'completed', direction: 'out',
  source: { fileSha256: 'f1', line: 2, raw: ['x', 'y'] },
};

/** One row per optional field (and one with none), so a field lost on the way through the columns fails. */
const ROWS: Transaction[] = [
  base,
  { ...base, id: 'a:2', occurredAt: '2024-03-05T11:00:00+01:00', feeMinor: 35, balanceMinor: 10_000, externalId: 'T-2' },
  { ...base, id: 'a:3', occurredAt: '2024-03-06T00:30:00+01:00', feeMinor: 0, balanceMinor: 0, kind: 'Transfer', category: 'Bills' },
  { ...base, id: 'a:4', occurredAt: '2024-03-07T09:00:00+01:00', method: 'Card 1', counterpartyAccount: 'NL00BANK', relatedId: 'a:1' },
  { ...base, id: 'a:5', occurredAt: '2024-03-08T09:00:00+01:00', mirror: true, status: 'refunded', direction: 'in', amountMinor: 1250 },
  { ...base, id: 'a:6', occurredAt: '2024-03-09T09:00:00+01:00', status: 'failed', direction: 'neutral', counterparty: '', source: { fileSha256: 'f2', line: 9, raw: [] } },
];

describe('lean transactions from column records', () => {
  it('rebuild every field the slim page rows carry', () => {
    const { cols } = buildPages('imp', ROWS);
    const got: Transaction[] = [];
    for (const r of cols) leanFromColumns(r, (t) => got.push(t));
    const slim = slimmer();
    expect(got.sort((a, b) => a.id.localeCompare(b.id))).toEqual(ROWS.map(slim));
  });
});

describe('chart columns from column records', () => {
  it('hold the same values as the columns of their transactions', () => {
    const rows = [...ROWS, { ...base, id: 'a:7', occurredAt: '2024-03-10T08:00:00+01:00', description: 'Monthly fee', amountMinor: -500 }];
    const { cols } = buildPages('imp', rows);
    const fromRecords = new ColumnsBuilder();
    for (const r of cols) fromRecords.addRecord(r as typeof r & { more: NonNullable<typeof r.more> });
    const got = fromRecords.done();
    expect(got.flags.some((f) => f & FEE_ROW)).toBe(true);
    const order: Transaction[] = [];
    for (const r of cols) leanFromColumns(r, (t) => order.push(t));
    expect(got).toEqual(columnsOf(order));
  });
});

describe('readLean', () => {
  let api: ReturnType<typeof freshApi>;
  afterEach(() => api?.close());

  const read = async (f: (take: (t: Transaction) => void) => Promise<number>): Promise<Transaction[]> => {
    const out: Transaction[] = [];
    await f((t) => out.push(t));
    return out.sort((a, b) => a.id.localeCompare(b.id));
  };

  it('gives the stored rows, from the columns or (records written before them) from the pages', async () => {
    api = freshApi();
    const p = await api.preview(csvFile('revolut.csv', readFileSync(FIXTURE, 'utf8')), { accountId: 'Revolut EUR' });
    await api.commit(p.key);
    const slim = slimmer();
    const fromPages = await read((take) => readAll(api.db, (t) => take(slim(t))));
    expect(fromPages.length).toBeGreaterThan(10);
    expect(await read((take) => readLean(api.db, take))).toEqual(fromPages);

    const records = await api.db.txCols.toArray();
    expect(records.every((r) => r.more)).toBe(true);
    await api.db.txCols.bulkPut(records.map(({ more: _m, ...r }) => r));
    expect((await api.db.txCols.toArray()).some((r) => r.more)).toBe(false);
    expect(await read((take) => readLean(api.db, take))).toEqual(fromPages);
  });
});
