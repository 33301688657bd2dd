import { describe, expect, it } from 'vitest';
import { addNormal, entriesFor, removeNormal } from '../../../renderer/src/findings/normalForMe';
import type { Settings } from '../../../renderer/src/data/api';
import { tx } from '../app/fake-data-api';

const base: Settings = { rules: { disabled: ['odd-hours'], normal: [{ counterparty: 'Gym', accountId: 'main' }] }, mappings: [] };

describe('entriesFor', () => {
  it('gives one entry per account and counterparty, skipping blank payees', () => {
    const txs = [
      tx(1, { counterparty: 'Alice' }),
      tx(2, { counterparty: 'Alice' }),
      tx(3, { counterparty: 'Alice', accountId: 'savings' }),
      tx(4, { counterparty: '  ' }),
      tx(5, { counterparty: ' Bob ' }),
    ];
    expect(entriesFor(txs)).toEqual([
      { counterparty: 'Alice', accountId: 'main' },
      { counterparty: 'Alice', accountId: 'savings' },
      { counterparty: 'Bob', accountId: 'main' },
    ]);
  });
});

describe('addNormal / removeNormal', () => {
  it('adds only new entries and keeps the rest of the rules config', () => {
    const next = addNormal(base, [{ counterparty: 'Gym', accountId: 'main' }, { counterparty: 'Alice', accountId: 'main' }]);
    expect(next.rules.normal).toEqual([{ counterparty: 'Gym', accountId: 'main' }, { counterparty: 'Alice', accountId: 'main' }]);
    expect(next.rules.disabled).toEqual(['odd-hours']);
    expect(base.rules.normal).toHaveLength(1); // not mutated
  });

  it('returns the same object when nothing is new', () => {
    expect(addNormal(base, [{ counterparty: 'Gym', accountId: 'main' }])).toBe(base);
  });

  it('an entry for another account is a different entry', () => {
    expect(addNormal(base, [{ counterparty: 'Gym', accountId: 'savings' }]).rules.normal).toHaveLength(2);
  });

  it('removes exactly the given entries', () => {
    const two = addNormal(base, [{ counterparty: 'Alice', accountId: 'main' }]);
    expect(removeNormal(two, [{ counterparty: 'Gym', accountId: 'main' }]).rules.normal).toEqual([{ counterparty: 'Alice', accountId: 'main' }]);
    expect(removeNormal(two, [{ counterparty: 'Gym' }]).rules.normal).toHaveLength(2);
  });
});
