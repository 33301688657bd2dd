import { describe, it } from 'vitest';
import { failedAttempts } from '../../../../shared/rules/checks/failed-attempts';
import { after, at, expectRuleCase, life, type RuleCase, START, tx } from '../fixtures';

const D = after();

const cases: RuleCase[] = [
  {
    name: 'four large failed payments to new payees in a quarter of an hour',
    build: () => {
      const s = [5000, 9000, 7000, 6000].map((a, k) => tx({ at: at(D, 3, k * 4), amount: -a, to: `陌生${k}`, status: k % 2 ? 'closed' : 'failed' }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'failed-attempts.cluster',
    minScore: 0.75,
  },
  {
    name: 'failed attempts, then a payment to a new payee goes through',
    build: () => {
      const s = [5000, 9000, 7000].map((a, k) => tx({ at: at(D, 3, k * 4), amount: -a, to: `陌生${k}`, status: 'failed' }));
      const ok = tx({ at: at(D, 3, 40), amount: -3000, to: '礼品卡商城' });
      return { txs: [...life(), ...s, ok], subject: [...s, ok] };
    },
    message: 'failed-attempts.then-success',
    minScore: 0.75,
  },
  {
    name: 'the user retrying one payment until it works',
    build: () => {
      const s = [0, 2, 4].map((m) => tx({ at: at(D, 19, m), amount: -268, to: '外婆家', status: 'failed' }));
      const ok = tx({ at: at(D, 19, 6), amount: -268, to: '外婆家' });
      return { txs: [...life(), ...s, ok], subject: s };
    },
    message: 'failed-attempts.cluster',
    maxScore: 0.49,
  },
  {
    name: 'an abandoned order now and then',
    build: () => {
      const s = [tx({ at: at(D, 21), amount: -199, to: '优衣库旗舰店', status: 'closed', direction: 'neutral' }),
        tx({ at: at(D, 21, 5), amount: -89, to: '优衣库旗舰店', status: 'closed', direction: 'neutral' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a habit of clusters of abandoned orders',
    build: () => {
      const habit = Array.from({ length: 8 }, (_, w) => [0, 3, 6].map((m) =>
        tx({ at: at(START + 10 + w * 14, 21, m), amount: -120, to: `店${w}`, status: 'closed', direction: 'neutral' }))).flat();
      const s = [0, 3, 6].map((m) => tx({ at: at(D, 21, m), amount: -150, to: '新店', status: 'closed', direction: 'neutral' }));
      return { txs: [...life(), ...habit, ...s], subject: s };
    },
    message: 'failed-attempts.cluster',
    maxScore: 0.49,
  },
];

describe('failed-attempts', () => {
  it.each(cases)('$name', (c) => expectRuleCase(failedAttempts, c));
});
