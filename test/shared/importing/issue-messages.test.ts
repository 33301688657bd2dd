import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillTemplate, ISSUE_TEMPLATES, issueText, type IssueMessageId } from '../../../shared/importing/issue-messages';
import { createRowSink } from '../../../shared/importing/pipeline';
import { amountIssue } from '../../../shared/importers/china/amount';
import { StatementSummary } from '../../../shared/importers/china/statement';
import type { Importer, ParseContext } from '../../../shared/importers/types';
import type { RowIssue } from '../../../shared/model';

const i18nDir = path.resolve(__dirname, '../../..', 'renderer/src/i18n');
const load = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(i18nDir, lang, 'issues.json'), 'utf8')) as Record<string, string>;
const en = load('en');
const zh = load('zh-CN');
const slots = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

// Each id with values an importer gives and the English sentence the importers wrote before the messages
// existed (the CLI's table and JSON show it, so it must not change).
const CASES: [IssueMessageId, Record<string, string | number>, string][] = [
  ['duplicate-id', { id: '2024011522001400001', first: 31 }, 'transaction 2024011522001400001 already appears on line 31; this row was not imported again'],
  ['nul-removed', {}, 'NUL bytes were removed from the file'],
  ['quote-unterminated', { reason: 'Quoted field unterminated' }, 'Quoted field unterminated'],
  ['quote-malformed', { reason: 'Trailing quote on quoted field is malformed' }, 'Trailing quote on quoted field is malformed'],
  ['count-mismatch', { declared: 66, read: 10 }, 'the export says 共66笔记录 but 10 data rows were read'],
  ['ragged-row', { cells: 3, columns: 17 }, 'the row has 3 cells; the header has 17'],
  ['empty-time', {}, 'the transaction time is empty'],
  ['bad-time', { reason: 'impossible date "2025-02-30 10:00:00"', text: '2025-02-30 10:00:00' }, 'impossible date "2025-02-30 10:00:00"'],
  ['lossy-id', { text: '4.2E+27' }, 'order number "4.2E+27" was shortened by a spreadsheet; the row is kept without it'],
  ['unknown-status', { text: '神秘' }, 'unknown status "神秘"; rows with it are imported as pending'],
  ['unknown-direction', { text: '已支出' }, 'unknown 收/支 value "已支出"; rows with it are imported as neutral'],
  ['amount-empty', { column: '金额' }, '金额 is empty'],
  ['amount-currency', { column: '金额', text: 'USD 12.00', currency: 'USD' }, '金额 "USD 12.00" is in USD, not CNY'],
  ['amount-invalid', { column: '金额', text: '十二元', reason: 'not an amount: "十二元"' }, '金额: not an amount: "十二元"'],
  ['currency-invalid', { text: 'E' }, 'currency "E" is not an ISO 4217 code'],
  ['mapping-empty-date', {}, 'the date cell is empty'],
  ['mapping-currency-invalid', { text: 'quid' }, 'currency "quid" is not an ISO 4217 code; add it to "currencyAliases" in the mapping'],
  ['mapping-no-currency', {}, 'no currency: the mapping names no currency column and no default "currency"'],
  ['mapping-unknown-direction', { text: 'X' }, 'direction "X" is not one of the mapping\'s "directionValues"'],
  ['mapping-unknown-status', { text: 'odd' }, 'unknown status "odd", imported as pending; add it to "statusMap" in the mapping'],
  ['mapping-ambiguous-date', { text: '05/01/2023' }, '"05/01/2023" could be day/month or month/day; set "dateOrder" (dmy or mdy) or "dateFormat" in the mapping'],
  ['mapping-date-format', { text: '30.01.2023', format: 'YYYY-MM-DD' }, '"30.01.2023" does not match the date format YYYY-MM-DD'],
  ['mapping-time-format', { text: '25', format: 'HHmmss' }, 'time "25" does not match the time format HHmmss'],
  ['mapping-amount-empty', {}, 'the amount cell is empty'],
  ['mapping-debit-unreadable', { text: 'x', reason: 'not an amount: "x"' }, 'debit: not an amount: "x"'],
  ['mapping-credit-unreadable', { text: 'y', reason: 'not an amount: "y"' }, 'credit: not an amount: "y"'],
  ['mapping-debit-credit-empty', {}, 'both the debit and the credit cell are empty'],
  ['mapping-debit-credit-both', { debit: '1', credit: '2' }, 'both debit "1" and credit "2" are filled'],
  ['mapping-balance-unreadable', { text: 'n/a', reason: 'not an amount: "n/a"' }, 'balance: not an amount: "n/a" (the row was imported without its balance)'],
  ['ambiguous-date-paypal-dmy', { language: 'Spanish' }, 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as day/month/year (the default for Spanish PayPal exports)'],
  ['ambiguous-date-paypal-mdy', { language: 'English' }, 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as month/day/year (the default for English PayPal exports)'],
  ['ambiguous-date-cashapp', {}, 'no date in this file has a day above 12, so day/month and month/day cannot be told apart; dates were read as month/day/year, as Cash App (a US service) writes them'],
  ['amount-missing', { reason: 'empty amount' }, 'empty amount'],
  ['amount-unreadable', { text: '-$1S', reason: 'not an amount: "-$1S"' }, 'not an amount: "-$1S"'],
  ['net-amount-unreadable', { text: 'n/a', reason: 'not an amount: "n/a"' }, 'net amount: not an amount: "n/a"'],
  ['fee-unreadable', { text: 'x', reason: 'not an amount: "x"' }, 'fee: not an amount: "x"'],
  ['total-fees-unreadable', { text: 'z', reason: 'not an amount: "z"' }, 'total fees: not an amount: "z"'],
  ['balance-unreadable', { text: 'y', reason: 'not an amount: "y"' }, 'balance: not an amount: "y"'],
  ['balance-unreadable-omitted', { text: 'n/a', reason: 'not an amount: "n/a"' }, 'balance: not an amount: "n/a"; the row was imported without it'],
  ['running-balance-unreadable', { text: 'n/a', reason: 'not an amount: "n/a"' }, 'running balance: not an amount: "n/a"'],
  ['bad-time-dmy', { text: '31/02/2023', reason: 'impossible date "31/02/2023"' }, 'impossible date "31/02/2023" (dates in this file are read as day/month/year)'],
  ['bad-time-mdy', { text: '13/13/2021 09:15:00', reason: 'impossible date "13/13/2021 09:15:00"' }, 'impossible date "13/13/2021 09:15:00" (dates in this file are read as month/day/year)'],
  ['unknown-zone', { text: 'XYZT', reason: 'unknown time zone "XYZT"', zone: 'Europe/London' }, 'unknown time zone "XYZT"; the time was read in Europe/London'],
  ['unknown-status-pending', { text: 'MYSTERY STATE' }, 'unknown status "MYSTERY STATE", imported as pending'],
  ['unknown-state-pending', { text: 'ON_HOLD' }, 'unknown state "ON_HOLD", imported as pending'],
  ['missing-id', { column: 'TransferWise ID' }, 'the row has no TransferWise ID; it was imported under a content-derived id'],
  ['amount-split-mismatch', { split: '-68.00', amount: '-86.00' }, 'Money Out/Money In "-68.00" differs from Amount "-86.00"; Amount was used'],
  ['no-time-of-day', { dates: 4, zone: 'America/New_York' }, '4 date(s) have no time of day (the file was probably re-saved by a spreadsheet); they were placed at 00:00 in America/New_York'],
];

describe('issue messages', () => {
  it('has an English and a Chinese sentence for every id, and the English file is the detail template', () => {
    expect(en).toEqual(ISSUE_TEMPLATES);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(ISSUE_TEMPLATES).sort());
    for (const text of Object.values(zh)) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('covers every id in the cases below', () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(Object.keys(ISSUE_TEMPLATES).sort());
  });

  it.each(CASES)('%s gives the English detail the importers wrote before, and a complete Chinese sentence', (id, params, before) => {
    const t = issueText(id, params as never);
    expect(t.detail).toBe(before);
    expect(t.message).toEqual({ id, params });
    // Every value the Chinese sentence names is one the importer gives.
    expect(slots(zh[id]!).filter((s) => !(s in params))).toEqual([]);
    expect(fillTemplate(zh[id]!, params)).not.toContain('{{');
  });

  it('makes a call name every value its sentence uses', () => {
    // @ts-expect-error `read` is missing, which the type of issueText catches at compile time.
    expect(issueText('count-mismatch', { declared: 1 }).detail).toBe('the export says 共1笔记录 but {{read}} data rows were read');
  });

  it('fills a slot with no value as itself rather than "undefined"', () => {
    expect(fillTemplate('a {{x}} b {{y}}', { x: 1 })).toBe('a 1 b {{y}}');
  });
});

describe('issues built by the importing code carry their message', () => {
  it('a repeated provider id (pipeline)', () => {
    const toy: Importer = {
      meta: { id: 'generic', label: 'toy', encodings: ['utf-8'], layouts: [{ id: 'toy', required: ['Ref', 'Amount'] }] },
      begin: (ctx) => ({
        row: (cells, line) =>
          ctx.emit({ occurredAt: '2024-01-01T00:00:00+08:00', amountMinor: Number(cells[1]), currency: 'CNY', counterparty: 's', description: '', status: 'completed', direction: 'in', externalId: cells[0]! }, line, cells),
      }),
    };
    const sink = createRowSink({ fileName: 'f.csv', importers: [toy], zone: '+08:00' });
    [['Ref', 'Amount'], ['T1', '5'], ['T1', '5']].forEach((r, i) => sink.push(r, i + 1));
    expect(sink.end('abc').issues).toEqual([
      { line: 3, code: 'duplicate-id', detail: 'transaction T1 already appears on line 2; this row was not imported again', message: { id: 'duplicate-id', params: { id: 'T1', first: 2 } } },
    ]);
  });

  it('a statement count that disagrees, and a bad amount', () => {
    const issues: RowIssue[] = [];
    const ctx = {
      preamble: [['共66笔记录']],
      setAccountHint: () => undefined,
      issue: (line, code, detail) => void issues.push(typeof detail === 'string' ? { line, code, detail } : { line, code, ...detail }),
    } as Partial<ParseContext> as ParseContext;
    const summary = new StatementSummary(ctx, []);
    summary.rows = 10;
    summary.check();
    expect(issues).toEqual([
      { line: 0, code: 'count-mismatch', detail: 'the export says 共66笔记录 but 10 data rows were read', message: { id: 'count-mismatch', params: { declared: 66, read: 10 } } },
    ]);
    expect(amountIssue('¥abc', '金额(元)')).toEqual({
      detail: '金额(元): not an amount: "¥abc"',
      message: { id: 'amount-invalid', params: { column: '金额(元)', text: '¥abc', reason: 'not an amount: "¥abc"' } },
    });
  });
});
