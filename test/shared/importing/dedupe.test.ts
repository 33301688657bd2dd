import { describe, expect, it } from 'vitest';
import { dedupeTransactions, describeConflict, mergeInto } from '../../../shared/importing/dedupe';
import type { Transaction } from '../../../shared/model';

function tx(id: string, over: Partial<Transaction> = {}): Transaction {
  return {
    id, provider: 'alipay', accountId: 'me', occurredAt: '2024-01-01T10:00:00+08:00', amountMinor: -500, currency: 'CNY',
    counterparty: 'Cafe', description: 'coffee', status: 'completed', direction: 'out',
    source: { fileSha256: 'f1', line: 2, raw: [] }, ...over,
  };
}

describe('dedupeTransactions', () => {
  it.each([
    { known: 'a Set of ids', make: (t: Transaction[]) => new Set(t.map((x) => x.id)) },
    { known: 'a Map of transactions', make: (t: Transaction[]) => new Map(t.map((x) => [x.id, x])) },
    { known: 'a has() lookup', make: (t: Transaction[]) => ({ has: (id: string) => t.some((x) => x.id === id) }) },
  ])('splits new from already present, given $known', ({ make }) => {
    const stored = [tx('alipay:1'), tx('alipay:2')];
    const r = dedupeTransactions([tx('alipay:2'), tx('alipay:3'), tx('alipay:1')], make(stored));
    expect(r.added.map((t) => t.id)).toEqual(['alipay:3']);
    expect(r.duplicates.map((t) => t.id)).toEqual(['alipay:2', 'alipay:1']);
    expect(r.conflicts).toEqual([]);
  });

  it('counts a repeat inside the batch once (overlapping files in one import)', () => {
    const r = dedupeTransactions([tx('a'), tx('b'), tx('a', { source: { fileSha256: 'f2', line: 9, raw: [] } })], new Set());
    expect(r.added.map((t) => t.id)).toEqual(['a', 'b']);
    expect(r.duplicates).toHaveLength(1);
    // Provenance differs between two exports of the same payment; that is not a conflict.
    expect(r.conflicts).toEqual([]);
  });

  it('reports the same provider id with different values as a conflict, keeping the first', () => {
    const stored = new Map([['alipay:9', tx('alipay:9', { status: 'pending', externalId: '9' })]]);
    const r = dedupeTransactions([tx('alipay:9', { status: 'completed', amountMinor: -550, externalId: '9' })], stored);
    expect(r.added).toEqual([]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.fields).toEqual(['amountMinor', 'status']);
    expect(describeConflict(r.conflicts[0]!)).toBe(
      'transaction 9 was already imported with different values (amountMinor -500 → -550, status "pending" → "completed"); the first version was kept',
    );
  });

  it('finds conflicts within the batch even when the store only answers has()', () => {
    const r = dedupeTransactions([tx('x'), tx('x', { counterparty: 'Other' })], new Set());
    expect(r.conflicts.map((c) => c.fields)).toEqual([['counterparty']]);
  });
});

describe('mergeInto', () => {
  it('adds new transactions to the store and reports repeats and conflicts against it', () => {
    const store = new Map<string, Transaction>();
    const first = mergeInto(store, [tx('a'), tx('b')]);
    expect(first.added.map((t) => t.id)).toEqual(['a', 'b']);
    const second = mergeInto(store, [tx('b'), tx('c'), tx('a', { amountMinor: -1 }), tx('c')]);
    expect(second.added.map((t) => t.id)).toEqual(['c']);
    expect(second.duplicates.map((t) => t.id)).toEqual(['b', 'a', 'c']);
    expect(second.conflicts.map((c) => [c.id, c.fields])).toEqual([['a', ['amountMinor']]]);
    expect([...store.keys()]).toEqual(['a', 'b', 'c']);
  });
});
