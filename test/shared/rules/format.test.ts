import { describe, expect, it } from 'vitest';
import { formatFinding, ruleTitle } from '../../../shared/rules';
import { en } from '../../../shared/rules/messages/en';
import { zhCN } from '../../../shared/rules/messages/zh-CN';
import type { Finding } from '../../../shared/rules/types';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'unusual-amount:1', rule: 'unusual-amount', rules: ['unusual-amount'], severity: 'high', score: 0.9,
  transactionIds: ['a'], messageId: 'unusual-amount.payee',
  data: { amountMinor: 1268000, currency: 'CNY', counterparty: '淘宝', ratio: 31, medianMinor: 40500, count: 212 },
  ...over,
});

describe('formatFinding', () => {
  it('says why in English, with the user\'s own numbers (money as the shared formatter writes it)', () => {
    expect(formatFinding(finding(), 'en')).toBe('CN¥12,680.00 to 淘宝 is 31× your usual CN¥405.00 there (median of 212 payments).');
  });

  it('and in Chinese', () => {
    expect(formatFinding(finding(), 'zh-CN')).toBe('付给淘宝的¥12,680.00是您在该处平常金额¥405.00的31倍（212笔付款的中位数）。');
  });

  it('formats money in the currency of the data', () => {
    const f = finding({ data: { amountMinor: 5000, currency: 'GBP', counterparty: 'Pret', ratio: 12, medianMinor: 415, count: 40 } });
    expect(formatFinding(f, 'en')).toContain('£50.00 to Pret is 12× your usual £4.15');
  });

  it('adds the other evidence folded into a combined finding', () => {
    const f = finding({
      rule: 'new-payee', rules: ['new-payee', 'odd-hours'], messageId: 'new-payee.first',
      data: { amountMinor: 800000, currency: 'CNY', counterparty: '*小明', medianMinor: 3500, person: 1 },
      evidence: [
        { rule: 'new-payee', score: 0.7, messageId: 'new-payee.first', data: { amountMinor: 800000, currency: 'CNY', counterparty: '*小明', medianMinor: 3500, person: 1 } },
        { rule: 'odd-hours', score: 0.6, messageId: 'odd-hours.one', data: { time: '03:12', count: 1, nearDays: 0, days: 200, amountMinor: 800000, currency: 'CNY' } },
      ],
    });
    expect(formatFinding(f, 'en')).toBe('CN¥8,000.00 to *小明, a person you had never paid before; your usual payment is CN¥35.00. '
      + 'Also: CN¥8,000.00 paid at 03:12; you paid around that time on about 0 of your 200 active days.');
    expect(formatFinding(f, 'zh-CN')).toContain('另外：');
  });

  it('has every message in both languages', () => {
    expect(Object.keys(zhCN.messages).sort()).toEqual(Object.keys(en.messages).sort());
  });

  it('names rules in both languages', () => {
    expect(ruleTitle('duplicate-charge', 'en')).toBe('Duplicate charge');
    expect(ruleTitle('duplicate-charge', 'zh-CN')).toBe('重复扣款');
  });
});
