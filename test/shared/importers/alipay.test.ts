// Golden tests for the Alipay importer, one per layout, on our own GB18030 fixtures.
import { describe, expect, it } from 'vitest';
import { editedGbk, importFixture, importRows, summarise } from './china/fixtures';

const WEB = 'alipay-web-2019.gbk.csv';
const APP21 = 'alipay-app-2021.gbk.csv';
const APP23 = 'alipay-app-2023.gbk.csv';

describe('alipay web 2019 (交易记录明细查询)', () => {
  it('imports every good row with signed fen, China time, ids, fees and refund links', async () => {
    const f = await importFixture(WEB);
    // Nine data rows: the trailer after the dashed rule is not data.
    expect([f.importer, f.layout, f.encoding, f.accountId, f.rows]).toEqual(['alipay', 'web-2019', 'gb18030', 'wallet@example.cn', 9]);
    expect(f.transactions.map(summarise)).toEqual([
      { line: 6, id: 'alipay:2024011522001400001', externalId: '2024011522001400001', occurredAt: '2024-01-15T12:30:05+08:00',
        amountMinor: -3250, direction: 'out', status: 'completed', counterparty: '咖啡店', description: '拿铁', kind: '即时到账交易' },
      { line: 7, id: 'alipay:2024011622001400002', externalId: '2024011622001400002', occurredAt: '2024-01-16T09:00:00+08:00',
        amountMinor: -12000, direction: 'out', status: 'completed', counterparty: '书店', description: '三本书 (已退款 ¥45.00)', kind: '支付宝担保交易' },
      { line: 8, id: 'alipay:2024011622001400002_1705550000', externalId: '2024011622001400002_1705550000',
        occurredAt: '2024-01-18T10:00:00+08:00', amountMinor: 4500, direction: 'neutral', status: 'refunded', counterparty: '书店',
        description: '退款-三本书', kind: '支付宝担保交易', relatedId: 'alipay:2024011622001400002' },
      { line: 9, id: 'alipay:2024012022001400003', externalId: '2024012022001400003', occurredAt: '2024-01-20T08:00:00+08:00',
        amountMinor: 100000, direction: 'in', status: 'completed', counterparty: '张三', description: '转账', kind: '即时到账交易', feeMinor: 150 },
      { line: 10, id: 'alipay:2024012122001400004', externalId: '2024012122001400004', occurredAt: '2024-01-21T20:00:00+08:00',
        amountMinor: -8800, direction: 'out', status: 'closed', counterparty: '玩具店', description: '积木', kind: '支付宝担保交易' },
      // A refund whose original is not in this file keeps no link.
      { line: 14, id: 'alipay:2024012822001400008_99', externalId: '2024012822001400008_99', occurredAt: '2024-01-28T10:00:00+08:00',
        amountMinor: 1000, direction: 'neutral', status: 'refunded', counterparty: '鞋店', description: '退款-跑鞋', kind: '支付宝担保交易' },
    ]);
    expect(f.transactions.every((t) => t.currency === 'CNY' && t.provider === 'alipay' && t.accountId === 'wallet@example.cn')).toBe(true);
  });

  it('turns bad rows into issues with their lines and keeps the trailer out of the data', async () => {
    const f = await importFixture(WEB);
    expect(f.issues).toMatchObject([
      { line: 11, code: 'bad-date', detail: 'impossible date "2025-02-30 10:00:00"' },
      { line: 12, code: 'bad-amount', detail: '金额: not an amount: "十二元"' },
      { line: 13, code: 'ragged-row', detail: 'the row has 3 cells; the header has 17' },
    ]);
  });

  it('keeps the cells as read for provenance', async () => {
    const f = await importFixture(WEB);
    expect(f.transactions[0]!.source.raw.slice(0, 3)).toEqual(['2024011522001400001', 'M001', '2024-01-15 12:30:05']);
    expect(f.transactions[0]!.source.fileSha256).toBe(f.sha256);
  });

  it('reports a trailer count that disagrees with the rows read, on the count line', async () => {
    const f = await importFixture(WEB, editedGbk(WEB, (t) => t.replace('共9笔记录', '共12笔记录')));
    expect(f.issues.filter((i) => i.code === 'count-mismatch')).toMatchObject([
      { line: 16, code: 'count-mismatch', detail: 'the export says 共12笔记录 but 9 data rows were read' },
    ]);
  });
});

describe('alipay app 2021 (电子客户回单, summary in the trailer)', () => {
  it('imports the rows, names the account from the trailer and links the refund', async () => {
    const f = await importFixture(APP21);
    expect([f.importer, f.layout, f.accountId, f.rows]).toEqual(['alipay', 'app-2021', 'user@example.com', 6]);
    expect(f.transactions.map(summarise)).toEqual([
      { line: 3, id: 'alipay:2021061122001400001', externalId: '2021061122001400001', occurredAt: '2021-06-11T12:01:02+08:00',
        amountMinor: -2580, direction: 'out', status: 'completed', counterparty: '美团', description: '外卖订单',
        counterpartyAccount: 'mt***@meituan.com', method: '招商银行(1234)', category: '餐饮美食' },
      { line: 4, id: 'alipay:2021061222001400002', externalId: '2021061222001400002', occurredAt: '2021-06-12T09:00:00+08:00',
        amountMinor: 50000, direction: 'neutral', status: 'completed', counterparty: '余额宝', description: '余额宝-单次转入',
        method: '余额', category: '投资理财' },
      { line: 5, id: 'alipay:2021061322001400003', externalId: '2021061322001400003', occurredAt: '2021-06-13T18:30:00+08:00',
        amountMinor: 20000, direction: 'in', status: 'completed', counterparty: '李四', description: '转账',
        counterpartyAccount: 'li***@qq.com', method: '余额', category: '转账红包' },
      { line: 6, id: 'alipay:2021061422001400004', externalId: '2021061422001400004', occurredAt: '2021-06-14T10:00:00+08:00',
        amountMinor: -19900, direction: 'out', status: 'closed', counterparty: '服装店', description: '衣服', method: '花呗', category: '服饰装扮' },
      { line: 7, id: 'alipay:2021061422001400004_88', externalId: '2021061422001400004_88', occurredAt: '2021-06-14T11:00:00+08:00',
        amountMinor: 19900, direction: 'in', status: 'refunded', counterparty: '服装店', description: '退款-衣服', method: '花呗',
        category: '退款', relatedId: 'alipay:2021061422001400004' },
    ]);
  });

  it('reports the bad time and the count mismatch on their lines, and reads nothing after the count', async () => {
    const f = await importFixture(APP21);
    expect(f.issues).toMatchObject([
      { line: 8, code: 'bad-date', detail: 'impossible time "2021-06-15 24:00:00"' },
      { line: 15, code: 'count-mismatch', detail: 'the export says 共7笔记录 but 6 data rows were read' },
    ]);
  });
});

describe('alipay app 2023+ (summary in the preamble)', () => {
  it('imports all six rows with statuses, neutral rows and the refund link', async () => {
    const f = await importFixture(APP23);
    expect([f.importer, f.layout, f.accountId, f.rows]).toEqual(['alipay', 'app-2023', '138****0000', 6]);
    expect(f.transactions.map(summarise)).toEqual([
      { line: 19, id: 'alipay:2024030222001411000103000001', externalId: '2024030222001411000103000001',
        occurredAt: '2024-03-02T21:32:14+08:00', amountMinor: -4974, direction: 'out', status: 'completed', counterparty: '王五',
        description: '亲情卡', method: '交通银行信用卡(7449)', category: '亲友代付' },
      { line: 20, id: 'alipay:2024030522001411000103000002', externalId: '2024030522001411000103000002',
        occurredAt: '2024-03-05T14:16:52+08:00', amountMinor: -3075, direction: 'out', status: 'pending', counterparty: '杂货铺',
        description: '收纳盒', counterpartyAccount: 'shop***@qq.com', method: '余额', category: '日用百货' },
      { line: 21, id: 'alipay:2024030622001411000103000003', externalId: '2024030622001411000103000003',
        occurredAt: '2024-03-06T09:00:00+08:00', amountMinor: -10000, direction: 'out', status: 'closed', counterparty: '一卡通',
        description: '一卡通充值', counterpartyAccount: 'fin***@jieyisoft.com', method: '余额宝', category: '交通出行' },
      { line: 22, id: 'alipay:2024030622001411000103000003_2024030600001', externalId: '2024030622001411000103000003_2024030600001',
        occurredAt: '2024-03-06T09:05:00+08:00', amountMinor: 10000, direction: 'neutral', status: 'refunded', counterparty: '一卡通',
        description: '退款-一卡通充值', counterpartyAccount: 'fin***@jieyisoft.com', method: '余额宝', category: '退款',
        relatedId: 'alipay:2024030622001411000103000003' },
      { line: 23, id: 'alipay:2024030822001411000103000004', externalId: '2024030822001411000103000004',
        occurredAt: '2024-03-08T10:17:29+08:00', amountMinor: 8800, direction: 'in', status: 'completed', counterparty: '赵六',
        description: '转账', counterpartyAccount: 'zl***@163.com', method: '余额', category: '转账红包' },
      { line: 24, id: 'alipay:2024030922001411000103000005', externalId: '2024030922001411000103000005',
        occurredAt: '2024-03-09T11:11:11+08:00', amountMinor: -1, direction: 'out', status: 'pending', counterparty: '神秘商户',
        description: '神秘商品', method: '余额', category: '其他' },
    ]);
  });

  it('imports an unknown status as pending and says so once', async () => {
    const f = await importFixture(APP23);
    expect(f.issues).toMatchObject([
      { line: 24, code: 'unknown-type', detail: 'unknown status "审核状态异常"; rows with it are imported as pending' },
    ]);
  });

  it('reports a preamble count that disagrees with the rows read on line 0', async () => {
    const f = await importFixture(APP23, editedGbk(APP23, (t) => t.replace('共6笔记录', '共60笔记录')));
    expect(f.encoding).toBe('utf-8');
    expect(f.issues.filter((i) => i.code === 'count-mismatch')).toMatchObject([
      { line: 0, code: 'count-mismatch', detail: 'the export says 共60笔记录 but 6 data rows were read' },
    ]);
  });

  it('reads the same statement from workbook rows with untrimmed cells', () => {
    const rows = [
      ['支付宝（中国）网络技术有限公司  电子客户回单'],
      ['共2笔记录'],
      ['交易时间 ', '交易分类', '交易对方', '对方账号', '商品说明', '收/支', '金额', '收/付款方式', '交易状态', '交易订单号', '商家订单号', '备注'],
      ['2024-03-02 21:32:14 ', '餐饮美食', '面馆', '/', '牛肉面', '支出', '18', '余额', '交易成功', '2024030222001411000109999901\t', '', ''],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
      ['2024-03-02 22:00:00', '收入', '朋友', '/', '红包', '收入', '5.5', '余额', '交易成功', '2024030222001411000109999902\t', '', ''],
    ];
    const f = importRows('alipay.xlsx', rows);
    expect(f.rows).toBe(2); // the empty row is not data
    expect(f.transactions.map((t) => [t.externalId, t.occurredAt, t.amountMinor])).toEqual([
      ['2024030222001411000109999901', '2024-03-02T21:32:14+08:00', -1800],
      ['2024030222001411000109999902', '2024-03-02T22:00:00+08:00', 550],
    ]);
    expect(f.issues).toEqual([]);
  });
});
