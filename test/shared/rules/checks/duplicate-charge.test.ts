import { describe, expect, it } from 'vitest';
import { duplicateCharge } from '../../../../shared/rules/checks/duplicate-charge';
import { after, at, evaluate, expectRuleCase, life, type RuleCase, START, touching, tx } from '../fixtures';

const D = after();

const cases: RuleCase[] = [
  {
    name: 'the same restaurant charges the same bill twice, two minutes apart',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 32), amount: -268, to: '外婆家' })];
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'duplicate-charge.same',
    minScore: 0.75,
  },
  {
    name: 'a double charge that the merchant refunded',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 32), amount: -268, to: '外婆家' })];
      const refund = tx({ at: at(D + 3, 11), amount: 268, to: '外婆家', status: 'refunded', relatedId: s[1]!.id });
      return { txs: [...life(), ...s, refund], subject: s };
    },
    message: 'duplicate-charge.refunded',
    maxScore: 0.49,
  },
  {
    name: 'metro fares twice a day, every day',
    build: () => {
      const rides = Array.from({ length: 100 }, (_, k) => [
        tx({ at: at(START + k, 8, 30), amount: -4, to: '上海地铁' }), tx({ at: at(START + k, 18, 40), amount: -4, to: '上海地铁' }),
      ]).flat();
      return { txs: [...life(), ...rides], subject: rides.slice(-2) };
    },
  },
  {
    name: 'a monthly subscription: same amount, a month apart',
    build: () => {
      const txs = life();
      return { txs, subject: txs.filter((t) => t.counterparty === '爱奇艺') };
    },
  },
  {
    name: 'same merchant, different amounts',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 32), amount: -26, to: '外婆家' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'same amount on two different accounts',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 32), amount: -268, to: '外婆家', account: 'wechat:me' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a declined payment retried successfully',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家', status: 'failed' }), tx({ at: at(D, 19, 31), amount: -268, to: '外婆家' })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
  {
    name: 'a funding mirror of the same payment',
    build: () => {
      const s = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 30), amount: -268, to: '外婆家', mirror: true })];
      return { txs: [...life(), ...s], subject: s };
    },
  },
];

describe('duplicate-charge', () => {
  it.each(cases)('$name', (c) => expectRuleCase(duplicateCharge, c));

  it('a repeat hours apart is weaker than one minutes apart', () => {
    const near = [tx({ at: at(D, 12, 0), amount: -268, to: '外婆家' }), tx({ at: at(D, 12, 2), amount: -268, to: '外婆家' })];
    const far = [tx({ at: at(D + 1, 12, 0), amount: -180, to: '西贝莜面村' }), tx({ at: at(D + 1, 19, 0), amount: -180, to: '西贝莜面村' })];
    const hits = evaluate(duplicateCharge, [...life(), ...near, ...far]);
    expect(touching(hits, ...near)[0]!.score).toBeGreaterThan(touching(hits, ...far)[0]!.score);
    expect(touching(hits, ...far)[0]!.data.minutes).toBe(420);
  });
});
