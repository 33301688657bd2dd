import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { newPayee } from '../../../../shared/rules/checks/new-payee';
import { START, after, at, evaluate, life, touching, tx } from '../fixtures';

interface Case {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction[] };
  message?: string;
  minScore?: number;
  maxScore?: number;
}

const D = after();

const cases: Case[] = [
  {
    name: 'a large transfer to a person never paid before',
    build: () => {
      const s = tx({ at: at(D, 15), amount: -8000, to: '*小明', kind: '转账' });
      return { txs: [...life(), s], subject: [s] };
    },
    message: 'new-payee.first',
    minScore: 0.5,
  },
  {
    name: 'more money to the same new person within two days (escalation)',
    build: () => {
      const s = [0, 3, 20, 30].map((h) => tx({ at: at(D + Math.floor(h / 24), 10 + (h % 24) % 12), amount: -3000, to: '李*强', kind: '转账' }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'new-payee.repeat',
    minScore: 0.75,
  },
  {
    name: 'a new restaurant at lunch',
    build: () => {
      const s = tx({ at: at(D, 12, 20), amount: -42, to: '阿福面馆' });
      return { txs: [...life(), s], subject: [s] };
    },
  },
  {
    name: "a new account's first weeks are its baseline",
    build: () => {
      const txs = life({ start: START, days: 20 });
      const s = tx({ at: at(START + 10, 15), amount: -6000, to: '*新房东', kind: '转账' });
      return { txs: [...txs, s], subject: [s] };
    },
  },
  {
    name: 'a new landlord who then gets the rent every month',
    build: () => {
      const s = [0, 30, 60, 90].map((k) => tx({ at: at(START + 40 + k, 20), amount: -5000, to: '赵*梅', kind: '转账' }));
      return { txs: [...life(), ...s], subject: [s[0]!] };
    },
    maxScore: 0.3,
  },
  {
    name: 'a yearly insurance premium: a new company, large, nothing follows',
    build: () => {
      const s = tx({ at: at(D, 14), amount: -4800, to: '中国平安保险' });
      return { txs: [...life(), s], subject: [s] };
    },
    maxScore: 0.49,
  },
  {
    name: "a subscription's first month at an introductory price",
    build: () => {
      const s = tx({ at: at(D, 6, 40), amount: -5, to: '哔哩哔哩' });
      return { txs: [...life(), s], subject: [s] };
    },
  },
  {
    name: 'a counterparty already paid, now paid in another currency',
    build: () => {
      const hk = Array.from({ length: 120 }, (_, k) => tx({
        at: at(START + Math.floor(k / 2), 12 + (k % 2) * 7), amount: -(40 + (k % 7) * 9), to: ['太兴餐厅', '大家乐', '美心'][k % 3],
        currency: 'HKD', account: 'alipay:hk',
      }));
      const s = tx({ at: at(D, 15), amount: -9000, to: '王*华', kind: '转账', currency: 'HKD', account: 'alipay:hk' });
      return { txs: [...life(), ...hk, s], subject: [s] };
    },
  },
  {
    name: 'a refund from a shop is money in',
    build: () => {
      const s = tx({ at: at(D, 14), amount: 699, to: '优衣库旗舰店', status: 'refunded' });
      return { txs: [...life(), s], subject: [s] };
    },
  },
];

describe('new-payee', () => {
  it.each(cases)('$name', (c) => {
    const { txs, subject } = c.build();
    const hits = touching(evaluate(newPayee, txs), ...subject);
    if (!c.message) {
      for (const h of hits) expect(h.score).toBeLessThanOrEqual(c.maxScore ?? 0);
      return;
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]!.messageId).toBe(c.message);
    expect(hits[0]!.transactionIds).toEqual(subject.map((t) => t.id));
    if (c.minScore !== undefined) expect(hits[0]!.score).toBeGreaterThanOrEqual(c.minScore);
  });

  it('weighs by amount: a bigger first payment scores higher', () => {
    const small = tx({ at: at(D, 15), amount: -500, to: '*小明', kind: '转账' });
    const big = tx({ at: at(D, 15), amount: -8000, to: '*小红', kind: '转账' });
    const [hs] = touching(evaluate(newPayee, [...life(), small]), small);
    const [hb] = touching(evaluate(newPayee, [...life(), big]), big);
    expect(hb!.score).toBeGreaterThan(hs?.score ?? 0);
  });

  it('weighs by what follows: other new people paid right after raise the score', () => {
    const first = tx({ at: at(D, 15), amount: -3000, to: '*小明', kind: '转账' });
    const alone = touching(evaluate(newPayee, [...life(), first]), first)[0]!.score;
    const more = ['周*敏', '*霞华', '吴*杰'].map((to, k) => tx({ at: at(D, 16 + k), amount: -3000, to, kind: '转账' }));
    const followed = touching(evaluate(newPayee, [...life(), first, ...more]), first)[0]!.score;
    expect(followed).toBeGreaterThan(alone);
  });

  it('a longer baseline option keeps an early payee quiet', () => {
    const s = tx({ at: at(START + 45, 15), amount: -8000, to: '*小明', kind: '转账' });
    expect(touching(evaluate(newPayee, [...life(), s]), s)).toHaveLength(1);
    expect(touching(evaluate(newPayee, [...life(), s], { baselineDays: 60 }), s)).toEqual([]);
  });
});
