// Every row issue the Western importers raise carries a message id, so the Chinese UI words it in Chinese.
// Each file below trips the issues of one importer; the details are the English sentences the importers
// wrote before the ids existed (the CLI prints them, so they must not change).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, ISSUE_TEMPLATES } from '../../../shared/importing/issue-messages';
import { importText } from '../importers/western-fixtures';

const zh = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../..', 'renderer/src/i18n/zh-CN/issues.json'), 'utf8'),
) as Record<string, string>;

const ZONE = 'America/New_York';

interface Case {
  importer: string;
  name: string;
  text: string;
  /** line, message id, detail */
  issues: [number, string, string][];
}

const CASH_APP = 'Transaction ID,Date,Transaction Type,Currency,Amount,Fee,Net Amount,Status,Notes,Name of sender/receiver,Account\n';
const PAYPAL = '"Transaction ID","Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","Balance"\n';
const PAYPAL_ES = '"Fecha","Hora","Zona horaria","Descripción","Divisa","Bruto","Comisión","Neto","Saldo","Id. de transacción","Nombre"\n';
const MONZO =
  'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,' +
  'Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency\n';
const REVOLUT = 'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n';
const VENMO = '" ID","Datetime","Type","Status","Note","From","To","Amount (total)","Amount (fee)","Funding Source","Destination"\n';
const WISE = '"TransferWise ID",Date,Amount,Currency,Description,"Payment Reference","Running Balance","Payer Name","Payee Name","Total fees"\n';

const CASES: Case[] = [
  {
    importer: 'cashapp', name: 'cash_app_report.csv',
    text: CASH_APP +
      'c1,2023-03-11 23:15:04 CST,Sent P2P,USD,,$0,,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n' +
      'c2,2023-03-12 10:00:00 CDT,Sent P2P,USD,-$1S,$0,-$15,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n' +
      'c3,2023-02-30 10:00:00 CST,Sent P2P,USD,-$7,$0,-$7,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n' +
      'c4,2023-03-13 10:00:00 CDT,Sent P2P,USD,-$5,$0,-$5,MYSTERY STATE,Tip,Bo Chen,Your Cash\n' +
      'c5,2023-03-14 10:00:00 CDT,Cash out,USD,-$200,-$3.0.0,n/a,TRANSFER SENT,,,Your Cash\n',
    issues: [
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "-$1S"'],
      [4, 'bad-time', 'impossible date "2023-02-30 10:00:00 CST"'],
      [5, 'unknown-status-pending', 'unknown status "MYSTERY STATE", imported as pending'],
      [6, 'net-amount-unreadable', 'net amount: not an amount: "n/a"'],
      [6, 'fee-unreadable', 'fee: not an amount: "-$3.0.0"'],
    ],
  },
  {
    // Re-saved by a spreadsheet: no times, and 13/06 makes the file day-first.
    importer: 'cashapp', name: 'cash_app_report.csv',
    text: CASH_APP +
      'd1,13/06/2023,Sent P2P,USD,-7,0,-7,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n' +
      'd2,31/02/2023,Sent P2P,USD,-7,0,-7,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n',
    issues: [
      [0, 'no-time-of-day', `1 date(s) have no time of day (the file was probably re-saved by a spreadsheet); they were placed at 00:00 in ${ZONE}`],
      [3, 'bad-time-dmy', 'impossible date "31/02/2023" (dates in this file are read as day/month/year)'],
    ],
  },
  {
    // No date settles the order, so the file is read month-first.
    importer: 'cashapp', name: 'cash_app_report.csv',
    text: CASH_APP +
      'm1,06/07/2023,Sent P2P,USD,-7,0,-7,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n' +
      'm2,13/13/2023,Sent P2P,USD,-7,0,-7,PAYMENT SENT,Lunch,Bo Chen,Your Cash\n',
    issues: [
      [0, 'ambiguous-date-cashapp', 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as month/day/year, as Cash App (a US service) writes them'],
      [0, 'no-time-of-day', `1 date(s) have no time of day (the file was probably re-saved by a spreadsheet); they were placed at 00:00 in ${ZONE}`],
      [3, 'bad-time-mdy', 'impossible date "13/13/2023" (dates in this file are read as month/day/year)'],
    ],
  },
  {
    importer: 'paypal', name: 'Download.csv',
    text: PAYPAL +
      'P1,03/04/2021,09:15:00,PDT,Shop,General Payment,Completed,USD,,0.00,,1.00\n' +
      'P2,03/04/2021,09:15:00,PDT,Shop,General Payment,Completed,USD,twelve,0.00,twelve,1.00\n' +
      'P3,13/13/2021,09:15:00,PDT,Shop,General Payment,Completed,USD,1.00,0.00,1.00,1.00\n' +
      'P4,03/04/2021,09:15:00,XYZT,Shop,General Payment,Completed,USD,1.00,0.00,1.00,1.00\n' +
      'P5,03/04/2021,09:15:00,PDT,Shop,General Payment,Completed,USD,1.00,-x,1.00,1.00\n' +
      'P6,03/04/2021,09:15:00,PDT,Shop,General Payment,Completed,USD,1.00,0.00,1.00,y\n' +
      'P7,03/04/2021,09:15:00,PDT,Shop,General Payment,Mystery,USD,1.00,0.00,1.00,1.00\n',
    issues: [
      [0, 'ambiguous-date-paypal-mdy', 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as month/day/year (the default for English PayPal exports)'],
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "twelve"'],
      [4, 'bad-time-mdy', 'impossible date "13/13/2021 09:15:00" (dates in this file are read as month/day/year)'],
      [5, 'unknown-zone', `unknown time zone "XYZT"; the time was read in ${ZONE}`],
      [6, 'fee-unreadable', 'fee: not an amount: "-x"'],
      [7, 'balance-unreadable', 'balance: not an amount: "y"'],
      [8, 'unknown-status-pending', 'unknown status "Mystery", imported as pending'],
    ],
  },
  {
    // Year-first dates need no word on the order.
    importer: 'paypal', name: 'Download.csv',
    text: PAYPAL +
      'Q1,2023-03-09,09:15:00,PDT,Shop,General Payment,Completed,USD,1.00,0.00,1.00,1.00\n' +
      'Q2,2023-02-30,09:15:00,PDT,Shop,General Payment,Completed,USD,1.00,0.00,1.00,1.00\n',
    issues: [[3, 'bad-time', 'impossible date "2023-02-30 09:15:00"']],
  },
  {
    importer: 'paypal', name: 'statement_es.csv',
    text: PAYPAL_ES +
      '"2/1/2020","11:05:56","Europe/Berlin","Pago estándar","EUR","1.049,37","-1,78","1.047,59","4.626,81","TID1","Partner 1"\n' +
      '"13/13/2020","11:05:56","Europe/Berlin","Pago estándar","EUR","1,00","0,00","1,00","4.627,81","TID2","Partner 2"\n',
    issues: [
      [0, 'ambiguous-date-paypal-dmy', 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as day/month/year (the default for Spanish PayPal exports)'],
      [3, 'bad-time-dmy', 'impossible date "13/13/2020 11:05:56" (dates in this file are read as day/month/year)'],
    ],
  },
  {
    importer: 'monzo', name: 'monzo.csv',
    text: MONZO +
      'tx1,01/03/2024,08:05:09,Card payment,Pret,,Eating out,,GBP,,GBP,,,,PRET,,,,995.50,GBP\n' +
      'tx2,01/03/2024,08:05:09,Card payment,Pret,,Eating out,-1.0.0,GBP,,GBP,,,,PRET,,,,995.50,GBP\n' +
      'tx3,31/04/2024,12:00:00,Card payment,Pret,,Eating out,-1.00,GBP,,GBP,,,,PRET,,-1.00,,995.50,GBP\n' +
      'tx4,01/03/2024,08:05:09,Direct Debit,Octopus,,Bills,-86.00,GBP,,GBP,,,,OCTOPUS,,-68.00,,995.50,GBP\n' +
      'tx5,01/03/2024,08:05:09,Card payment,Pret,,Eating out,-1.00,GBP,,GBP,,,,PRET,,-1.00,,n/a,GBP\n',
    issues: [
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "-1.0.0"'],
      [4, 'bad-time', 'impossible date "31/04/2024 12:00:00"'],
      [5, 'amount-split-mismatch', 'Money Out/Money In "-68.00" differs from Amount "-86.00"; Amount was used'],
      [6, 'balance-unreadable', 'balance: not an amount: "n/a"'],
    ],
  },
  {
    importer: 'revolut', name: 'revolut.csv',
    text: REVOLUT +
      'Card Payment,Current,2024-05-08 08:00:00,2024-05-08 09:00:00,Kiosk,,0.00,EUR,COMPLETED,1.00\n' +
      'Card Payment,Current,2024-05-08 08:00:00,2024-05-08 09:00:00,Kiosk,-1.5x,0.00,EUR,COMPLETED,1.00\n' +
      'Card Payment,Current,2024-02-30 08:00:00,,Kiosk,-1.50,0.00,EUR,COMPLETED,1.00\n' +
      'Card Payment,Current,2024-05-08 08:00:00,2024-05-08 09:00:00,Kiosk,-1.50,x,EUR,COMPLETED,1.00\n' +
      'Card Payment,Current,2024-05-08 08:00:00,2024-05-08 09:00:00,Kiosk,-1.50,0.00,EUR,ON_HOLD,1.00\n' +
      'Card Payment,Current,2024-05-08 08:00:00,2024-05-08 09:00:00,Kiosk,-1.50,0.00,EUR,COMPLETED,n/a\n',
    issues: [
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "-1.5x"'],
      [4, 'bad-time', 'impossible date "2024-02-30 08:00:00"'],
      [5, 'fee-unreadable', 'fee: not an amount: "x"'],
      [6, 'unknown-state-pending', 'unknown state "ON_HOLD", imported as pending'],
      [7, 'balance-unreadable-omitted', 'balance: not an amount: "n/a"; the row was imported without it'],
    ],
  },
  {
    importer: 'venmo', name: 'venmo.csv',
    text: VENMO +
      '"1001","2019-07-04T16:20:00","Payment","Complete","BBQ","Kim Park","Lee Moss","","","Venmo balance",""\n' +
      '"1002","2019-07-04T16:20:00","Payment","Complete","BBQ","Kim Park","Lee Moss","- $x","","Venmo balance",""\n' +
      '"1003","2019-02-30T16:20:00","Payment","Complete","BBQ","Kim Park","Lee Moss","- $35.00","","Venmo balance",""\n' +
      '"1004","2019-07-04T16:20:00","Payment","Complete","BBQ","Kim Park","Lee Moss","- $35.00","$ y","Venmo balance",""\n' +
      '"1005","2019-07-04T16:20:00","Payment","Mystery","BBQ","Kim Park","Lee Moss","- $35.00","","Venmo balance",""\n' +
      '"","2019-07-04T16:20:00","Payment","Complete","BBQ","Kim Park","Lee Moss","- $35.00","","Venmo balance",""\n',
    issues: [
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "- $x"'],
      [4, 'bad-time', 'impossible date "2019-02-30T16:20:00"'],
      [5, 'fee-unreadable', 'fee: not an amount: "$ y"'],
      [6, 'unknown-status-pending', 'unknown status "Mystery", imported as pending'],
      [7, 'missing-id', 'the row has no ID; it was imported under a content-derived id'],
    ],
  },
  {
    importer: 'wise', name: 'statement.csv',
    text: WISE +
      'TRANSFER-1,05-11-2020,,USD,Sent money to Lena,,19.00,,Lena,0\n' +
      'TRANSFER-2,05-11-2020,-9.x,USD,Sent money to Lena,,19.00,,Lena,0\n' +
      'TRANSFER-3,31-02-2020,-9.00,USD,Sent money to Lena,,19.00,,Lena,0\n' +
      ',05-11-2020,-9.00,USD,Sent money to Lena,,19.00,,Lena,0\n' +
      'TRANSFER-5,05-11-2020,-9.00,USD,Sent money to Lena,,19.00,,Lena,z\n' +
      'TRANSFER-6,05-11-2020,-9.00,USD,Sent money to Lena,,n/a,,Lena,0\n',
    issues: [
      [2, 'amount-missing', 'empty amount'],
      [3, 'amount-unreadable', 'not an amount: "-9.x"'],
      [4, 'bad-time', 'impossible date "31-02-2020"'],
      [5, 'missing-id', 'the row has no TransferWise ID; it was imported under a content-derived id'],
      [6, 'total-fees-unreadable', 'total fees: not an amount: "z"'],
      [7, 'running-balance-unreadable', 'running balance: not an amount: "n/a"'],
    ],
  },
];

describe('row issues of the Western importers', () => {
  it.each(CASES)('$importer (case %#): every issue has a message that words its detail', async ({ importer, name, text, issues }) => {
    const f = await importText(name, text, ZONE);
    expect(f.importer).toBe(importer);
    // A plain-string issue has no message and shows up here as an undefined id.
    expect(f.issues.map((i) => [i.line, i.message?.id, i.detail])).toEqual(issues);
    for (const { detail, message } of f.issues) {
      const template = ISSUE_TEMPLATES[message!.id as keyof typeof ISSUE_TEMPLATES];
      expect(template).toBeDefined();
      expect(fillTemplate(template, message!.params)).toBe(detail);
      // The Chinese sentence has a value for every slot, so no `{{…}}` reaches the screen.
      expect(fillTemplate(zh[message!.id]!, message!.params)).not.toContain('{{');
    }
  });
});
