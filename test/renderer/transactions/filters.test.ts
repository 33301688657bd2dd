import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, EMPTY_FILTERS, nextSort, toQuery, type TxFilters } from '../../../renderer/src/transactions/filters';

const f = (over: Partial<TxFilters>): TxFilters => ({ ...EMPTY_FILTERS, ...over });

describe('toQuery', () => {
  it.each([
    ['nothing set', f({}), {}],
    ['account', f({ accountId: 'main' }), { accountId: 'main' }],
    ['period', f({ from: '2024-01-01', to: '2024-01-31' }), { from: '2024-01-01', to: '2024-01-31' }],
    ['direction and status', f({ direction: 'out', status: 'refunded' }), { direction: 'out', status: 'refunded' }],
    ['counterparty trimmed', f({ counterparty: '  Starbucks ' }), { counterparty: 'Starbucks' }],
    ['search trimmed', f({ search: ' coffee ' }), { search: 'coffee' }],
    ['blank search left out', f({ search: '   ' }), {}],
    ['amount band in minor units', f({ minAmount: '12.50', maxAmount: '1,000' }), { minAbsMinor: 1250, maxAbsMinor: 100000 }],
    ['negative amounts compare by size', f({ minAmount: '-5' }), { minAbsMinor: 500 }],
  ] as const)('%s', (_name, filters, expected) => {
    const { query, errors } = toQuery(filters, DEFAULT_SORT);
    expect(errors).toEqual({});
    expect(query).toEqual({ sort: { key: 'occurredAt', dir: 'desc' }, ...expected });
  });

  it('uses the currency for minor digits (JPY has none)', () => {
    expect(toQuery(f({ minAmount: '1500' }), DEFAULT_SORT, { currency: 'JPY' }).query.minAbsMinor).toBe(1500);
    expect(toQuery(f({ minAmount: '1500' }), DEFAULT_SORT, { currency: 'EUR' }).query.minAbsMinor).toBe(150000);
  });

  it.each([
    ['text that is not an amount', f({ minAmount: 'abc' }), { minAmount: 'invalid-amount' }, 'minAbsMinor'],
    ['more decimals than the currency has', f({ maxAmount: '1.234' }), { maxAmount: 'invalid-amount' }, 'maxAbsMinor'],
  ] as const)('reports %s and leaves the field out', (_n, filters, errs, key) => {
    const { query, errors } = toQuery(filters, DEFAULT_SORT);
    expect(errors).toEqual(errs);
    expect(query).not.toHaveProperty(key);
  });

  it('flags a band whose maximum is below its minimum, and a reversed period', () => {
    expect(toQuery(f({ minAmount: '10', maxAmount: '5' }), DEFAULT_SORT).errors).toEqual({ maxAmount: 'max-below-min' });
    expect(toQuery(f({ from: '2024-02-01', to: '2024-01-01' }), DEFAULT_SORT).errors).toEqual({ period: 'from-after-to' });
  });

  it('passes ids through', () => {
    expect(toQuery(f({}), DEFAULT_SORT, { ids: ['a', 'b'] }).query.ids).toEqual(['a', 'b']);
  });
});

describe('nextSort', () => {
  it('toggles the direction of the current column', () => {
    expect(nextSort({ key: 'occurredAt', dir: 'desc' }, 'occurredAt')).toEqual({ key: 'occurredAt', dir: 'asc' });
    expect(nextSort({ key: 'occurredAt', dir: 'asc' }, 'occurredAt')).toEqual({ key: 'occurredAt', dir: 'desc' });
  });
  it('starts a new column with its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'amountMinor')).toEqual({ key: 'amountMinor', dir: 'asc' }); // largest money out first
    expect(nextSort({ key: 'counterparty', dir: 'asc' }, 'occurredAt')).toEqual({ key: 'occurredAt', dir: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'counterparty')).toEqual({ key: 'counterparty', dir: 'asc' });
  });
});
