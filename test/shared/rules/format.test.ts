import { describe, expect, it } from 'vitest';
import { RULES, formatFinding, ruleTitle } from '../../../shared/rules';
import { buildHistory } from '../../../shared/rules/history';
import { en } from '../../../shared/rules/messages/en';
import { zhCN } from '../../../shared/rules/messages/zh-CN';
import type { Finding } from '../../../shared/rules/types';
import { START, at, life, tx } from './fixtures';

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
      + 'Also: CN¥8,000.00 paid at 03:12; on none of your 200 other active days did you pay around that time.');
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

describe('every message the rules produce', () => {
  it('reads as a sentence in both languages, and every message in the catalogue is produced somewhere', () => {
    const D = START + 150;
    const base = life({ methods: ['余额宝'] });
    const cases = [
      // unusual amount (payee and account), new payee (first and repeat), odd hours (one and many), burst
      tx({ at: at(D, 13), amount: -1268, to: '兰州拉面' }),
      tx({ at: at(D - 40, 15), amount: -18, to: '罗森' }), tx({ at: at(D - 20, 15), amount: -22, to: '罗森' }),
      tx({ at: at(D, 15), amount: -3000, to: '罗森' }),
      tx({ at: at(D + 1, 15), amount: -8000, to: '*小明', kind: '转账' }),
      ...[0, 1, 2].map((k) => tx({ at: at(D + 2, 10 + k), amount: -3000, to: '李*强', kind: '转账' })),
      tx({ at: at(D + 3, 3, 40), amount: -900, to: '数码专营店' }),
      ...Array.from({ length: 8 }, (_, k) => tx({ at: at(D + 4, 2, 5 + k * 2), amount: -2500, to: `收款人${k}`, kind: '转账', method: '信用卡(9921)' })),
      ...Array.from({ length: 16 }, (_, k) => tx({ at: at(D + 5, 8 + k, 30), amount: -1500, to: `商户${k}` })),
      // duplicates, refunded and not
      tx({ at: at(D + 6, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D + 6, 19, 32), amount: -268, to: '外婆家' }),
      tx({ at: at(D + 7, 19, 30), amount: -188, to: '西贝莜面村' }), tx({ at: at(D + 7, 19, 31), amount: -188, to: '西贝莜面村' }),
      tx({ at: at(D + 9, 11), amount: 188, to: '西贝莜面村', status: 'refunded' }),
      // card testing with and without the large charge
      tx({ at: at(D + 10, 14, 1), amount: -0.01, to: '测A' }), tx({ at: at(D + 10, 14, 4), amount: -1, to: '测B', status: 'failed' }),
      tx({ at: at(D + 10, 16), amount: -3200, to: '礼品卡商城' }),
      tx({ at: at(D + 12, 14, 1), amount: -0.01, to: '测C' }), tx({ at: at(D + 12, 14, 4), amount: -1, to: '测D', status: 'failed' }),
      tx({ at: at(D + 12, 14, 8), amount: -0.5, to: '测E' }),
      // failed attempts, with and without a success after
      ...[0, 1, 2].map((k) => tx({ at: at(D + 14, 15, k * 3), amount: -6000, to: `陌${k}`, status: 'failed' })),
      ...[0, 1, 2].map((k) => tx({ at: at(D + 16, 15, k * 3), amount: -6000, to: `生${k}`, status: 'failed' })),
      tx({ at: at(D + 16, 15, 40), amount: -2000, to: '新商户' }),
      // drains: fan-out and one
      ...['*强玉', '周*敏', '*霞华'].map((to, k) => tx({ at: at(D + 20, 10 + k), amount: -6000, to, kind: '转账' })),
      tx({ at: at(D + 30, 14), amount: -16000, to: '*陌生', kind: '转账' }),
      // price up and down
      ...[25, 25, 25, 25, 30].map((a, k) => tx({ at: at(START + 7 + k * 30, 6), amount: -a, to: '腾讯视频' })),
      ...[15, 15, 15, 15, 12].map((a, k) => tx({ at: at(START + 9 + k * 30, 6), amount: -a, to: '网易云音乐' })),
    ];
    // A dormant wallet woken up.
    const dormant = [...life({ days: 60, account: 'old:wallet', seed: 5 }),
      ...[0, 1, 2].map((k) => tx({ at: at(START + 180, 10 + k), amount: -3000, to: `醒${k}`, account: 'old:wallet' }))];
    const txs = [...base, ...cases, ...dormant];
    const h = buildHistory(txs);
    const seen = new Set<string>();
    for (const rule of RULES) {
      for (const hit of rule.evaluate({ transactions: txs, history: h, options: rule.meta.defaultOptions })) {
        seen.add(hit.messageId);
        const f = { id: 'x', rule: rule.meta.id, rules: [rule.meta.id], severity: 'low' as const, score: hit.score,
          transactionIds: hit.transactionIds, messageId: hit.messageId, data: hit.data };
        for (const lang of ['en', 'zh-CN'] as const) expect(formatFinding(f, lang), hit.messageId).not.toMatch(/\?|undefined|NaN|\{/);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(en.messages).sort());
  });
});
