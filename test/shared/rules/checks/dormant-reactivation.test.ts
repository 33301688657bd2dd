import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { dormantReactivation } from '../../../../shared/rules/checks/dormant-reactivation';
import { START, at, evaluate, life, touching, tx } from '../fixtures';

interface Case {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction[] };
  hit: boolean;
}

const cases: Case[] = [
  {
    name: 'daily use, four months of silence, then large payments',
    build: () => {
      const s = [0, 1, 2].map((k) => tx({ at: at(START + 60 + 120, 10 + k), amount: -3000, to: `商户${k}` }));
      return { txs: [...life({ days: 60 }), ...s], subject: s };
    },
    hit: true,
  },
  {
    name: 'a wallet used every three months or so is never "dormant"',
    build: () => {
      const txs = Array.from({ length: 14 }, (_, k) => tx({ at: at(START + k * 85 + (k % 3) * 7, 15), amount: -60, to: 'PayPal shop' }));
      return { txs, subject: txs.slice(12) };
    },
    hit: false,
  },
  {
    name: 'a short holiday pause',
    build: () => {
      const a = life({ days: 60 });
      const b = life({ start: START + 80, days: 60, seed: 9 });
      return { txs: [...a, ...b], subject: b.slice(0, 5) };
    },
    hit: false,
  },
];

describe('dormant-reactivation', () => {
  it.each(cases)('$name', (c) => {
    const { txs, subject } = c.build();
    const hits = touching(evaluate(dormantReactivation, txs), ...subject);
    if (!c.hit) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]!.transactionIds).toEqual(subject.map((t) => t.id));
    expect(hits[0]!.data).toMatchObject({ count: 3, totalMinor: 900000 });
    expect(Number(hits[0]!.data.days)).toBeGreaterThanOrEqual(119);
  });
});
