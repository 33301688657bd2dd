import { describe, expect, it } from 'vitest';
import { importFixture, importText, summary } from './western-fixtures';

describe('cashapp importer: native report', () => {
  it('reads zone abbreviations, $ amounts and parenthesised negatives; direction from the sign only', async () => {
    const f = await importFixture('cashapp/report-native.csv', 'Asia/Tokyo');
    expect(f.importer).toBe('cashapp');
    expect(f.layout).toBe('report');
    expect(f.transactions.map(summary)).toEqual([
      '2 cashapp:rmk2p9x 2023-03-11T23:15:04-06:00 -1075 USD completed out',
      '3 cashapp:8dz0q1a 2023-03-12T09:00:00-05:00 123984 USD completed in',
      // A "Direct Deposit" with a negative amount is money out, whatever the type says.
      '4 cashapp:w2c7v5n 2023-03-13T12:30:00-05:00 -5000 USD completed out',
      '5 cashapp:k9b3e1t 2023-03-14T08:00:00-04:00 -20000 USD fee 300 completed out',
      '6 cashapp:b7t2c8q 2023-03-15T10:00:00-05:00 -2500 USD completed out',
      '7 cashapp:p0o9i8u 2023-03-16T11:00:00-05:00 -1500 USD failed out',
      '10 cashapp:z1x2c3v 2023-03-19T09:00:00-05:00 -500 USD pending out',
      '11 cashapp:a1s2d3f 2023-03-20T09:00:00-05:00 1075 USD refunded in',
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[8, 'bad-amount'], [9, 'bad-date'], [10, 'unknown-type']]);
    expect(f.transactions[0]).toMatchObject({ counterparty: 'CORNER DELI NY', method: 'Visa Debit 4384', kind: 'Cash Card Debit' });
    expect(f.transactions[1]).toMatchObject({ counterparty: 'Sam Lee', description: 'Rent' });
  });
});

describe('cashapp importer: spreadsheet re-save', () => {
  it('learns month-first from a later row, reads $-less amounts and flags the missing times', async () => {
    const f = await importFixture('cashapp/report-resaved.csv', 'America/New_York');
    expect(f.transactions.map(summary)).toEqual([
      '2 cashapp:atqvua1 2023-06-07T00:00:00-04:00 706 USD completed in',
      '3 cashapp:439x2v1 2023-06-07T00:00:00-04:00 -7800 USD completed out',
      '4 cashapp:y7f07k1 2023-05-28T00:00:00-04:00 729 USD refunded in',
      '5 cashapp:q0v01ef1 2023-04-30T00:00:00-04:00 -108800 USD completed out',
    ]);
    // `Name` (older reports) instead of `Name of sender/receiver`, and Date as the first column.
    expect(f.transactions[3]!.counterparty).toBe('Jill Chan');
    expect(f.issues).toEqual([
      {
        line: 0, code: 'missing-field', detail: expect.stringMatching(/^4 date\(s\) have no time of day.*America\/New_York/),
        message: { id: 'no-time-of-day', params: { dates: 4, zone: 'America/New_York' } },
      },
    ]);
  });

  it('reads an undecidable file month-first and says so', async () => {
    const f = await importText(
      'cash_app_report.csv',
      'Transaction ID,Date,Transaction Type,Currency,Amount,Fee,Net Amount,Status,Notes,Name of sender/receiver,Account\n' +
        'abc123,06/07/2023,Sent P2P,USD,-5,0,-5,PAYMENT SENT,,Jill Chan,Your Cash\n' +
        'abc124,07/06/2023,Sent P2P,USD,-6,0,-6,PAYMENT SENT,,Jill Chan,Your Cash\n',
      'UTC',
    );
    expect(f.transactions.map((t) => t.occurredAt)).toEqual(['2023-06-07T00:00:00+00:00', '2023-07-06T00:00:00+00:00']);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[0, 'ambiguous-date'], [0, 'missing-field']]);
  });
});
