// Golden test for the Meituan 美团 importer on our own fixture (UTF-8 with BOM, CRLF, `""` separator lines).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, importFixture, summarise } from './china/fixtures';

const MT = 'meituan-2025.csv';

describe('meituan bill 2025', () => {
  it('charges 实付金额, dates by 交易成功时间 and reads the state from 交易类型', async () => {
    const f = await importFixture(MT);
    expect([f.importer, f.layout, f.encoding, f.accountId, f.rows]).toEqual(['meituan', 'bill-2025', 'utf-8', 'MT_TEST_01', 7]);
    expect(f.transactions.map(summarise)).toEqual([
      // 订单金额 ¥22.30, 实付金额 ¥21.17: the discounted amount is what left the account.
      { line: 18, id: 'meituan:25022811100401670006000394160001', externalId: '25022811100401670006000394160001',
        occurredAt: '2025-02-28T20:35:25+08:00', amountMinor: -2117, direction: 'out', status: 'completed',
        counterparty: '喜茶（万科广场店）', description: '喜茶（万科广场店） 订单详情', method: '美团月付', kind: '支付' },
      { line: 19, id: 'meituan:2502270181541103440002', externalId: '2502270181541103440002', occurredAt: '2025-02-27T07:04:18+08:00',
        amountMinor: 2000, direction: 'in', status: 'refunded', counterparty: '【爆款回归】葡式蛋挞6只', description: '【爆款回归】葡式蛋挞6只',
        method: '中国银行信用卡(1875)', kind: '退款' },
      // Paying off 美团月付 repeats spending already in the bill, so it must not count twice in totals.
      { line: 20, id: 'meituan:25021211100401670003883284990003', externalId: '25021211100401670003883284990003',
        occurredAt: '2025-02-12T20:59:20+08:00', amountMinor: -4812, direction: 'out', status: 'completed',
        counterparty: '【美团月付】主动还款2025年3月账单', description: '【美团月付】主动还款2025年3月账单', method: '中国银行储蓄卡(3147)',
        kind: '还款', mirror: true },
      // No 交易成功时间 yet: pending, dated by its creation.
      { line: 21, id: 'meituan:25021011100401670003883284990004', externalId: '25021011100401670003883284990004',
        occurredAt: '2025-02-10T12:00:00+08:00', amountMinor: -2160, direction: 'out', status: 'pending', counterparty: '麻辣烫',
        description: '麻辣烫 订单详情', method: '微信支付', kind: '支付' },
      { line: 24, id: 'meituan:25020711100401670003883284990007', externalId: '25020711100401670003883284990007',
        occurredAt: '2025-02-07T12:00:05+08:00', amountMinor: -1920, direction: 'out', status: 'completed', counterparty: '奶茶&果茶8选1',
        description: '奶茶&果茶8选1', method: '微信支付', kind: '支付' },
    ]);
  });

  it('reports bad rows on their lines and agrees with 共：N笔记录', async () => {
    const f = await importFixture(MT);
    expect(f.issues).toMatchObject([
      { line: 22, code: 'bad-amount', detail: '实付金额: not an amount: "¥十九"' },
      { line: 23, code: 'ragged-row', detail: 'the row has 4 cells; the header has 11' },
    ]);
  });

  it('reports a count that disagrees', async () => {
    const text = readFileSync(path.join(FIXTURES, MT), 'utf8').replace('共：7笔记录', '共：8笔记录');
    const f = await importFixture(MT, new TextEncoder().encode(text));
    expect(f.issues.filter((i) => i.code === 'count-mismatch')).toMatchObject([
      { line: 0, code: 'count-mismatch', detail: 'the export says 共8笔记录 but 7 data rows were read' },
    ]);
  });
});
