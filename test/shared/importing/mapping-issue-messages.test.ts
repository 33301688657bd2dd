// Every row issue the mapping importer raises carries a message id, so the Chinese UI words it in Chinese.
// Each file below trips a set of them; the details are the English sentences the importer wrote before the
// ids existed (the CLI prints them, so they must not change).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MappingProfile } from '../../../shared/importers/generic';
import { importBytes } from '../../../shared/importing/import-file';
import { fillTemplate, ISSUE_TEMPLATES } from '../../../shared/importing/issue-messages';

const zh = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../..', 'renderer/src/i18n/zh-CN/issues.json'), 'utf8'),
) as Record<string, string>;

const enc = new TextEncoder();

interface Case {
  what: string;
  csv: string;
  profile: MappingProfile;
  /** line, message id, detail */
  issues: [number, string, string][];
}

const CASES: Case[] = [
  {
    what: 'a signed amount with fee, balance, currency, direction and status columns',
    csv:
      'Date,Amount,Memo,Fee,Bal,Cur,DC,St\n' +
      ',1,x,,,EUR,D,ok\n' +
      '05/01/2023,1,x,,,EUR,D,ok\n' +
      '2023-02-30,1,x,,,EUR,D,ok\n' +
      '2023-01-02,,x,,,EUR,D,ok\n' +
      '2023-01-02,abc,x,,,EUR,D,ok\n' +
      '2023-01-02,1,x,,,Taler,D,ok\n' +
      '2023-01-02,1,x,1.2.3,,EUR,D,ok\n' +
      '2023-01-02,1,x,,n/a,EUR,D,ok\n' +
      '2023-01-02,1,x,,,EUR,?,ok\n' +
      '2023-01-02,1,x,,,EUR,D,weird\n',
    profile: {
      name: 'Test bank', currency: 'EUR', zone: '+01:00', statusMap: { ok: 'completed' },
      directionValues: { out: ['D'], in: ['C'] },
      columns: { date: 'Date', amount: 'Amount', description: 'Memo', fee: 'Fee', balance: 'Bal', currency: 'Cur', direction: 'DC', status: 'St' },
    },
    issues: [
      [2, 'mapping-empty-date', 'the date cell is empty'],
      [3, 'mapping-ambiguous-date', '"05/01/2023" could be day/month or month/day; set "dateOrder" (dmy or mdy) or "dateFormat" in the mapping'],
      [4, 'bad-time', 'impossible date "2023-02-30"'],
      [5, 'mapping-amount-empty', 'the amount cell is empty'],
      [6, 'amount-unreadable', 'not an amount: "abc"'],
      [7, 'mapping-currency-invalid', 'currency "Taler" is not an ISO 4217 code; add it to "currencyAliases" in the mapping'],
      [8, 'fee-unreadable', 'fee: not an amount: "1.2.3"'],
      [9, 'mapping-balance-unreadable', 'balance: not an amount: "n/a" (the row was imported without its balance)'],
      [10, 'mapping-unknown-direction', 'direction "?" is not one of the mapping\'s "directionValues"'],
      [11, 'mapping-unknown-status', 'unknown status "weird", imported as pending; add it to "statusMap" in the mapping'],
    ],
  },
  {
    // The reader's reason quotes the cells as the file writes them, not the text it normalised.
    what: 'date and time formats',
    csv: 'Date,Time,Amount,Memo\n30.01.2023,,1,x\n2023-01-30,25,1,x\n2023-02-30,120000,1,x\n',
    profile: {
      name: 'Test bank', currency: 'EUR', zone: '+01:00', dateFormat: 'YYYY-MM-DD', timeFormat: 'HHmmss',
      columns: { date: 'Date', time: 'Time', amount: 'Amount', description: 'Memo' },
    },
    issues: [
      [2, 'mapping-date-format', '"30.01.2023" does not match the date format YYYY-MM-DD'],
      [3, 'mapping-time-format', 'time "25" does not match the time format HHmmss'],
      [4, 'bad-time', 'impossible date "2023-02-30 120000"'],
    ],
  },
  {
    what: 'debit and credit columns',
    csv: 'Date,Out,In,Memo\n2023-01-02,x,,a\n2023-01-02,,y,b\n2023-01-02,,,c\n2023-01-02,1,2,d\n',
    profile: { name: 'Test bank', currency: 'EUR', zone: '+01:00', columns: { date: 'Date', debit: 'Out', credit: 'In', description: 'Memo' } },
    issues: [
      [2, 'mapping-debit-unreadable', 'debit: not an amount: "x"'],
      [3, 'mapping-credit-unreadable', 'credit: not an amount: "y"'],
      [4, 'mapping-debit-credit-empty', 'both the debit and the credit cell are empty'],
      [5, 'mapping-debit-credit-both', 'both debit "1" and credit "2" are filled'],
    ],
  },
  {
    what: 'no currency anywhere',
    csv: 'Date,Amount,Memo\n2023-01-02,1,x\n',
    profile: { name: 'Test bank', zone: '+01:00', columns: { date: 'Date', amount: 'Amount', description: 'Memo' } },
    issues: [[2, 'mapping-no-currency', 'no currency: the mapping names no currency column and no default "currency"']],
  },
];

describe('row issues of the mapping importer', () => {
  it.each(CASES)('$what: every issue has a message that words its detail', async ({ csv, profile, issues }) => {
    const [f] = await importBytes('bank.csv', enc.encode(csv), { mapping: profile, zone: 'UTC' });
    expect(f!.importer).toBe('generic');
    // A plain-string issue has no message and shows up here as an undefined id.
    expect(f!.issues.map((i) => [i.line, i.message?.id, i.detail])).toEqual(issues);
    for (const { detail, message } of f!.issues) {
      const template = ISSUE_TEMPLATES[message!.id as keyof typeof ISSUE_TEMPLATES];
      expect(template).toBeDefined();
      expect(fillTemplate(template, message!.params)).toBe(detail);
      // The Chinese sentence has a value for every slot, so no `{{…}}` reaches the screen, and it quotes the
      // cell that could not be read in place of the English reason.
      const chinese = fillTemplate(zh[message!.id]!, message!.params);
      expect(chinese).not.toContain('{{');
      if (message!.params.text) expect(chinese).toContain(`“${message!.params.text}”`);
    }
  });
});
