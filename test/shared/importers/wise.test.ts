import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { importFixture, summary } from './western-fixtures';

/** Amounts of the counted rows minus every fee: what the money really did, each fee once. */
const counted = (txs: readonly Transaction[]): number =>
  txs.reduce((s, t) => s + (t.mirror ? 0 : t.amountMinor) - (t.feeMinor ?? 0), 0);

describe('wise importer: 2025 balance statement', () => {
  it('reads Date Time with milliseconds and counts each fee once', async () => {
    const f = await importFixture('wise/balance-2025-eur.csv', 'Europe/Berlin');
    expect(f.importer).toBe('wise');
    expect(f.layout).toBe('statement-2025');
    expect(f.transactions.map(summary)).toEqual([
      '2 wise:CARD-9000000001 2025-03-14T19:02:11.250+01:00 -2340 EUR bal 117613 completed out',
      // Fee row of a counted parent that carries the fee: mirror.
      '3 wise:FEE-CARD-9000000002 2025-03-13T10:00:00.099+01:00 -50 EUR bal 119953 completed out mirror re wise:CARD-9000000002',
      '4 wise:CARD-9000000002 2025-03-13T10:00:00.100+01:00 -1200 EUR fee 50 bal 120003 completed out',
      // The conversion leg is a mirror: its fee row stays counted and the leg gives up its feeMinor.
      '5 wise:FEE-BALANCE-8000000001 2025-03-12T08:30:00+01:00 -310 EUR bal 121203 completed out re wise:BALANCE-8000000001/EUR',
      '6 wise:BALANCE-8000000001/EUR 2025-03-12T08:30:00.001+01:00 -50000 EUR bal 121513 completed out mirror',
      // Parent not in this file: the fee row stays counted.
      '7 wise:FEE-TRANSFER-7000000009 2025-03-11T07:00:00+01:00 -125 EUR bal 171513 completed out',
      '8 wise:TRANSFER-7000000010 2025-03-10T09:15:42.500+01:00 200000 EUR bal 171638 completed in',
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[9, 'bad-amount'], [10, 'bad-date']]);
    // Card spend, its fee, the conversion's fee and the orphan fee, each once; the conversion itself is a mirror.
    expect(counted(f.transactions)).toBe(-2340 - 1200 - 50 - 310 - 125 + 200000);
    const byLine = new Map(f.transactions.map((t) => [t.source.line, t]));
    expect(byLine.get(4)).toMatchObject({ counterparty: 'Kiosk', method: 'Card *4321', kind: 'CARD' });
    expect(byLine.get(3)).toMatchObject({ counterparty: 'Wise', kind: 'FEE' });
    expect(byLine.get(8)).toMatchObject({ counterparty: 'ACME GMBH', kind: 'DEPOSIT' });
  });

  it('gives the two currency legs of one conversion distinct ids, both mirrors', async () => {
    const eur = await importFixture('wise/balance-2025-eur.csv');
    const gbp = await importFixture('wise/balance-2025-gbp.csv');
    const legs = [...eur.transactions, ...gbp.transactions].filter((t) => t.externalId?.startsWith('BALANCE-8000000001'));
    expect(legs.map((t) => [t.id, t.amountMinor, t.currency, t.mirror])).toEqual([
      ['wise:BALANCE-8000000001/EUR', -50000, 'EUR', true],
      ['wise:BALANCE-8000000001/GBP', 42010, 'GBP', true],
    ]);
  });
});

describe('wise importer: 2020 balance statement', () => {
  it('reads DD-MM-YYYY dates and gives fee rows sharing the parent id their own FEE- id', async () => {
    const f = await importFixture('wise/balance-2020-usd.csv', 'America/New_York');
    expect(f.layout).toBe('statement-2020');
    expect(f.issues).toEqual([]);
    expect(f.transactions.map(summary)).toEqual([
      '2 wise:TRANSFER-300000002 2020-11-05T00:00:00-05:00 -98000 USD fee 621 bal 1900 completed out',
      '3 wise:FEE-TRANSFER-300000002 2020-11-05T00:00:00-05:00 -621 USD bal 1279 completed out mirror re wise:TRANSFER-300000002',
      '4 wise:TRANSFER-300000001 2020-11-02T00:00:00-05:00 100500 USD fee 600 bal 100500 completed in',
      '5 wise:FEE-TRANSFER-300000001 2020-11-02T00:00:00-05:00 -600 USD bal 99900 completed out mirror re wise:TRANSFER-300000001',
    ]);
    // 1005.00 topped up − 6.00 fee − 980.00 sent − 6.21 fee = the final running balance of 12.79.
    expect(counted(f.transactions)).toBe(1279);
    expect(f.transactions[0]).toMatchObject({ counterparty: 'Lena Roth', counterpartyAccount: 'DE89 3704 0044 0532 0130 00' });
  });
});
