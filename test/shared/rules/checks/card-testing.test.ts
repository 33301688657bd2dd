import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { cardTesting } from '../../../../shared/rules/checks/card-testing';
import { after, at, evaluate, expectRuleCase, life, type RuleCase, START, touching, tx } from '../fixtures';

const D = after();

const probes = (): Transaction[] => [
  tx({ at: at(D, 14, 1), amount: -0.01, to: '测试商户A' }),
  tx({ at: at(D, 14, 4), amount: -1, to: '测试商户B', status: 'failed' }),
  tx({ at: at(D, 14, 9), amount: -0.5, to: '测试商户C' }),
];

const cases: RuleCase[] = [
  {
    name: 'tiny charges at new merchants, then a large one at another new merchant',
    build: () => {
      const s = [...probes(), tx({ at: at(D, 16, 30), amount: -3200, to: '礼品卡商城' })];
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'card-testing.then-large',
    minScore: 0.75,
  },
  {
    name: 'tiny charges, then the large one at the same merchant',
    build: () => {
      const s = [...probes(), tx({ at: at(D, 14, 40), amount: -2500, to: '测试商户C' })];
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'card-testing.then-large',
    minScore: 0.75,
  },
  {
    name: 'tiny charges with nothing large after: a probe, reported weakly',
    build: () => {
      const s = probes();
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'card-testing.probe',
    maxScore: 0.49,
  },
  {
    name: 'bike share every day for ¥1.50, then a big known purchase',
    build: () => {
      const bikes = Array.from({ length: 120 }, (_, k) => tx({ at: at(START + k, 8, 40), amount: -1.5, to: '哈啰出行' }));
      const s = [tx({ at: at(D, 8, 40), amount: -1.5, to: '哈啰出行' }), tx({ at: at(D, 8, 55), amount: -1.5, to: '哈啰出行' }),
        tx({ at: at(D, 12), amount: -2000, to: '盒马鲜生' })];
      return { txs: [...life(), ...bikes, ...s], subject: s };
    },
  },
  {
    name: 'a single ¥0.01 check when a bank card is linked',
    build: () => {
      const s = [tx({ at: at(D, 10), amount: -0.01, to: '招商银行' }), tx({ at: at(D, 11), amount: -3000, to: '*小明', kind: '转账' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
];

describe('card-testing', () => {
  it.each(cases)('$name', (c) => expectRuleCase(cardTesting, c));

  it('counts declined probes', () => {
    const s = [...probes(), tx({ at: at(D, 16, 30), amount: -3200, to: '礼品卡商城' })];
    const [h] = touching(evaluate(cardTesting, [...life(), ...s]), ...s);
    expect(h!.data).toMatchObject({ count: 3, declined: 1, maxTinyMinor: 100, largeMinor: 320000, counterparty: '礼品卡商城' });
  });
});
