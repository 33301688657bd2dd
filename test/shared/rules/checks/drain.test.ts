import { describe, expect, it } from 'vitest';
import { drain } from '../../../../shared/rules/checks/drain';
import { after, at, evaluate, expectRuleCase, life, type RuleCase, START, touching, tx } from '../fixtures';

const D = after();

const cases: RuleCase[] = [
  {
    name: 'transfers to three new people over two days moving most of a month\'s money',
    build: () => {
      const s = [['*强玉', 0, 10], ['周*敏', 0, 14], ['*霞华', 1, 11], ['*强玉', 1, 16]].map(([to, d, h]) =>
        tx({ at: at(D + Number(d), Number(h)), amount: -5000, to: String(to), kind: '转账' }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'drain.fan-out',
    minScore: 0.75,
  },
  {
    name: 'one transfer of most of a month\'s money to someone new',
    build: () => {
      const s = [tx({ at: at(D, 14), amount: -16000, to: '*陌生', kind: '转账' })];
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'drain.one',
  },
  {
    name: 'rent to the usual landlord',
    build: () => {
      const txs = life();
      return { txs, subject: txs.filter((t) => t.counterparty === '王*华') };
    },
  },
  {
    name: 'moving home: deposit and rent to a new landlord, who is then paid every month',
    build: () => {
      const s = [tx({ at: at(START + 60, 14), amount: -10000, to: '赵*梅', kind: '转账' }),
        ...[0, 30, 60].map((k) => tx({ at: at(START + 62 + k, 20), amount: -5000, to: '赵*梅', kind: '转账' }))];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'red packets to relatives on New Year\'s Eve',
    build: () => {
      const s = ['*丽', '张*', '李*伟', '王*芳', '*明'].map((to, k) => tx({ at: at(D, 21, k * 7), amount: -88, to, kind: '红包' }));
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'in an account\'s first month there is no yardstick yet',
    build: () => {
      const s = [tx({ at: at(START + 10, 14), amount: -16000, to: '*陌生', kind: '转账' })];
      return { txs: [...life({ days: 40 }), ...s], subject: s };
    },
  },
];

describe('drain', () => {
  it.each(cases)('$name', (c) => expectRuleCase(drain, c));

  it('measures against the money a month usually brings, in the user\'s numbers', () => {
    const s = ['*强玉', '周*敏', '*霞华'].map((to, k) => tx({ at: at(D, 10 + k), amount: -6000, to, kind: '转账' }));
    const [h] = touching(evaluate(drain, [...life(), ...s]), ...s);
    expect(h!.data).toMatchObject({ count: 3, people: 3, totalMinor: 1800000, monthMinor: 2000000, percent: 90 });
  });

  it('uses the balance before the first transfer when the export has one', () => {
    const s = [tx({ at: at(D, 10), amount: -4000, to: '*强玉', kind: '转账', balance: 500 }),
      tx({ at: at(D, 11), amount: -400, to: '周*敏', kind: '转账', balance: 100 })];
    const [h] = touching(evaluate(drain, [...life(), ...s]), ...s);
    expect(h!.data.percent).toBe(98);
  });
});
