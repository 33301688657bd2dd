import { describe, expect, it } from 'vitest';
import { importFixture, summary } from './western-fixtures';

describe('venmo importer: monthly statement', () => {
  it('skips the preamble, balance stub and disclaimer rows silently and imports the rest', async () => {
    const f = await importFixture('venmo/statement-2023.csv', 'America/Chicago');
    expect(f.importer).toBe('venmo');
    expect(f.layout).toBe('statement');
    expect(f.accountId).toBe('@jane-doe-7');
    expect(f.transactions.map(summary)).toEqual([
      '5 venmo:3755312345678901234 2023-03-02T18:22:09-06:00 -2000 USD completed out',
      '6 venmo:3755312345678901235 2023-03-05T09:10:00-06:00 115000 USD completed in',
      // DST began on 12 March in Chicago.
      '7 venmo:3755312345678901236 2023-03-12T20:01:30-05:00 -8250 USD completed out',
      '8 venmo:3755312345678901237 2023-03-13T07:45:00-05:00 4500 USD pending in',
      '9 venmo:0455312345678901238 2023-03-20T12:00:00-05:00 -100000 USD completed out',
      '10 venmo:3755312345678901239 2023-03-21T13:14:15-05:00 -1234 USD completed out',
      // Total −250.00 includes the 4.38 fee: amount excludes it, the balance moves by amount − fee.
      '11 venmo:3755312345678901240 2023-03-25T08:00:00-05:00 -24562 USD fee 438 completed out',
      '14 venmo:3755312345678901243 2023-03-28T10:00:00-05:00 -900 USD closed out',
      expect.stringMatching(/^15 venmo:h:[0-9a-f]{32} 2023-03-29T10:00:00-05:00 -100 USD completed out$/),
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([
      [12, 'bad-amount'],
      [13, 'bad-date'],
      [15, 'missing-field'],
    ]);
  });

  it('takes the other party from the direction of the money, not from the type', async () => {
    const f = await importFixture('venmo/statement-2023.csv', 'America/Chicago');
    const by = new Map(f.transactions.map((t) => [t.externalId, t]));
    // Payment out: the payee. Payment in: the payer.
    expect(by.get('3755312345678901234')).toMatchObject({ counterparty: 'Sam Lee', method: 'Venmo balance', description: 'Pizza night 🍕' });
    expect(by.get('3755312345678901235')).toMatchObject({ counterparty: 'Sam Lee' });
    // Charge paid (Ana asked Jane): Ana. Charge received (Jane asked Ana, still pending): Ana.
    expect(by.get('3755312345678901236')).toMatchObject({ counterparty: 'Ana Ruiz', method: 'Visa Debit *1559', kind: 'Charge' });
    expect(by.get('3755312345678901237')).toMatchObject({ counterparty: 'Ana Ruiz', direction: 'in' });
    // Transfers to the bank name the destination; the leading zero of the id survives.
    expect(by.get('0455312345678901238')).toMatchObject({ counterparty: 'Bank Checking*1234' });
  });
});

describe('venmo importer: legacy transaction list', () => {
  it('reads the " ID" header, unquoted dates and signed dollar amounts', async () => {
    const f = await importFixture('venmo/list-legacy.csv', 'America/New_York');
    expect(f.layout).toBe('list-legacy');
    expect(f.issues).toEqual([]);
    expect(f.accountId).toBe('venmo');
    expect(f.transactions.map(summary)).toEqual([
      '2 venmo:0123456789012345678 2019-07-04T16:20:00-04:00 -3500 USD completed out',
      '3 venmo:2234567890123456789 2019-07-05T08:00:00-04:00 6000 USD completed in',
      '4 venmo:99887766 2019-07-06T10:30:00-04:00 -2500 USD completed out',
      '5 venmo:3234567890123456789 2019-07-07T11:00:00-04:00 -1825 USD pending out',
    ]);
    expect(f.transactions.map((t) => t.counterparty)).toEqual(['Lee Moss', 'Lee Moss', 'Bank Checking*1234', 'Ari Bell']);
  });
});
