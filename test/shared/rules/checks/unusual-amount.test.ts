import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { unusualAmount } from '../../../../shared/rules/checks/unusual-amount';
import { START, after, at, evaluate, life, touching, tx } from '../fixtures';

interface Case {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction };
  /** Expected message id, or undefined for "no hit on the subject". */
  message?: string;
  minScore?: number;
  maxScore?: number;
}

const D = after();

const cases: Case[] = [
  {
    name: 'far above the median at a place paid many times',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: -1268, to: '兰州拉面' });
      return { txs: [...life(), subject], subject };
    },
    message: 'unusual-amount.payee',
    minScore: 0.75,
  },
  {
    name: 'a moderate multiple is reported, but weaker',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: -250, to: '兰州拉面' });
      return { txs: [...life(), subject], subject };
    },
    message: 'unusual-amount.payee',
    maxScore: 0.74,
  },
  {
    name: 'thin history: judged against the account, far above its usual payment',
    build: () => {
      const subject = tx({ at: at(D, 15), amount: -3000, to: '罗森' });
      const before = [tx({ at: at(D - 40, 15), amount: -18, to: '罗森' }), tx({ at: at(D - 20, 15), amount: -22, to: '罗森' })];
      return { txs: [...life(), ...before, subject], subject };
    },
    message: 'unusual-amount.account',
  },
  {
    name: 'salary and rent: the same every month',
    build: () => {
      const txs = life();
      return { txs, subject: txs.find((t) => t.counterparty === '王*华')! };
    },
  },
  {
    name: 'a yearly insurance premium paid again',
    build: () => {
      const a = tx({ at: at(START + 3, 14), amount: -4800, to: '中国平安保险' });
      const subject = tx({ at: at(START + 368, 14), amount: -4800, to: '中国平安保险' });
      return { txs: [...life({ days: 380 }), a, subject], subject };
    },
  },
  {
    name: 'a place where group dinners happen now and then',
    build: () => {
      const txs = life();
      const groups = [30, 60, 90, 120].map((k) => tx({ at: at(START + k, 19), amount: -320, to: '外婆家' }));
      const subject = tx({ at: at(D, 19), amount: -350, to: '外婆家' });
      return { txs: [...txs, ...groups, subject], subject };
    },
  },
  {
    name: 'a first payment is new-payee business, not this rule',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: -9000, to: '*小明', kind: '转账' });
      return { txs: [...life(), subject], subject };
    },
  },
  {
    name: 'amounts are compared within one currency only',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: -900, to: '星巴克', currency: 'GBP', account: 'revolut:GBP' });
      return { txs: [...life(), subject], subject };
    },
  },
  {
    name: 'a funding mirror of a large payment is never counted',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: -5000, to: '兰州拉面', mirror: true });
      return { txs: [...life(), subject], subject };
    },
  },
  {
    name: 'a refund of a large order is money in, not an outlier',
    build: () => {
      const subject = tx({ at: at(D, 13), amount: 800, to: '盒马鲜生', status: 'refunded' });
      return { txs: [...life(), subject], subject };
    },
  },
];

describe('unusual-amount', () => {
  it.each(cases)('$name', (c) => {
    const { txs, subject } = c.build();
    const hits = touching(evaluate(unusualAmount, txs), subject);
    if (!c.message) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]!.messageId).toBe(c.message);
    if (c.minScore !== undefined) expect(hits[0]!.score).toBeGreaterThanOrEqual(c.minScore);
    if (c.maxScore !== undefined) expect(hits[0]!.score).toBeLessThanOrEqual(c.maxScore);
  });

  it('reports the user\'s own numbers: amount, ratio, median and count', () => {
    const subject = tx({ at: at(D, 13), amount: -1268, to: '兰州拉面' });
    const txs = [...life(), subject];
    const [h] = touching(evaluate(unusualAmount, txs), subject);
    const others = txs.filter((t) => t.counterparty === '兰州拉面' && t !== subject);
    expect(h!.data).toMatchObject({ amountMinor: 126800, currency: 'CNY', counterparty: '兰州拉面', count: others.length });
    expect(Number(h!.data.ratio)).toBeCloseTo(126800 / Number(h!.data.medianMinor), -1);
  });

  it('a higher minRatio option silences a moderate multiple', () => {
    const subject = tx({ at: at(D, 13), amount: -250, to: '兰州拉面' });
    expect(touching(evaluate(unusualAmount, [...life(), subject], { minRatio: 10 }), subject)).toEqual([]);
  });
});
