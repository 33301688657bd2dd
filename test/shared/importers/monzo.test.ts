import { describe, expect, it } from 'vitest';
import { importFixture, summary } from './western-fixtures';

describe('monzo importer: current export', () => {
  it('reads DD/MM/YYYY + Time in the user zone and counts Amount once, not its Money Out/In copy', async () => {
    const f = await importFixture('monzo/export-2024.csv', 'Europe/London');
    expect(f.importer).toBe('monzo');
    expect(f.layout).toBe('export');
    expect(f.transactions.map(summary)).toEqual([
      '2 monzo:tx_0000B1 2024-03-01T08:05:09+00:00 -450 GBP bal 99550 completed out',
      // Amount in the account currency, not the CAD local amount.
      '3 monzo:tx_0000B2 2024-03-15T01:09:44+00:00 -1375 GBP bal 98175 completed out',
      '4 monzo:mm_0000B3 2024-03-28T17:02:10+00:00 245000 GBP bal 343175 completed in',
      // Empty Amount: the Money Out copy is used instead. London is on BST from 31 March.
      '5 monzo:tx_0000B4 2024-03-31T10:00:00+01:00 -30000 GBP bal 313175 completed out',
      '6 monzo:tx_0000B5 2024-03-31T11:00:00+01:00 -8600 GBP bal 304575 completed out',
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[6, 'total-mismatch'], [7, 'bad-date'], [8, 'bad-amount']]);
    const sum = f.transactions.reduce((s, t) => s + t.amountMinor, 0);
    expect(sum).toBe(-450 - 1375 + 245000 - 30000 - 8600);
    expect(f.transactions[1]).toMatchObject({
      counterparty: 'Tim Hortons', description: 'TIM HORTONS TORONTO CAN', kind: 'Card payment', category: 'Eating out',
    });
  });

  it('reads naive times in whatever zone the user has', async () => {
    const f = await importFixture('monzo/export-2024.csv', 'Asia/Shanghai');
    expect(f.transactions[0]!.occurredAt).toBe('2024-03-01T08:05:09+08:00');
  });
});

describe('monzo importer: 2018 legacy export', () => {
  it('reads created with its own offset and amounts in major units', async () => {
    const f = await importFixture('monzo/legacy-2018.csv', 'Asia/Shanghai');
    expect(f.layout).toBe('legacy-2018');
    expect(f.issues).toEqual([]);
    expect(f.transactions.map(summary)).toEqual([
      '2 monzo:tx_00009AAA 2018-02-25T12:34:56+00:00 -1000 GBP completed out',
      '3 monzo:tx_00009AAB 2018-03-30T23:30:00+01:00 -1250 GBP completed out',
      '4 monzo:tx_00009AAC 2018-04-01T09:00:00+01:00 50000 GBP completed in',
    ]);
    expect(f.transactions[1]).toMatchObject({ counterparty: 'CAFE DE PARIS', category: 'eating_out' });
  });
});
