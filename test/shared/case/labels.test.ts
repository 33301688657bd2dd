import { describe, expect, it } from 'vitest';
import { formatAmount, formatWhen } from '../../../shared/case/labels';
import { formatMoney } from '../../../shared/money';

describe('formatAmount', () => {
  it.each([
    [123450, 'CNY', 'zh-CN'], [-520000, 'CNY', 'en'], [5, 'USD', 'en'], [-1, 'JPY', 'zh-CN'], [1005, 'KWD', 'en'], [0, 'EUR', 'en'],
    [9007199254740991, 'USD', 'en'],
  ] as const)('%d %s in %s reads as formatMoney does', (minor, currency, lang) => {
    expect(formatAmount(minor, currency, lang)).toBe(formatMoney(minor, currency, lang));
    expect(formatAmount(minor, currency, lang)).toBe(formatAmount(minor, currency, lang));
  });
});

describe('formatWhen', () => {
  it.each([
    ['2024-03-05', 'en', '2024-03-05'],
    ['2024-03-05', 'zh-CN', '2024年3月5日'],
    ['2024-03-05T09:30:00+08:00', 'en', '2024-03-05 09:30 (UTC+08:00)'],
    ['2024-03-05T09:30:00+08:00', 'zh-CN', '2024年3月5日 09:30（北京时间）'],
    ['2024-03-05T09:30Z', 'en', '2024-03-05 09:30 (UTC)'],
    ['2024-03-05T09:30:00.123-05:00', 'zh-CN', '2024年3月5日 09:30 (UTC-05:00)'],
    ['yesterday', 'en', 'yesterday'],
  ] as const)('%s in %s → %s', (at, lang, out) => {
    expect(formatWhen(at, lang)).toBe(out);
  });
});
