// Golden tests for the WeChat Pay importer: CSV (2019 plain, 2020 Excel-re-saved with BOM and CRLF) and the
// rows that the 2025 (text amounts) and 2026 (number amounts) workbooks give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, importFixture, importRows, summarise } from './china/fixtures';

const CSV19 = 'wechat-2019.csv';
const EXCEL = 'wechat-2020-excel-bom.csv';
const rowsOf = (name: string): string[][] => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as string[][];

describe('wechat pay CSV 2019', () => {
  it('imports every good row: signs from 收/支, `/` as empty, fees from 备注, refunds from 当前状态', async () => {
    const f = await importFixture(CSV19);
    expect([f.importer, f.layout, f.encoding, f.accountId, f.rows]).toEqual(['wechat-pay', 'bill-2019', 'utf-8', '小明', 11]);
    expect(f.transactions.map(summarise)).toEqual([
      { line: 18, id: 'wechat-pay:4200000001202405020000000001', externalId: '4200000001202405020000000001',
        occurredAt: '2024-05-02T12:45:27+08:00', amountMinor: -2816, direction: 'out', status: 'completed', counterparty: '面馆',
        description: '总共消费:28.16', method: '中国银行(1234)', kind: '商户消费' },
      { line: 19, id: 'wechat-pay:10000399012024050300000000000002', externalId: '10000399012024050300000000000002',
        occurredAt: '2024-05-03T10:10:11+08:00', amountMinor: 35, direction: 'in', status: 'completed', counterparty: '好友',
        description: '', kind: '微信红包' },
      { line: 20, id: 'wechat-pay:207240504100077148235523883175', externalId: '207240504100077148235523883175',
        occurredAt: '2024-05-04T09:00:00+08:00', amountMinor: 10010, direction: 'neutral', status: 'completed',
        counterparty: '招商银行(1111)', description: '', method: '零钱', kind: '零钱提现', feeMinor: 10 },
      // Partly refunded: the payment stands and says how much came back.
      { line: 21, id: 'wechat-pay:4200000002202405050000000003', externalId: '4200000002202405050000000003',
        occurredAt: '2024-05-05T18:00:00+08:00', amountMinor: -15058, direction: 'out', status: 'completed',
        counterparty: '京东商城平台商户', description: '京东-订单编号233 (已退款 ¥50.00)', method: '招商银行(1111)', kind: '商户消费' },
      { line: 22, id: 'wechat-pay:5030060557202405060000000004', externalId: '5030060557202405060000000004',
        occurredAt: '2024-05-06T18:00:00+08:00', amountMinor: 5000, direction: 'in', status: 'refunded',
        counterparty: '京东商城平台商户', description: '京东-订单编号233', method: '招商银行(1111)', kind: '京东-退款' },
      { line: 23, id: 'wechat-pay:4200000003202405070000000005', externalId: '4200000003202405070000000005',
        occurredAt: '2024-05-07T20:00:00+08:00', amountMinor: -74200, direction: 'out', status: 'refunded',
        counterparty: '同程旅行', description: '同程旅行', method: '建设银行(2222)', kind: '商户消费' },
      // A 交易类型 nobody has seen yet imports as it is.
      { line: 24, id: 'wechat-pay:4200000004202405080000000006', externalId: '4200000004202405080000000006',
        occurredAt: '2024-05-08T08:00:00+08:00', amountMinor: -100, direction: 'out', status: 'completed', counterparty: '某平台',
        description: '', method: '零钱', kind: '新的交易类型' },
      { line: 28, id: 'wechat-pay:1800007001202405110000000009', externalId: '1800007001202405110000000009',
        occurredAt: '2024-05-11T08:00:00+08:00', amountMinor: 20000, direction: 'neutral', status: 'completed', counterparty: '',
        description: '', method: '零钱', kind: '转入零钱通-来自零钱' },
    ]);
  });

  it('turns bad rows into issues on their lines; the count agrees so there is no mismatch', async () => {
    const f = await importFixture(CSV19);
    expect(f.issues).toMatchObject([
      { line: 25, code: 'bad-amount', detail: '金额(元): not an amount: "¥abc"' },
      { line: 26, code: 'bad-date', detail: 'impossible date "2024-02-30 08:00:00"' },
      { line: 27, code: 'ragged-row', detail: 'the row has 3 cells; the header has 11' },
    ]);
  });

  it('reports a 共N笔记录 that disagrees with the rows read', async () => {
    const text = readFileSync(path.join(FIXTURES, CSV19), 'utf8').replace('共11笔记录', '共12笔记录');
    const f = await importFixture(CSV19, new TextEncoder().encode(text));
    expect(f.issues.filter((i) => i.code === 'count-mismatch')).toMatchObject([
      { line: 0, code: 'count-mismatch', detail: 'the export says 共12笔记录 but 11 data rows were read' },
    ]);
  });
});

describe('wechat pay CSV re-saved by a spreadsheet (BOM, CRLF, `2020.9.6 16:59`)', () => {
  it('reads the shortened times as China time and keeps a row whose id was lost, under a content id', async () => {
    const f = await importFixture(EXCEL);
    expect([f.importer, f.encoding, f.accountId]).toEqual(['wechat-pay', 'utf-8', '微']);
    expect(f.transactions.map((t) => [t.source.line, t.externalId, t.occurredAt, t.amountMinor, t.direction])).toEqual([
      [18, '100004990120090600090332461714765274', '2020-09-06T16:59:00+08:00', -2000, 'out'],
      [19, '4200000686202009066696686773', '2020-09-06T09:05:00+08:00', -15058, 'out'],
      [20, '10000499012020090500751007550211', '2020-09-05T21:34:00+08:00', 67000, 'in'],
      [21, undefined, '2020-09-05T18:16:00+08:00', -2000, 'out'],
    ]);
    expect(f.transactions[3]!.id).toMatch(/^wechat-pay:h:[0-9a-f]{32}$/);
    expect(f.issues).toMatchObject([
      { line: 21, code: 'lossy-id', detail: 'order number "4.20000067620200E+27" was shortened by a spreadsheet; the row is kept without it' },
    ]);
  });

  it('gives the lossy row the same content id on a second import', async () => {
    const [a, b] = [await importFixture(EXCEL), await importFixture(EXCEL)];
    expect(a.transactions.map((t) => t.id)).toEqual(b.transactions.map((t) => t.id));
  });
});

describe.each([
  ['wechat-xlsx-2025.rows.json', 18],
  ['wechat-xlsx-2026.rows.json', 19],
])('wechat pay workbook rows %s', (name, firstLine) => {
  it('reads text and number amounts, untrimmed ids and the refund in 当前状态 alike', () => {
    const f = importRows(name, rowsOf(name));
    expect([f.importer, f.layout, f.accountId, f.rows]).toEqual(['wechat-pay', 'bill-2019', '阿花', 5]);
    expect(f.transactions.map((t) => [t.source.line, t.externalId, t.occurredAt, t.amountMinor, t.direction, t.status, t.feeMinor, t.description]))
      .toEqual([
        [firstLine, '4200002001202506020000000001', '2025-06-02T12:45:27+08:00', -2816, 'out', 'completed', undefined, '拿铁'],
        [firstLine + 1, '1000050001202506030000000002', '2025-06-03T10:10:11+08:00', 5000, 'in', 'completed', undefined, '转账备注:微信转账'],
        [firstLine + 2, '207250604100077148235523883003', '2025-06-04T09:00:00+08:00', 10010, 'neutral', 'completed', 10, ''],
        [firstLine + 3, '4200002001202506050000000004', '2025-06-05T18:00:00+08:00', -9960, 'out', 'completed', undefined, '日用品 (已退款 ¥20.00)'],
        [firstLine + 4, '1000039901202506060000000005', '2025-06-06T07:30:00+08:00', -250, 'out', 'completed', undefined, '收款方备注:二维码收款'],
      ]);
    // The trailing empty row is neither data nor a problem, so 共5笔记录 holds.
    expect(f.issues).toEqual([]);
  });
});

describe('wechat pay number cells printed in full by a workbook reader', () => {
  it('takes the shortest text of the double, as the exporter wrote it', () => {
    const rows = rowsOf('wechat-xlsx-2026.rows.json');
    // 17 significant digits: every double prints this way, and reads back as the same double.
    rows[18]![5] = (28.16).toPrecision(17);
    rows[19]![5] = (0.05).toExponential(16).toUpperCase();
    rows[20]![5] = (100.1).toPrecision(17);
    const f = importRows('x.xlsx', rows);
    expect(rows.slice(18, 21).map((r) => r[5])).toEqual(['28.160000000000000', '5.0000000000000003E-2', '100.09999999999999']);
    expect(f.transactions.slice(0, 3).map((t) => t.amountMinor)).toEqual([-2816, 5, 10010]);
    expect(f.issues).toEqual([]);
  });
});
