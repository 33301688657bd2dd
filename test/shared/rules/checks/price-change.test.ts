import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../shared/model';
import { priceChange } from '../../../../shared/rules/checks/price-change';
import { START, at, evaluate, life, touching, tx } from '../fixtures';

const monthly = (to: string, amounts: number[], day = 7, hour = 6): Transaction[] =>
  amounts.map((a, k) => tx({ at: at(START + day + k * 30, hour), amount: -a, to }));

interface Case {
  name: string;
  series: () => Transaction[];
  /** Position of the charge expected to be flagged, or undefined for none. */
  flagged?: number;
  message?: string;
}

const cases: Case[] = [
  { name: 'a subscription that went up', series: () => monthly('腾讯视频', [25, 25, 25, 25, 30, 30]), flagged: 4, message: 'price-change.up' },
  { name: 'a subscription that went down', series: () => monthly('网易云音乐', [15, 15, 15, 12, 12]), flagged: 3, message: 'price-change.down' },
  { name: "a subscription's first month at an introductory price", series: () => monthly('哔哩哔哩', [5, 25, 25, 25, 25]) },
  { name: 'a utility bill that varies every month', series: () => monthly('国家电网', [132.4, 188.1, 97.5, 143, 210.2, 176.9]) },
  {
    name: 'two plans billed under one name every month',
    series: () => [...monthly('Apple', [6, 6, 6, 6, 6]), ...monthly('Apple', [68, 68, 68, 68, 68], 7, 7)],
  },
  { name: 'too short a run to speak of a usual price', series: () => monthly('优酷', [25, 25, 30, 30]) },
];

describe('price-change', () => {
  it.each(cases)('$name', (c) => {
    const series = c.series();
    const hits = touching(evaluate(priceChange, [...life(), ...series]), ...series);
    if (c.flagged === undefined) {
      expect(hits).toEqual([]);
      return;
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]!.transactionIds).toEqual([series[c.flagged]!.id]);
    expect(hits[0]!.messageId).toBe(c.message);
  });

  it('carries old and new price and the change in percent', () => {
    const series = monthly('腾讯视频', [25, 25, 25, 25, 30]);
    const [h] = touching(evaluate(priceChange, [...life(), ...series]), ...series);
    expect(h!.data).toMatchObject({ oldMinor: 2500, newMinor: 3000, percent: 20, run: 4, cadenceDays: 30 });
  });

  it('a rise counts more than a cut of the same size', () => {
    const up = monthly('A', [20, 20, 20, 20, 24]);
    const down = monthly('B', [24, 24, 24, 24, 20]);
    const hits = evaluate(priceChange, [...life(), ...up, ...down]);
    expect(touching(hits, ...up)[0]!.score).toBeGreaterThan(touching(hits, ...down)[0]!.score);
  });
});
