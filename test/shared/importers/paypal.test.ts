import { describe, expect, it } from 'vitest';
import { countedTotals, importFixture, importText, readFixture, summary } from './western-fixtures';

describe('paypal importer: activity download, custom columns, no deciding date', () => {
  it('imports every good row by header name, with MM/DD read as the documented default', async () => {
    const f = await importFixture('paypal/activity-custom-ambiguous.csv', 'Europe/London');
    expect(f.importer).toBe('paypal');
    expect(f.layout).toBe('activity');
    expect(f.rows).toBe(13);
    expect(f.transactions.map(summary)).toEqual([
      '2 paypal:1AB00000000000001 2021-03-04T09:15:00-07:00 -450 USD bal -450 completed out',
      '3 paypal:1AB00000000000002 2021-03-04T09:15:00-07:00 450 USD bal 0 pending in mirror re paypal:1AB00000000000001',
      '4 paypal:1AB00000000000003 2021-05-06T18:00:00-07:00 123456 USD fee 3610 bal 119846 completed in',
      '5 paypal:1AB00000000000004 2021-05-07T10:00:00-07:00 450 USD bal 120296 completed in re paypal:1AB00000000000001',
      '6 paypal:1AB00000000000005 2021-06-07T11:00:00-07:00 -10000 USD bal 110296 completed out mirror',
      '7 paypal:1AB00000000000006 2021-06-07T11:00:00-07:00 8410 EUR bal 8410 completed in mirror',
      '8 paypal:1AB00000000000007 2021-06-07T11:00:00-07:00 -8410 EUR bal 8410 failed out',
      // Unknown zone: read in the user's zone, and said so.
      '11 paypal:1AB00000000000010 2021-08-09T07:30:00+01:00 1000 USD bal 111296 completed in',
      '12 paypal:1AB00000000000011 2021-09-10T08:00:00-08:00 -2000 USD bal 109296 pending out',
    ]);
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([
      [0, 'ambiguous-date'],
      [9, 'bad-amount'],
      [10, 'bad-date'],
      [11, 'bad-date'],
      [12, 'unknown-type'],
      [13, 'duplicate-id'],
    ]);
    expect(f.issues[0]!.detail).toMatch(/month\/day\/year/);
    expect(f.issues[2]!.detail).toMatch(/13\/13\/2021.*month\/day\/year/);
    expect(f.issues[3]!.detail).toMatch(/XYZT.*Europe\/London/);
  });

  it('names the other party from Name, else the e-mail on the far side of the money', async () => {
    const f = await importFixture('paypal/activity-custom-ambiguous.csv');
    const byLine = new Map(f.transactions.map((t) => [t.source.line, t]));
    expect(byLine.get(2)).toMatchObject({
      counterparty: 'Corner Coffee', counterpartyAccount: 'shop@example.com', description: 'Flat white',
      kind: 'Express Checkout Payment', externalId: '1AB00000000000001',
    });
    expect(byLine.get(4)).toMatchObject({ counterpartyAccount: 'ann@example.com', description: 'Invoice 7' });
    // The funding deposit keeps its type without PayPal's trailing space.
    expect(byLine.get(3)).toMatchObject({ kind: 'Bank Deposit to PP Account', counterparty: 'Bank Deposit to PP Account' });
  });

  it('reads the same file the other way round once one date has a day above 12', async () => {
    const text = readFixture('paypal/activity-custom-ambiguous.csv').replace('"05/06/2021"', '"25/06/2021"');
    const f = await importText('dmy.csv', text);
    expect(f.issues.some((i) => i.code === 'ambiguous-date')).toBe(false);
    const at = new Map(f.transactions.map((t) => [t.source.line, t.occurredAt]));
    // Row 2 was held back until row 4 settled the order, then read day-first.
    expect(at.get(2)).toBe('2021-04-03T09:15:00-07:00');
    expect(at.get(4)).toBe('2021-06-25T18:00:00-07:00');
  });
});

describe('paypal importer: 2024 activity (Amount/Fees/Total)', () => {
  it('marks funding deposits that pay for a purchase, and keeps lone top-ups counted', async () => {
    const f = await importFixture('paypal/activity-2024-funding.csv', 'Asia/Tokyo');
    expect(f.layout).toBe('activity-2024');
    expect(f.issues).toEqual([]);
    const id = (n: number): string => `paypal:a0000000-0000-4000-8000-00000000000${n}`;
    expect(f.transactions.map(summary)).toEqual([
      // 02/03 stays ambiguous until 02/13 on line 4 settles month-first.
      `2 ${id(1)} 2024-02-03T09:05:00-08:00 -1250 USD bal -1250 completed out`,
      `3 ${id(2)} 2024-02-03T09:05:00-08:00 1250 USD bal 0 completed in mirror`,
      `4 ${id(3)} 2024-02-13T22:40:10-08:00 20000 USD bal 20000 completed in`,
      `5 ${id(4)} 2024-03-10T01:59:59-08:00 -105025 USD bal -85025 completed out`,
      // A deposit a minute later (across the DST change) does not offset the purchase at the same moment.
      `6 ${id(5)} 2024-03-10T03:00:05-07:00 85025 USD bal 0 pending in`,
      // An authorisation hold sets money aside; the payment, if any, is its own row.
      `7 ${id(6)} 2024-03-11T06:00:00-07:00 -791 USD bal 0 pending out mirror`,
      `8 ${id(7)} 2024-03-12T06:10:00-07:00 2000 USD bal 2000 completed in`,
      // The refund swept straight back to the bank is a mirror of the refund.
      `9 ${id(8)} 2024-03-12T06:10:00-07:00 -2000 USD bal 0 pending out mirror`,
    ]);
    expect(countedTotals(f.transactions)).toEqual({ USD: -1250 + 20000 - 105025 + 85025 + 2000 });
  });

  it('keeps holds and releases as listed but uncounted rows: a limited account moves no money by them', async () => {
    const f = await importFixture('paypal/activity-holds.csv', 'America/Los_Angeles');
    expect(f.issues).toEqual([]);
    const mirrored = f.transactions.filter((t) => t.mirror).map((t) => t.kind);
    expect(mirrored).toEqual([
      'Payment Hold', 'Payment Release', 'Hold on Balance for Dispute Investigation', 'Cancellation of Hold for Dispute Resolution',
      'Account Hold for Open Authorization', 'Reversal of General Account Hold', 'Reserve Hold',
    ]);
    // Only the payment received and the coffee count.
    expect(countedTotals(f.transactions)).toEqual({ USD: 374722 - 450 });
  });

  it('maps by header name: the same export with its columns reversed gives the same transactions', async () => {
    const text = readFixture('paypal/activity-2024-funding.csv');
    const reversed = text
      .split('\r\n')
      .map((l) => (l ? splitCsv(l).reverse().map(quote).join(',') : l))
      .join('\r\n');
    const a = await importText('a.csv', text);
    const b = await importText('b.csv', reversed);
    expect(b.transactions.map(summary)).toEqual(a.transactions.map(summary));
    expect(b.transactions.map((t) => t.counterparty)).toEqual(a.transactions.map((t) => t.counterparty));
  });
});

describe('paypal importer: statement report (type in Description, IANA Time Zone)', () => {
  it('applies each row’s zone, DST included, and pairs conversion legs by their shared reference', async () => {
    const f = await importFixture('paypal/statement-iana.csv', 'Europe/London');
    expect(f.layout).toBe('statement');
    expect(f.issues).toEqual([]);
    expect(f.transactions.map(summary)).toEqual([
      '2 paypal:5ST00000000000001 2023-03-09T23:30:00-08:00 25000 USD fee 905 bal 24095 completed in',
      '3 paypal:5ST00000000000002 2023-03-14T08:00:00-07:00 -20000 EUR bal -20000 completed out',
      '4 paypal:5ST00000000000003 2023-03-14T08:00:00-07:00 20000 EUR bal 0 completed in mirror',
      '5 paypal:5ST00000000000004 2023-03-14T08:00:00-07:00 -21640 USD bal 2455 completed out mirror',
      '6 paypal:5ST00000000000005 2023-03-26T01:30:00+01:00 1000 USD fee 69 bal 3386 completed in',
      '7 paypal:5ST00000000000006 2023-03-26T03:30:00+02:00 1000 USD fee 69 bal 4317 completed in',
      // An empty zone cell: the user's zone (London switched to BST on 26 March).
      '8 paypal:5ST00000000000007 2023-03-27T12:00:00+01:00 500 USD fee 50 bal 4767 completed in',
    ]);
    expect(f.transactions[1]).toMatchObject({
      kind: 'General Withdrawal - Bank Account', counterparty: 'Sparkasse', counterpartyAccount: '4411',
    });
  });
});

describe('paypal importer: Spanish exports', () => {
  it('reads semicolons, decimal commas and Spanish statuses; links refunds and funding by reference', async () => {
    const f = await importFixture('paypal/activity-es-semicolon.csv', 'Europe/London');
    expect(f.layout).toBe('activity-es');
    expect(f.issues).toEqual([]);
    expect(f.transactions.map(summary)).toEqual([
      '2 paypal:9ES00000000000001 2023-03-02T10:00:00+01:00 -123456 EUR bal -123456 completed out',
      '3 paypal:9ES00000000000002 2023-03-02T10:00:00+01:00 123456 EUR bal 0 pending in mirror re paypal:9ES00000000000001',
      '4 paypal:9ES00000000000003 2023-03-25T18:45:30+01:00 4937 EUR fee 178 bal 4759 completed in',
      '5 paypal:9ES00000000000004 2023-03-28T09:00:00+02:00 2000 EUR bal 6759 completed in re paypal:9ES00000000000001',
      '6 paypal:9ES00000000000005 2023-03-29T09:00:00+02:00 -500 EUR bal 6759 failed out',
    ]);
  });

  it('falls back to day-first for a Spanish statement no date settles, and reports it', async () => {
    const text =
      '"Fecha","Hora","Zona horaria","Descripción","Divisa","Bruto","Comisión","Neto","Saldo","Id. de transacción","Nombre","Id. de referencia de trans.",,,\n' +
      '"2/1/2020","11:05:56","Europe/Berlin","Pago estándar","EUR","1.049,37","-1,78","1.047,59","4.626,81","TID1","Partner 1","",\n';
    const f = await importText('statement_es.csv', text);
    expect(f.layout).toBe('statement-es');
    expect(f.transactions.map(summary)).toEqual([
      '2 paypal:TID1 2020-01-02T11:05:56+01:00 104937 EUR fee 178 bal 462681 completed in',
    ]);
    expect(f.issues).toMatchObject([
      { line: 0, code: 'ambiguous-date', detail: expect.stringMatching(/day\/month\/year.*Spanish/) },
    ]);
  });
});

// A minimal splitter for the test's own unquoted-or-simply-quoted fixture lines.
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
const quote = (s: string): string => (/[,"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('paypal importer: Balance Impact', () => {
  it('marks Memo rows, which do not move the balance, as mirrors without a fee', async () => {
    const f = await importText(
      'memo.csv',
      '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","Transaction ID","Balance Impact"\n' +
        '"01/15/2018","10:00:00","PST","Shop","Express Checkout Payment","Completed","USD","-10.00","0.00","-10.00","7MEMO0000000001A","Debit"\n' +
        '"01/15/2018","10:00:00","PST","Shop","Authorization","Pending","USD","-10.00","-0.30","-10.30","7MEMO0000000002B","Memo"\n',
    );
    expect(f.transactions.map(summary)).toEqual([
      '2 paypal:7MEMO0000000001A 2018-01-15T10:00:00-08:00 -1000 USD completed out',
      '3 paypal:7MEMO0000000002B 2018-01-15T10:00:00-08:00 -1000 USD pending out mirror',
    ]);
  });
});
