import { describe, expect, it } from 'vitest';
import {
  chinaTime, declaredCount, screenRow, isTrailerStart, labelled, orderId, StatementSummary, WordReader,
} from '../../../../shared/importers/china/statement';
import { CHINA_ZONE, parseDateTime } from '../../../../shared/dates';
import type { ParseContext } from '../../../../shared/importers/types';
import type { RowIssue } from '../../../../shared/model';

function fakeContext(preamble: string[][] = []): { ctx: ParseContext; issues: RowIssue[]; hints: string[] } {
  const issues: RowIssue[] = [];
  const hints: string[] = [];
  const ctx: ParseContext = {
    fileName: 'x.csv', layout: 'x', header: [], zone: 'UTC', preamble, col: () => -1, emit: () => undefined,
    issue: (line, code, detail) => void issues.push(typeof detail === 'string' ? { line, code, detail } : { line, code, ...detail }),
    setAccountHint: (a) => void hints.push(a),
  };
  return { ctx, issues, hints };
}

describe('chinaTime', () => {
  it.each([
    '2023-02-12 21:32:14', '2024-02-29 00:00:00', '2000-02-29 23:59:59', '1970-01-01 00:00:00', '2100-12-31 23:59:59',
    '2023-02-29 10:00:00', '1900-02-29 10:00:00', '2100-02-29 10:00:00', '2025-02-30 10:00:00', '2025-04-31 10:00:00',
    '2025-13-01 10:00:00', '2025-00-10 10:00:00', '2025-01-00 10:00:00', '2025-01-01 24:00:00', '2025-01-01 23:60:00',
    '2025-01-01 23:59:60', '1969-12-31 23:59:59', '2101-01-01 00:00:00', '2025-01-0a 10:00:00', '2025/01/01 10:00:00',
    '2020.9.6 16:59', '2021-10-01 6:11:59', '2024-01-31T10:00:00', '2024-01-31', '', 'abc',
  ])('%j reads as parseDateTime reads it in China time', (text) => {
    expect(chinaTime(text)).toEqual(parseDateTime(text, CHINA_ZONE));
  });

  it('reads spreadsheet-mangled times and workbook date serials as China time', () => {
    expect(chinaTime('2020.9.6 16:59')).toMatchObject({ ok: true, iso: '2020-09-06T16:59:00+08:00' });
    // 45000.5 = 2023-03-15 12:00 as a wall-clock time (workbooks carry no zone).
    expect(chinaTime('45000.5')).toMatchObject({ ok: true, iso: '2023-03-15T12:00:00+08:00' });
    expect(chinaTime('2025-02-30 10:00:00')).toEqual({ ok: false, reason: 'impossible date "2025-02-30 10:00:00"' });
  });
});

describe('WordReader', () => {
  it.each([
    ['交易成功', 'completed'], ['退款成功', 'refunded'], ['交易关闭', 'closed'], ['等待确认收货', 'pending'],
    ['支付成功', 'completed'], ['已存入零钱', 'completed'], ['朋友已收钱', 'completed'], ['提现已到账', 'completed'],
    ['充值完成', 'completed'], ['已全额退款', 'refunded'], ['退款中', 'pending'], ['支付失败', 'failed'],
    ['已关闭', 'closed'], ['对方已退还', 'refunded'], ['还款成功', 'completed'],
  ] as const)('status %s → %s without an issue', (text, status) => {
    const { ctx, issues } = fakeContext();
    expect(new WordReader(ctx).status(text, 5)).toBe(status);
    expect(issues).toEqual([]);
  });

  it('imports an unknown status as pending and reports it once, at its first line', () => {
    const { ctx, issues } = fakeContext();
    const w = new WordReader(ctx);
    expect([w.status('神秘', 7), w.status('神秘', 9)]).toEqual(['pending', 'pending']);
    expect(issues).toMatchObject([{ line: 7, code: 'unknown-type', detail: 'unknown status "神秘"; rows with it are imported as pending' }]);
  });

  it.each([['支出', 'out'], ['收入', 'in'], ['不计收支', 'neutral'], ['其他', 'neutral'], ['/', 'neutral'], ['', 'neutral']] as const)(
    'direction %j → %s',
    (text, d) => {
      const { ctx, issues } = fakeContext();
      expect(new WordReader(ctx).direction(text, 3)).toBe(d);
      expect(issues).toEqual([]);
    },
  );

  it('imports an unknown 收/支 as neutral and reports it once', () => {
    const { ctx, issues } = fakeContext();
    const w = new WordReader(ctx);
    expect([w.direction('已支出', 4), w.direction('已支出', 6)]).toEqual(['neutral', 'neutral']);
    expect(issues).toMatchObject([{ line: 4, code: 'unknown-type', detail: 'unknown 收/支 value "已支出"; rows with it are imported as neutral' }]);
  });
});

describe('statement lines', () => {
  it('recognises trailer starts and nothing else', () => {
    expect(['-----------', '共6笔记录', '共：26笔记录'].map(isTrailerStart)).toEqual([true, true, true]);
    expect(['2023-02-12 21:32:14', '支出', '123456', '-5', '共同基金', ''].map(isTrailerStart)).toEqual([false, false, false, false, false, false]);
  });

  it('reads declared counts in both spellings', () => {
    expect(['共43笔记录', '共：29笔记录', '共: 7 笔记录', '共同', '收入：1笔'].map(declaredCount)).toEqual([43, 29, 7, undefined, undefined]);
  });

  it('reads labelled values with or without brackets', () => {
    const labels = ['支付宝账户', '账号', '微信昵称'];
    expect(labelled('支付宝账户：abc@triplez.cn', labels)).toBe('abc@triplez.cn');
    expect(labelled('账号:[faker@faker.com]', labels)).toBe('faker@faker.com');
    expect(labelled('微信昵称：[微]', labels)).toBe('微');
    expect(labelled('微信昵称：[]', labels)).toBeUndefined();
    expect(labelled('账号名：x', labels)).toBeUndefined();
    expect(labelled('姓名：x', labels)).toBeUndefined();
  });

  it('screens rows: trailer stops, blank rows skip, short rows are issues', () => {
    const { ctx, issues } = fakeContext();
    const s = new StatementSummary(ctx, []);
    expect(screenRow(ctx, s, ['共2笔记录'], 9, 3)).toBe('stop');
    expect(screenRow(ctx, s, ['', '', ''], 4, 3)).toBe('skip');
    expect(screenRow(ctx, s, ['a', 'b'], 5, 3)).toBe('bad');
    expect(screenRow(ctx, s, ['a', 'b', 'c'], 6, 3)).toBe('data');
    expect(s.rows).toBe(2);
    expect(issues).toMatchObject([{ line: 5, code: 'ragged-row', detail: expect.stringContaining('2 cells') }]);
  });
});

describe('StatementSummary', () => {
  it('takes the count and account from the preamble and reports a mismatch on line 0', () => {
    const { ctx, issues, hints } = fakeContext([['微信支付账单明细'], ['微信昵称：[微]'], ['共3笔记录', '', '']]);
    const s = new StatementSummary(ctx, ['微信昵称']);
    s.rows = 2;
    s.check();
    expect(hints).toEqual(['微']);
    expect(issues).toMatchObject([{ line: 0, code: 'count-mismatch', detail: 'the export says 共3笔记录 but 2 data rows were read' }]);
  });

  it('takes a trailer count with its line and is quiet when the count agrees', () => {
    const { ctx, issues } = fakeContext();
    const s = new StatementSummary(ctx, []);
    expect(s.note('导出信息：', 20)).toBe(false);
    expect(s.note('共2笔记录', 25)).toBe(true);
    s.rows = 2;
    s.check();
    expect(issues).toEqual([]);
    s.rows = 1;
    s.check();
    expect(issues).toMatchObject([{ line: 25, code: 'count-mismatch', detail: 'the export says 共2笔记录 but 1 data rows were read' }]);
  });
});

describe('orderId', () => {
  it.each([
    ['2021121122001468815736847417', '2021121122001468815736847417'],
    ['987654_321', '987654_321'],
    ['JDX100000011234', 'JDX100000011234'],
    ['1E+5 discount', '1E+5 discount'],
    ['/', undefined],
    ['', undefined],
  ])('%j → %j without an issue', (text, id) => {
    const { ctx, issues } = fakeContext();
    expect(orderId(text, 3, ctx)).toBe(id);
    expect(issues).toEqual([]);
  });

  it.each(['4.20000067620200E+27', '2.32119928588E+11', '4e+27'])('reports %j as shortened by a spreadsheet', (text) => {
    const { ctx, issues } = fakeContext();
    expect(orderId(text, 9, ctx)).toBeUndefined();
    expect(issues).toMatchObject([
      { line: 9, code: 'lossy-id', detail: `order number "${text}" was shortened by a spreadsheet; the row is kept without it` },
    ]);
  });
});
