import { describe, expect, it } from 'vitest';
import { importBytes, type FileImport } from '../../../shared/importing/import-file';
import { ImportError } from '../../../shared/importing/errors';
import { mergeInto } from '../../../shared/importing/dedupe';
import type { MappingProfile } from '../../../shared/importers/generic';

const enc = new TextEncoder();
const base: MappingProfile = { name: 'Test bank', columns: { date: 'Date', amount: 'Amount', description: 'Memo' }, currency: 'EUR', zone: '+01:00' };

async function run(csv: string, profile: Partial<MappingProfile> & Pick<MappingProfile, 'columns'>): Promise<FileImport> {
  const [f] = await importBytes('bank.csv', enc.encode(csv), { mapping: { ...base, ...profile } as MappingProfile, zone: 'UTC' });
  return f!;
}
const brief = (f: FileImport) => f.transactions.map((t) => [t.occurredAt, t.amountMinor, t.currency, t.direction]);

describe('mapping importer: where the money is', () => {
  it.each([
    {
      what: 'a signed amount',
      csv: 'Date,Amount,Memo\n2024-03-01,-12.50,Shop\n2024-03-02,100,Salary\n',
      profile: { columns: base.columns },
      want: [['2024-03-01T00:00:00+01:00', -1250, 'EUR', 'out'], ['2024-03-02T00:00:00+01:00', 10000, 'EUR', 'in']],
    },
    {
      what: 'debit and credit columns (either may be empty, or a dash)',
      csv: 'Date,Out,In,Memo\n2024-03-01,12.50,,Shop\n2024-03-02,-,100.00,Salary\n',
      profile: { columns: { date: 'Date', debit: 'Out', credit: 'In', description: 'Memo' } },
      want: [['2024-03-01T00:00:00+01:00', -1250, 'EUR', 'out'], ['2024-03-02T00:00:00+01:00', 10000, 'EUR', 'in']],
    },
    {
      what: 'an unsigned amount with a direction column (prefix values with *)',
      csv: 'Date,Amount,Memo,DC\n2024-03-01,12.50,Shop,借 Dr\n2024-03-02,100,Salary,贷 Cr\n2024-03-03,7,Move,Internal transfer\n',
      profile: { columns: { ...base.columns, direction: 'DC' }, directionValues: { out: ['借*'], in: ['贷 cr'], neutral: ['internal*'] } },
      want: [['2024-03-01T00:00:00+01:00', -1250, 'EUR', 'out'], ['2024-03-02T00:00:00+01:00', 10000, 'EUR', 'in'], ['2024-03-03T00:00:00+01:00', 700, 'EUR', 'neutral']],
    },
    {
      what: 'a card statement where charges are positive',
      csv: 'Date,Amount,Memo\n2024-03-01,12.50,Shop\n2024-03-02,-30,Payment\n',
      profile: { columns: base.columns, negateAmounts: true },
      want: [['2024-03-01T00:00:00+01:00', -1250, 'EUR', 'out'], ['2024-03-02T00:00:00+01:00', 3000, 'EUR', 'in']],
    },
    {
      what: 'the currency inside the amount cell, and a decimal comma',
      csv: 'Date;Amount;Memo\n2024-03-01;JPY 1000;Suica\n2024-03-02;-1.234,56;Rent\n',
      profile: { columns: base.columns, decimalMark: ',' as const },
      want: [['2024-03-01T00:00:00+01:00', 1000, 'JPY', 'in'], ['2024-03-02T00:00:00+01:00', -123456, 'EUR', 'out']],
    },
    {
      what: 'a currency column written as a name',
      csv: 'Date,Amount,Memo,Cur\n2024-03-01,-1,Shop,人民币\n2024-03-01,-1,Shop,Pfund\n',
      profile: { columns: { ...base.columns, currency: 'Cur' }, currencyAliases: { Pfund: 'GBP' } },
      want: [['2024-03-01T00:00:00+01:00', -100, 'CNY', 'out'], ['2024-03-01T00:00:00+01:00', -100, 'GBP', 'out']],
    },
  ])('reads $what', async ({ csv, profile, want }) => {
    const f = await run(csv, profile);
    expect(f.issues).toEqual([]);
    expect(f.importer).toBe('generic');
    expect(brief(f)).toEqual(want);
  });
});

describe('mapping importer: dates', () => {
  it.each([
    { fmt: { dateFormat: 'YYYYMMDD' }, cell: '20240131', want: '2024-01-31T00:00:00+01:00' },
    { fmt: { dateFormat: 'MM/DD/YYYY' }, cell: '05/01/2023', want: '2023-05-01T00:00:00+01:00' },
    { fmt: { dateFormat: 'DD/MM/YYYY' }, cell: '05/01/2023', want: '2023-01-05T00:00:00+01:00' },
    { fmt: { dateFormat: 'YYYY/MM/DD HH:mm:ss' }, cell: '2025/12/01  08:05:09', want: '2025-12-01T08:05:09+01:00' },
    { fmt: { dateFormat: 'D.M.YYYY H:mm' }, cell: '1.2.2024 7:30', want: '2024-02-01T07:30:00+01:00' },
    { fmt: { dateOrder: 'dmy' as const }, cell: '05/01/2023', want: '2023-01-05T00:00:00+01:00' },
    { fmt: {}, cell: '2024-01-31 10:00:00', want: '2024-01-31T10:00:00+01:00' },
  ])('$cell with $fmt', async ({ fmt, cell, want }) => {
    const f = await run(`Date,Amount,Memo\n${cell},1,x\n`, { columns: base.columns, ...fmt });
    expect(f.issues).toEqual([]);
    expect(f.transactions[0]!.occurredAt).toBe(want);
  });

  it('joins a separate time column read with its own format, and allows an empty time', async () => {
    const f = await run('Date,Time,Amount,Memo\n20240101,123456,1,x\n20240102,,1,y\n', {
      columns: { ...base.columns, time: 'Time' }, dateFormat: 'YYYYMMDD', timeFormat: 'HHmmss',
    });
    expect(f.issues).toEqual([]);
    expect(f.transactions.map((t) => t.occurredAt)).toEqual(['2024-01-01T12:34:56+01:00', '2024-01-02T00:00:00+01:00']);
  });

  it('uses the profile zone, else the import zone (an IANA zone follows DST)', async () => {
    const csv = 'Date,Amount,Memo\n2024-07-01 12:00:00,1,x\n';
    expect((await run(csv, { columns: base.columns, zone: 'America/Toronto' })).transactions[0]!.occurredAt).toBe('2024-07-01T12:00:00-04:00');
    const [f] = await importBytes('b.csv', enc.encode(csv), { mapping: { name: 'n', columns: base.columns, currency: 'EUR' }, zone: 'Asia/Tokyo' });
    expect(f!.transactions[0]!.occurredAt).toBe('2024-07-01T12:00:00+09:00');
  });

  it.each([
    { fmt: {}, cell: '05/01/2023', code: 'ambiguous-date', detail: /dateOrder/ },
    { fmt: { dateFormat: 'YYYY-MM-DD' }, cell: '2023-02-30', code: 'bad-date', detail: /impossible date/ },
    { fmt: { dateFormat: 'YYYY-MM-DD' }, cell: '30.01.2023', code: 'bad-date', detail: /does not match the date format YYYY-MM-DD/ },
    { fmt: {}, cell: '', code: 'missing-field', detail: /date cell is empty/ },
  ])('reports "$cell" ($code) instead of guessing', async ({ fmt, cell, code, detail }) => {
    const f = await run(`Date,Amount,Memo\n2024-01-01,1,ok\n${cell},1,x\n`, { columns: base.columns, ...fmt });
    expect(f.transactions).toHaveLength(1);
    expect(f.issues).toMatchObject([{ line: 3, code, detail: expect.stringMatching(detail) }]);
  });
});

describe('mapping importer: rows and cells', () => {
  it('reads a header-less file by column positions, from its first line', async () => {
    const f = await run('05/01/2023,SHOP A,1.96,,13.04\n05/03/2023,SALARY,,332.22,345.26\n', {
      hasHeader: false, columns: { date: 0, description: 1, debit: 2, credit: 3, balance: 4 }, dateFormat: 'MM/DD/YYYY',
    });
    expect(f.rows).toBe(2);
    expect(f.transactions.map((t) => [t.source.line, t.amountMinor, t.balanceMinor, t.description])).toEqual([
      [1, -196, 1304, 'SHOP A'], [2, 33222, 34526, 'SALARY'],
    ]);
  });

  it('skips summary rows matching skipRowsMatching and blank padded rows, without counting them', async () => {
    const f = await run('Date,Amount,Memo\n2024-01-01,-1,a\n小计,,\n , \n2024-01-02,-2,b\n合计金额,-3,\n', {
      columns: base.columns, skipRowsMatching: ['^[^,]*计'],
    });
    expect(f.rows).toBe(2);
    expect(f.issues).toEqual([]);
    expect(f.transactions.map((t) => t.amountMinor)).toEqual([-100, -200]);
  });

  it('finds the header after preamble lines and names the account after the profile', async () => {
    const f = await run('Statement for 1234\n\nDate,Amount,Memo\n2024-01-01,-1,a\n', { columns: base.columns });
    expect(f.transactions[0]!.source.line).toBe(4);
    expect(f.accountId).toBe('Test bank');
    expect((await run('Date,Amount,Memo\n2024-01-01,-1,a\n', { columns: base.columns, account: 'Joint' })).accountId).toBe('Joint');
  });

  it('maps id, balance, status, type, several description columns, and keeps ids as text', async () => {
    const f = await run('Ref,Date,Amount,Memo,Note,Bal,State,Kind,Who\n007,2024-01-01,-1,a,b,99.5,POSTED,Card,Shop\n', {
      columns: { date: 'Date', amount: 'Amount', id: 'Ref', description: ['Memo', 'Note'], balance: 'Bal', status: 'State', type: 'Kind', counterparty: 'Who' },
    });
    expect(f.transactions[0]).toMatchObject({
      id: 'generic:Test bank:007', externalId: '007', description: 'a b', counterparty: 'Shop', balanceMinor: 9950, status: 'completed', kind: 'Card',
    });
  });

  it('scopes ids by the mapping, so two banks with the same transaction number do not meet', async () => {
    const csv = 'Ref,Date,Amount,Memo\n0001,2024-01-01,-1,a\n';
    const columns = { date: 'Date', amount: 'Amount', id: 'Ref', description: 'Memo' };
    const a = (await run(csv, { columns, name: 'Bank A' })).transactions[0]!;
    const b = (await run(csv, { columns, name: 'Bank B' })).transactions[0]!;
    expect([a.id, b.id]).toEqual(['generic:Bank A:0001', 'generic:Bank B:0001']);
    expect([a.externalId, b.externalId]).toEqual(['0001', '0001']);
    const known = new Map([[a.id, a]]);
    expect(mergeInto(known, [b])).toMatchObject({ added: [b], duplicates: [], conflicts: [] });
  });

  it.each([
    { row: '2024-01-01,abc,x', code: 'bad-amount', detail: /not an amount/ },
    { row: '2024-01-01,,x', code: 'missing-field', detail: /amount cell is empty/ },
    { row: '2024-01-01,1e5,x', code: 'bad-amount', detail: /not an amount/ },
  ])('reports a bad amount: $row', async ({ row, code, detail }) => {
    const f = await run(`Date,Amount,Memo\n${row}\n`, { columns: base.columns });
    expect(f.transactions).toEqual([]);
    expect(f.issues).toMatchObject([{ line: 2, code, detail: expect.stringMatching(detail) }]);
  });

  it('reports both debit and credit filled, an unknown direction, an unknown currency and an unknown status', async () => {
    const f = await run(
      'Date,Out,In,Memo,DC,Cur,St\n2024-01-01,1,2,x,D,EUR,ok\n2024-01-01,1,,x,?,EUR,ok\n2024-01-01,1,,x,D,Taler,ok\n2024-01-01,1,,x,D,EUR,weird\n',
      { columns: { date: 'Date', debit: 'Out', credit: 'In', description: 'Memo', currency: 'Cur', status: 'St' }, statusMap: { ok: 'completed' } },
    );
    expect(f.issues.map((i) => [i.line, i.code])).toEqual([[2, 'bad-amount'], [4, 'missing-field'], [5, 'unknown-type']]);
    // An unknown status is imported, as pending, so that nothing is lost.
    expect(f.transactions.map((t) => t.status)).toEqual(['completed', 'pending']);
  });

  it('rejects a file that lacks the columns the mapping names, listing them', async () => {
    const err = await importBytes('x.csv', enc.encode('When,How much\n2024-01-01,1\n'), { mapping: base }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(/^x\.csv: .*mapping "Test bank".*Date, Amount, Memo/);
  });
});
