import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, parseAmount, toDecimalString } from '../../shared/money';

describe('parseAmount', () => {
  it.each([
    ['¥1,234.50', 'CNY', '.', 123450, 'CNY'],
    ['- $1,150.00', 'USD', '.', -115000, undefined],
    ['"-$1,250"'.slice(1, -1), 'USD', '.', -125000, undefined],
    ['(12.00)', 'USD', '.', -1200, undefined],
    ['4.626,81', 'EUR', ',', 462681, undefined],
    ['-1,78', 'EUR', ',', -178, undefined],
    ['1.0', 'CNY', '.', 100, undefined],
    ['¥50.0', 'CNY', '.', 5000, 'CNY'],
    ['1\u00a0000,00', 'EUR', ',', 100000, undefined],
    ['1\u2009234.5', 'USD', '.', 123450, undefined],
    ['CNY 123.18', 'CNY', '.', 12318, 'CNY'],
    ['JPY 1000.00', 'CNY', '.', 1000, 'JPY'],
    ['+ $1,150.00', 'USD', '.', 115000, undefined],
    ['-0', 'USD', '.', 0, undefined],
    ['\u221212.5', 'GBP', '.', -1250, undefined],
    ['12.00-', 'USD', '.', -1200, undefined],
    ['28.16', 'CNY', '.', 2816, undefined],
    ['.5', 'USD', '.', 50, undefined],
    ['￥742.00', 'CNY', '.', 74200, 'CNY'],
    ['1.005', 'KWD', '.', 1005, undefined],
  ] as const)('%s (%s, mark %s) → %d', (text, cur, mark, minor, found) => {
    const r = parseAmount(text, cur, mark);
    expect(r).toEqual({ ok: true, minor, ...(found ? { currency: found } : {}) });
  });

  it.each(['', 'NaN', '1e3', 'Infinity', '-Infinity', '1.23457E+15', 'abc', '1,23.4', '12..3', '1.2.3', '4.626,81', '$', '1.005', '0x10', '1 2 3,4'])(
    'rejects %j',
    (text) => {
      const r = parseAmount(text, 'USD', '.');
      expect(r.ok).toBe(false);
    },
  );

  it('never produces float noise', () => {
    expect(parseAmount('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parseAmount('1234567890123.45', 'USD')).toEqual({ ok: true, minor: 123456789012345 });
  });
});

describe('formatting', () => {
  it('knows minor digits per currency', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('KWD')).toBe(3);
  });
  it('writes canonical decimals', () => {
    expect(toDecimalString(-500000, 'CNY')).toBe('-5000.00');
    expect(toDecimalString(5, 'USD')).toBe('0.05');
    expect(toDecimalString(-7, 'JPY')).toBe('-7');
    expect(formatMoney(1268000, 'CNY', 'en')).toBe('CN¥12,680.00');
    expect(formatMoney(1268000, 'CNY', 'zh-CN')).toBe('¥12,680.00');
  });
});
