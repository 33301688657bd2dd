// The tricky legitimate cases, against every rule at once: none of them may reach medium, alone or
// combined, because a user who is shown them learns to ignore the list.
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { RULES, SEVERITY_CUTS, runRules } from '../../../shared/rules';
import { buildHistory } from '../../../shared/rules/history';
import { START, after, at, life, tx } from './fixtures';

const D = after();
const METHODS = ['余额宝', '招商银行储蓄卡(1234)'];

interface Case {
  name: string;
  /** The life around the case and the case's own transactions. */
  build: () => { txs: Transaction[]; subject: Transaction[] };
}

const cases: Case[] = [
  {
    name: 'salary and rent',
    build: () => {
      const txs = life({ methods: METHODS });
      return { txs, subject: txs.filter((t) => t.counterparty === '王*华' || t.amountMinor > 0) };
    },
  },
  {
    name: 'a yearly insurance premium, first seen',
    build: () => {
      const s = [tx({ at: at(D, 14, 20), amount: -4800, to: '中国平安保险', method: METHODS[1] })];
      return { txs: [...life({ methods: METHODS }), ...s], subject: s };
    },
  },
  {
    name: 'a yearly insurance premium, a year later',
    build: () => {
      const s = [tx({ at: at(START + 40, 14), amount: -4800, to: '中国平安保险' }), tx({ at: at(START + 405, 14), amount: -4800, to: '中国平安保险' })];
      return { txs: [...life({ days: 420 }), ...s], subject: s };
    },
  },
  {
    name: "a subscription's first month, then the full price",
    build: () => {
      const s = [5, 25, 25, 25].map((a, k) => tx({ at: at(START + 60 + k * 30, 6, 30), amount: -a, to: '哔哩哔哩' }));
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a new restaurant at lunch',
    build: () => {
      const s = [tx({ at: at(D, 12, 25), amount: -46, to: '阿福面馆' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'Double-11 shopping at 20:00',
    build: () => {
      const s = Array.from({ length: 14 }, (_, k) => tx({ at: at(D, 20, k * 5), amount: -(59 + ((k * 97) % 540)), to: `品牌${k}旗舰店` }));
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'refunds of returned orders',
    build: () => {
      const buy = tx({ at: at(D, 20), amount: -399, to: '优衣库旗舰店' });
      const refund = tx({ at: at(D + 4, 11), amount: 399, to: '优衣库旗舰店', status: 'refunded', relatedId: buy.id });
      return { txs: [...life(), buy, refund], subject: [refund] };
    },
  },
  {
    name: "red packets on New Year's Eve, past midnight",
    build: () => {
      const s = ['*丽', '张*', '李*伟', '王*芳', '*明', '赵*'].map((to, k) => tx({ at: at(D, 23, 5 + k * 9), amount: -88, to, kind: '红包' }));
      return { txs: [...life({ lateShare: 0.2 }), ...s], subject: s };
    },
  },
  {
    name: 'moving home: a deposit to a new landlord, then the rent every month',
    build: () => {
      const s = [tx({ at: at(START + 60, 14), amount: -10000, to: '赵*梅', kind: '转账' }),
        ...[2, 32, 62, 92].map((k) => tx({ at: at(START + 60 + k, 20), amount: -5000, to: '赵*梅', kind: '转账' }))];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a renewed bank card',
    build: () => {
      const s = Array.from({ length: 25 }, (_, k) => tx({ at: at(START + 90 + k * 2, 8, 15), amount: -18, to: '全家便利店', method: '中国银行储蓄卡(5678)' }));
      return { txs: [...life({ methods: METHODS }), ...s], subject: s };
    },
  },
  {
    name: 'a weekend trip: train, a new hotel, new restaurants',
    build: () => {
      const s = [tx({ at: at(D - 5, 21), amount: -553, to: '中国铁路12306' }), tx({ at: at(D, 15), amount: -2400, to: '西湖大酒店' }),
        tx({ at: at(D, 19), amount: -168, to: '楼外楼' }), tx({ at: at(D + 1, 12), amount: -96, to: '知味观' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
];

describe('tricky legitimate cases stay below medium', () => {
  describe.each(cases)('$name', (c) => {
    it.each(RULES.map((r) => [r.meta.id, r] as const))('%s alone', (_, rule) => {
      const { txs, subject } = c.build();
      const ids = new Set(subject.map((t) => t.id));
      const hits = rule.evaluate({ transactions: txs, history: buildHistory(txs), options: rule.meta.defaultOptions });
      for (const h of hits.filter((x) => x.transactionIds.some((id) => ids.has(id)))) {
        expect(h.score, `${h.messageId} ${JSON.stringify(h.data)}`).toBeLessThan(SEVERITY_CUTS.medium);
      }
    });

    it('all rules combined', () => {
      const { txs, subject } = c.build();
      const ids = new Set(subject.map((t) => t.id));
      const loud = runRules(txs).filter((f) => f.severity !== 'low' && f.transactionIds.some((id) => ids.has(id)));
      expect(loud.map((f) => `${f.rules.join('+')} ${f.score}`)).toEqual([]);
    });
  });
});
