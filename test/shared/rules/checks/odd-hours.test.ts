import { describe, expect, it } from 'vitest';
import { oddHours } from '../../../../shared/rules/checks/odd-hours';
import { after, at, evaluate, expectRuleCase, life, type RuleCase, START, touching, tx } from '../fixtures';

const D = after();

const cases: RuleCase[] = [
  {
    name: 'a sizeable purchase at 03:40 by someone who pays between 06:30 and 21:00',
    build: () => {
      const s = tx({ at: at(D, 3, 40), amount: -900, to: '数码专营店' });
      return { txs: [...life(), s], subject: [s] };
    },
    message: 'odd-hours.one',
    minScore: 0.75,
  },
  {
    name: 'several payments in one night are one hit',
    build: () => {
      const s = [10, 25, 41].map((m) => tx({ at: at(D, 2, m), amount: -2000, to: `商户${m}` }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'odd-hours.many',
    minScore: 0.75,
  },
  {
    name: 'a night owl at 00:50: their evenings run past midnight',
    build: () => {
      const s = tx({ at: at(D + 1, 0, 50), amount: -60, to: '美团外卖' });
      return { txs: [...life({ lateShare: 0.5 }), s], subject: [s] };
    },
  },
  {
    name: 'circular hours: 23:00 habits make 00:30 usual too',
    build: () => {
      const txs = life();
      const lates = Array.from({ length: 60 }, (_, k) => tx({ at: at(START + k * 2, 23, 10 + (k % 40)), amount: -35, to: '全家便利店' }));
      const s = tx({ at: at(D + 1, 0, 25), amount: -40, to: '全家便利店' });
      return { txs: [...txs, ...lates, s], subject: [s] };
    },
  },
  {
    name: 'Double-11 shopping at 20:00 for someone who eats dinner at 18–20',
    build: () => {
      const s = Array.from({ length: 12 }, (_, k) => tx({ at: at(D, 20, k * 4), amount: -(80 + k * 20), to: `店铺${k}` }));
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a subscription renewing at 04:00 runs on the merchant\'s clock',
    build: () => {
      const s = [0, 30, 60, 90, 120].map((k) => tx({ at: at(START + 5 + k, 4, 0), amount: -68, to: 'Apple' }));
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'too little history to know the user\'s hours',
    build: () => {
      const s = tx({ at: at(START + 12, 3, 40), amount: -900, to: '数码专营店' });
      return { txs: [...life({ days: 12 }), s], subject: [s] };
    },
  },
];

describe('odd-hours', () => {
  it.each(cases)('$name', (c) => expectRuleCase(oddHours, c));

  it('says how rarely the user pays at that time, from their own days', () => {
    const s = tx({ at: at(D, 3, 40), amount: -900, to: '数码专营店' });
    const [h] = touching(evaluate(oddHours, [...life(), s]), s);
    expect(h!.data).toMatchObject({ time: '03:40', count: 1, nearDays: 0, days: 150, amountMinor: 90000 });
  });

  it('a small purchase at the same odd hour scores lower than a large one', () => {
    const small = tx({ at: at(D, 3, 40), amount: -15, to: '便利店' });
    const big = tx({ at: at(D, 3, 40), amount: -3000, to: '便利店' });
    const s1 = touching(evaluate(oddHours, [...life(), small]), small)[0]!.score;
    const s2 = touching(evaluate(oddHours, [...life(), big]), big)[0]!.score;
    expect(s2).toBeGreaterThan(s1);
  });
});
