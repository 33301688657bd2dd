import { describe, expect, it } from 'vitest';
import { importFixture, summary } from './western-fixtures';

describe('revolut importer', () => {
  it('reads Title Case types, keeps PENDING rows pending and marks exchange legs as mirrors', async () => {
    const f = await importFixture('revolut/statement-title-case.csv', 'Europe/Madrid');
    expect(f.importer).toBe('revolut');
    expect(f.layout).toBe('statement-2021');
    const lines = f.transactions.map((t) => summary(t).replace(/revolut:h:[0-9a-f]{32}/, 'revolut:h:…'));
    expect(lines).toEqual([
      '2 revolut:h:… 2024-05-01T09:00:00+02:00 50000 EUR bal 50000 completed in',
      '3 revolut:h:… 2024-05-02T12:30:00+02:00 -420 EUR bal 49580 completed out',
      '4 revolut:h:… 2024-05-03T10:00:00+02:00 -10000 EUR fee 50 bal 39530 completed out mirror',
      '5 revolut:h:… 2024-05-04T10:00:00+02:00 420 EUR bal 39950 refunded in',
      // No Completed Date and no Balance while pending.
      '6 revolut:h:… 2024-05-06T18:45:10+02:00 -1200 EUR pending out',
      '7 revolut:h:… 2024-05-07T08:00:00+02:00 -2000 EUR closed out',
      '8 revolut:h:… 2024-05-08T08:00:00+02:00 -150 EUR completed out',
      '9 revolut:h:… 2024-05-09T08:00:00+02:00 -150 EUR bal 39650 pending out',
      // An unpadded hour, as spreadsheets write it.
      '11 revolut:h:… 2024-05-11T08:00:00+02:00 -150 EUR bal 39500 completed out',
      '12 revolut:h:… 2024-05-11T08:00:00+02:00 -150 EUR bal 39500 completed out',
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[8, 'bad-amount'], [9, 'unknown-type'], [10, 'bad-amount']]);
    expect(f.issues[0]!.detail).toMatch(/balance.*imported without it/);
    // Two identical rows stay two transactions, with different ids.
    const [a, b] = f.transactions.slice(-2);
    expect(a!.id).not.toBe(b!.id);
    expect(f.transactions.map((t) => t.kind)).toContain('Card Payment');
  });

  it('gives the same ids on a second import of the same bytes', async () => {
    const a = await importFixture('revolut/statement-title-case.csv', 'Europe/Madrid');
    const b = await importFixture('revolut/statement-title-case.csv', 'Europe/Madrid');
    expect(b.transactions.map((t) => t.id)).toEqual(a.transactions.map((t) => t.id));
  });
});

describe('revolut counterparties', () => {
  it('names the party of a transfer without Revolut’s wording, and keeps the description as written', async () => {
    const { importBytes } = await import('../../../shared/importing/import-file');
    const csv = [
      'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance',
      'TRANSFER,Current,2022-01-02 12:16:54,2022-01-02 12:16:55,To Guybrush Threepwood,-250.00,0.00,EUR,COMPLETED,442.67',
      'TOPUP,Current,2022-01-03 10:00:00,2022-01-03 10:00:01,Payment from ACME LTD,500.00,0.00,EUR,COMPLETED,942.67',
      'CARD_PAYMENT,Current,2022-01-04 10:00:00,2022-01-04 10:00:01,Tower Records,-5.00,0.00,EUR,COMPLETED,937.67',
    ].join('\n');
    const [f] = await importBytes('r.csv', new TextEncoder().encode(csv), { zone: 'UTC' });
    expect(f!.transactions.map((t) => [t.counterparty, t.description])).toEqual([
      ['Guybrush Threepwood', 'To Guybrush Threepwood'],
      ['ACME LTD', 'Payment from ACME LTD'],
      ['Tower Records', 'Tower Records'],
    ]);
  });
});
