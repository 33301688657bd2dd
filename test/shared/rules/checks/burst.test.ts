import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { burst } from '../../../../shared/rules/checks/burst';
import { after, at, evaluate, life, touching, tx } from '../fixtures';

const D = after();

interface Case {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction[] };
  message?: string;
  minScore?: number;
  maxScore?: number;
}

const cases: Case[] = [
  {
    name: 'eight transfers to people within a quarter of an hour',
    build: () => {
      const s = Array.from({ length: 8 }, (_, k) => tx({ at: at(D, 2, 5 + k * 2), amount: -2500, to: `收款人${k}`, kind: '转账' }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'burst.window',
    minScore: 0.75,
  },
  {
    name: 'Double-11 at 20:00: many orders, each modest',
    build: () => {
      const s = Array.from({ length: 12 }, (_, k) => tx({ at: at(D, 20, k * 5), amount: -(60 + k * 25), to: `旗舰店${k}` }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'burst.window',
    maxScore: 0.49,
  },
  {
    name: 'a day far above normal, spread out over the day',
    build: () => {
      const s = Array.from({ length: 16 }, (_, k) => tx({ at: at(D, 8 + k, 30), amount: -1500, to: `商户${k}` }));
      return { txs: [...life(), ...s], subject: s };
    },
    message: 'burst.day',
  },
  {
    name: 'an ordinary day',
    build: () => {
      const txs = life();
      return { txs, subject: txs.slice(-5) };
    },
  },
];

describe('burst', () => {
  it.each(cases)('$name', (c) => {
    const { txs, subject } = c.build();
    const hits = touching(evaluate(burst, txs), ...subject);
    if (!c.message) {
      expect(hits).toEqual([]);
      return;
    }
    const h = hits.find((x) => x.messageId === c.message);
    expect(h).toBeDefined();
    for (const t of subject) expect(h!.transactionIds).toContain(t.id);
    if (c.minScore !== undefined) expect(h!.score).toBeGreaterThanOrEqual(c.minScore);
    if (c.maxScore !== undefined) expect(h!.score).toBeLessThanOrEqual(c.maxScore);
  });

  it('compares with the user\'s own sessions and days', () => {
    const s = Array.from({ length: 8 }, (_, k) => tx({ at: at(D, 2, 5 + k * 2), amount: -2500, to: `收款人${k}`, kind: '转账' }));
    const [h] = touching(evaluate(burst, [...life(), ...s]), ...s);
    expect(h!.data).toMatchObject({ count: 8, minutes: 14, totalMinor: 2000000, currency: 'CNY' });
    expect(Number(h!.data.usualCount)).toBeLessThan(8);
  });
});
