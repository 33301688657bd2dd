// Golden test for the JD 京东 importer on our own fixture (UTF-8 with BOM, TABs after times and ids).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, importFixture, summarise } from './china/fixtures';

const JD = 'jd-2024.csv';
const base = { counterparty: '京东平台商户' };

describe('jd statement 2024', () => {
  it('reads refunds written into the amount cell and signs amounts from 收/支', async () => {
    const f = await importFixture(JD);
    expect([f.importer, f.layout, f.encoding, f.accountId, f.rows]).toEqual(['jd', 'statement-2024', 'utf-8', 'jd_test_user', 11]);
    expect(f.transactions.map(summarise)).toEqual([
      // Partly refunded: the amount charged stands; the refund is its own row (next).
      { ...base, line: 17, id: 'jd:310000000001', externalId: '310000000001', occurredAt: '2024-12-28T13:27:56+08:00', amountMinor: -13177,
        direction: 'out', status: 'completed', description: '卫衣 等多件 (已退款 ¥89.84)', method: '中国银行信用卡(1875)', category: '服饰内衣' },
      { ...base, line: 18, id: 'jd:310000000002', externalId: '310000000002', occurredAt: '2024-12-28T13:28:32+08:00', amountMinor: 8984,
        direction: 'neutral', status: 'refunded', description: '退款-卫衣', method: '中国银行信用卡(1875)', category: '网购' },
      { ...base, line: 19, id: 'jd:310000000003', externalId: '310000000003', occurredAt: '2024-12-24T22:33:07+08:00', amountMinor: 46832,
        direction: 'neutral', status: 'refunded', description: '登山裤 等多件', method: '中国银行信用卡(1875)', category: '运动户外' },
      // Refunded down to the last fen counts as a full refund.
      { ...base, line: 20, id: 'jd:310000000004', externalId: '310000000004', occurredAt: '2024-12-05T22:49:55+08:00', amountMinor: -23561,
        direction: 'out', status: 'refunded', description: '硬盘盒', method: '中国银行信用卡(1341)', category: '电脑办公' },
      { ...base, line: 21, id: 'jd:310000000005', externalId: '310000000005', occurredAt: '2024-12-06T10:00:00+08:00', amountMinor: -5000,
        direction: 'out', status: 'completed', description: '手套 (已退款 ¥10.00)', method: '钱包余额', category: '服饰内衣' },
      { ...base, line: 22, id: 'jd:310000000006', externalId: '310000000006', occurredAt: '2024-12-07T10:00:00+08:00', amountMinor: 3000,
        direction: 'in', status: 'completed', description: '转账', method: '钱包余额', category: '转账' },
      // Another remark in the amount cell stays readable in the description.
      { line: 23, id: 'jd:JDX310000000007', externalId: 'JDX310000000007', occurredAt: '2024-12-08T10:00:00+08:00', amountMinor: -1200,
        direction: 'out', status: 'completed', counterparty: '京东物流', description: '寄件 (含保价)', method: '钱包余额', category: '收发快递' },
      { ...base, line: 24, id: 'jd:310000000008', externalId: '310000000008', occurredAt: '2024-12-26T22:35:50+08:00', amountMinor: 0,
        direction: 'neutral', status: 'completed', description: '蜜柚', method: '先享后付', category: '先享后付' },
    ]);
  });

  it('reports bad rows on their lines and agrees with 共：N笔记录', async () => {
    const f = await importFixture(JD);
    expect(f.issues).toMatchObject([
      { line: 25, code: 'bad-amount', detail: '金额: not an amount: "abc(已退款1.00)"' },
      { line: 26, code: 'bad-date', detail: 'impossible date "2024-11-31 10:00:00"' },
      { line: 27, code: 'ragged-row', detail: 'the row has 2 cells; the header has 11' },
    ]);
  });

  it('reports a count that disagrees', async () => {
    const text = readFileSync(path.join(FIXTURES, JD), 'utf8').replace('共：11笔记录', '共：26笔记录');
    const f = await importFixture(JD, new TextEncoder().encode(text));
    expect(f.issues.filter((i) => i.code === 'count-mismatch')).toMatchObject([
      { line: 0, code: 'count-mismatch', detail: 'the export says 共26笔记录 but 11 data rows were read' },
    ]);
  });
});
