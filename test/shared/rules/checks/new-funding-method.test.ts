import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { newFundingMethod } from '../../../../shared/rules/checks/new-funding-method';
import { START, after, at, evaluate, life, touching, tx } from '../fixtures';

const METHODS = ['余额宝', '招商银行储蓄卡(1234)'];
const D = after();

interface Case {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction[] };
  hit: boolean;
  minScore?: number;
  maxScore?: number;
}

const cases: Case[] = [
  {
    name: 'a card never used before pays large sums to new payees',
    build: () => {
      const s = [0, 10, 25].map((m, k) => tx({ at: at(D, 2, m), amount: -4000, to: `陌生商户${k}`, method: '建设银行信用卡(9921)' }));
      return { txs: [...life({ methods: METHODS }), ...s], subject: s };
    },
    hit: true,
    minScore: 0.5,
  },
  {
    name: 'a renewed card that becomes the usual one',
    build: () => {
      const s = Array.from({ length: 30 }, (_, k) => tx({ at: at(START + 100 + k * 2, 12, 10), amount: -35, to: '兰州拉面', method: '中国银行储蓄卡(5678)' }));
      return { txs: [...life({ methods: METHODS }), ...s], subject: [s[0]!] };
    },
    hit: true,
    maxScore: 0.3,
  },
  {
    name: 'methods in use from the start',
    build: () => {
      const txs = life({ methods: METHODS });
      return { txs, subject: txs.filter((t) => t.method) };
    },
    hit: false,
  },
  {
    name: 'a new card in a new account\'s first weeks',
    build: () => {
      const s = tx({ at: at(START + 10, 12), amount: -35, to: '兰州拉面', method: '中国银行储蓄卡(5678)' });
      return { txs: [...life({ methods: METHODS, days: 40 }), s], subject: [s] };
    },
    hit: false,
  },
];

describe('new-funding-method', () => {
  it.each(cases)('$name', (c) => {
    const { txs, subject } = c.build();
    const hits = touching(evaluate(newFundingMethod, txs), ...subject);
    if (!c.hit) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]!.transactionIds).toContain(subject[0]!.id);
    if (c.minScore !== undefined) expect(hits[0]!.score).toBeGreaterThanOrEqual(c.minScore);
    if (c.maxScore !== undefined) expect(hits[0]!.score).toBeLessThanOrEqual(c.maxScore);
  });

  it('names the method and what was paid with it', () => {
    const s = [tx({ at: at(D, 14), amount: -4000, to: '数码店', method: '建设银行信用卡(9921)' })];
    const [h] = touching(evaluate(newFundingMethod, [...life({ methods: METHODS }), ...s]), ...s);
    expect(h!.data).toMatchObject({ method: '建设银行信用卡(9921)', count: 1, totalMinor: 400000 });
  });
});
