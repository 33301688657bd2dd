import { describe, expect, it } from 'vitest';
import { amountProblem, fen, refundNote } from '../../../../shared/importers/china/amount';
import { parseAmount } from '../../../../shared/money';

describe('fen', () => {
  it.each([
    ['28.16', 2816], ['¥28.16', 2816], ['￥742.00', 74200], ['50', 5000], ['50.0', 5000], ['¥50.0', 5000],
    ['0.01', 1], ['0', 0], ['12.', 1200], ['1,234.50', 123450], ['¥1,234.50', 123450], ['222228.50', 22222850],
    ['9999999999999.99', 999999999999999],
    // A workbook number printed in full: the shortest text of the same double is what was exported.
    ['548.58000000000004', 54858], ['7.0000000000000007E-2', 7], ['100.09999999999999', 10010],
  ])('%s → %d', (text, minor) => {
    expect(fen(text)).toBe(minor);
  });

  it.each(['', 'abc', '十二元', '1.005', '1e3', '12..3', '1.2.3', 'USD 12.00', '¥', '.', '0x10', '1.23457E+15', '28.16元'])(
    'rejects %j',
    (text) => {
      expect(fen(text)).toBeNaN();
    },
  );

  it('agrees with parseAmount on plain amounts it reads by hand', () => {
    for (let i = 0; i < 2000; i++) {
      const text = `${Math.floor(i * 7919 % 1000003)}.${String(i % 100).padStart(2, '0')}`;
      const slow = parseAmount(text, 'CNY');
      expect(slow.ok && slow.minor).toBe(fen(text));
    }
  });
});

describe('amountProblem', () => {
  it('names the column and the text', () => {
    expect(amountProblem('', '金额')).toBe('金额 is empty');
    expect(amountProblem('abc', '金额')).toBe('金额: not an amount: "abc"');
    expect(amountProblem('USD 12.00', '金额')).toBe('金额 "USD 12.00" is in USD, not CNY');
    expect(amountProblem('1.005', '金额(元)')).toBe('金额(元): "1.005" has more decimals than CNY allows');
  });
});

describe('refundNote', () => {
  it('writes the refunded amount in yuan', () => {
    expect(refundNote(8984)).toBe(' (已退款 ¥89.84)');
    expect(refundNote(5)).toBe(' (已退款 ¥0.05)');
  });
});
