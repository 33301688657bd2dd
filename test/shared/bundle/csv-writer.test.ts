import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, maskAccount, neutralise, toCsvText, toJsonText, type CsvColumn } from '../../../shared/bundle/csv-writer';

describe('neutralise (formula injection)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['\0x', "'\0x"],
    ['  =cmd|calc', "'  =cmd|calc"],
    ['=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'],
    ['a=b', 'a=b'],
    ['Coffee', 'Coffee'],
    ['', ''],
    ['淘宝-订单', '淘宝-订单'],
  ])('%j → %j', (input, out) => {
    expect(neutralise(input)).toBe(out);
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+2";=1+2', 'text', `"'=1+2"";=1+2"`], // OWASP's example
    ['a,b', 'text', '"a,b"'],
    ['a;b', 'text', '"a;b"'],
    ['line\nbreak', 'text', '"line\nbreak"'],
    [' padded', 'text', '" padded"'],
    ['say "hi"', 'text', '"say ""hi"""'],
    ['-5000.00', 'number', '-5000.00'],
    ['12', 'number', '12'],
    [undefined, 'number', ''],
    ['2024-03-05T10:00:00+08:00', 'date', '2024-03-05T10:00:00+08:00'],
  ] as const)('%j (%s) → %j', (value, kind, out) => {
    expect(csvCell(value, kind)).toBe(out);
  });

  it.each(['=1+2', '1e5', '1,000.00', '-', ' 12', 'NaN'])('refuses %j in a numeric column', (v) => {
    expect(() => csvCell(v, 'number', 'amount')).toThrow(/amount/);
  });
});

interface Row { name: string; amount: string }
const cols: CsvColumn<Row>[] = [
  { header: 'name', kind: 'text', value: (r) => r.name },
  { header: 'amount', kind: 'number', value: (r) => r.amount },
];
const rows: Row[] = [
  { name: '=2+5', amount: '-12.50' },
  { name: '王五, "老板"', amount: '8800.00' },
  { name: 'multi\r\nline', amount: '0.01' },
];

describe('toCsvText', () => {
  const csv = toCsvText(cols, rows);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\ufeffname,amount\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('reads back as RFC 4180 with only the apostrophe added to formula-like text', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1, 4)).toEqual([["'=2+5", '-12.50'], ['王五, "老板"', '8800.00'], ['multi\r\nline', '0.01']]);
  });

  it('has a JSON twin with the values unaltered', () => {
    expect(JSON.parse(toJsonText(cols, rows))).toEqual(rows);
  });
});

describe('maskAccount', () => {
  it.each([
    ['6222021234567890', '************7890'],
    ['6222 0212 3456 7890', '**** **** **** 7890'],
    ['138****1234', '*******1234'],
    ['john.doe@example.com', 'j*******@example.com'],
    ['a@b.c', 'a*@b.c'],
    ['123', '123'],
    ['GB29NWBK60161331926819', '******************6819'],
  ])('%s → %s', (input, out) => {
    expect(maskAccount(input)).toBe(out);
  });
});
