import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readXlsxSheets } from '../../../shared/archive/xlsx';
import { isDateFormat, numberText, serialToWallTime } from '../../../shared/archive/xlsx-cells';
import { makeXlsx } from './zip-helpers';

const PEERS = resolve(__dirname, '../../../../shared/fixtures/peers/wechat');

describe('readXlsxSheets', () => {
  it('reads inline strings, numbers and keeps row numbers', () => {
    const rows = readXlsxSheets('t.xlsx', makeXlsx([['交易时间', '金额(元)'], ['2025-01-02 03:04:05', 28.16], ['x & <y>', 0.1 + 0.2]]));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Data');
    expect(rows[0]!.rows).toEqual([['交易时间', '金额(元)'], ['2025-01-02 03:04:05', '28.16'], ['x & <y>', '0.3']]);
  });

  it('turns date-formatted serials into the wall time the sheet shows', () => {
    const sheet = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45658.5</v></c><c r="B1"><v>45658.5</v></c></row></sheetData></worksheet>';
    const styles = '<?xml version="1.0"?><styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>';
    const rows = readXlsxSheets('d.xlsx', makeXlsx([], { 'xl/worksheets/sheet1.xml': sheet, 'xl/styles.xml': styles }))[0]!.rows;
    expect(rows[0]).toEqual(['2025-01-01 12:00:00', '45658.5']);
  });

  it('refuses a DTD (billion laughs) in any part', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>';
    expect(() => readXlsxSheets('l.xlsx', makeXlsx([['a']], { 'xl/sharedStrings.xml': laughs }))).toThrow(/l\.xlsx: .*DTD/);
  });

  it('refuses a part that inflates like a bomb', () => {
    const big = new Uint8Array(40 * 1024 * 1024).fill(32);
    const parts = { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': big };
    expect(() => readXlsxSheets('b.xlsx', zipSync(parts, { level: 9 }))).toThrow(/zip bomb/);
  });

  it('rejects a damaged workbook with a message naming it', () => {
    const bytes = makeXlsx([['a']]).slice(0, 60);
    expect(() => readXlsxSheets('broken.xlsx', bytes)).toThrow(/^broken\.xlsx: /);
  });

  it.skipIf(!existsSync(PEERS))('reads both sheets of the 2026 WeChat sample, numeric amounts as text', () => {
    const sheets = readXlsxSheets('w.xlsx', readFileSync(`${PEERS}/wechat-xlsx-2026-numeric-amount.xlsx`));
    const numeric = sheets.find((s) => s.rows.some((r) => r[5] === '28.16'));
    expect(numeric).toBeDefined();
    const header = numeric!.rows.findIndex((r) => r[0] === '交易时间');
    expect(numeric!.rows[header]).toContain('金额(元)');
  });
});

describe('cell helpers', () => {
  it.each([
    [14, undefined, true], [22, undefined, true], [0, undefined, false], [166, '\\¥#,##0.00', false],
    [170, 'yyyy-mm-dd hh:mm:ss', true], [171, '"d"0.00', false], [172, '[Red]0.00', false],
  ])('isDateFormat(%d, %s) = %s', (id, code, want) => expect(isDateFormat(id, code)).toBe(want));
  it('keeps what the sheet shows of a double', () => {
    expect(numberText('28.160000000000004')).toBe('28.16');
    expect(numberText('50')).toBe('50');
    expect(numberText('1E-3')).toBe('0.001');
  });
  it('converts serials without a zone shift', () => {
    expect(serialToWallTime(43734.5315625)).toBe('2019-09-26 12:45:27');
  });
});
