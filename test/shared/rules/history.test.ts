import { describe, expect, it } from 'vitest';
import { INCOME, MIRROR, PERSON, REFUND, SPEND, TRUSTED } from '../../../shared/rules/flags';
import { buildHistory, sizeScore } from '../../../shared/rules/history';
import { BINS, binOfMinute, buildHourProfile, kernel, relativeDensity } from '../../../shared/rules/hour-profile';
import { compileNormal } from '../../../shared/rules/normal';
import { isPersonName, isTransferText } from '../../../shared/rules/parties';
import { detectRecurring } from '../../../shared/rules/recurring';
import { median, medianMad, robust, sortedQuantile } from '../../../shared/rules/stats';
import { readWallTime } from '../../../shared/rules/time';
import { START, at, life, tx } from './fixtures';

describe('readWallTime', () => {
  it.each([
    ['2024-03-05T14:22:00+08:00', Date.parse('2024-03-05T14:22:00+08:00'), 14 * 60 + 22],
    ['2024-03-05T00:10:30.250Z', Date.parse('2024-03-05T00:10:30.250Z'), 10],
    ['2023-10-29T01:30:00-04:00', Date.parse('2023-10-29T01:30:00-04:00'), 90],
    ['2024-02-29 23:59:59+0530', Date.parse('2024-02-29T23:59:59+05:30'), 23 * 60 + 59],
  ])('%s', (iso, ms, minute) => {
    const w = readWallTime(iso)!;
    expect(w.ms).toBe(ms);
    expect(w.minute).toBe(minute);
  });

  it('keeps the local day of the offset, not UTC', () => {
    expect(readWallTime('2024-03-05T01:00:00+08:00')!.day).toBe(readWallTime('2024-03-05T23:00:00+08:00')!.day);
  });

  it('rejects text that is not a time', () => {
    expect(readWallTime('yesterday')).toBeUndefined();
    expect(readWallTime('2024-13-05T01:00:00+08:00')).toBeUndefined();
  });
});

describe('statistics', () => {
  it('median and MAD resist one outlier', () => {
    const r = robust([40, 38, 42, 39, 41, 12680], new Float64Array(6));
    expect(r.median).toBe(40.5);
    expect(r.mad).toBe(1.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(sortedQuantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });

  it('selection gives the same median and MAD as sorting, for odd and even sizes', () => {
    let seed = 1;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const n of [25, 26, 99, 1000, 1001]) {
      const v = Float64Array.from({ length: n }, () => Math.round(rand() * 500) * (rand() < 0.1 ? 40 : 1));
      const a = robust(v, new Float64Array(n));
      expect(medianMad(v, new Float64Array(n))).toEqual({ median: a.median, mad: a.mad });
    }
  });
});

describe('hour profile', () => {
  it('is circular: 23:30 lends weight to 00:30, not to 12:00', () => {
    expect(kernel(binOfMinute(23 * 60 + 30), binOfMinute(30))).toBeGreaterThan(0.05);
    expect(kernel(binOfMinute(23 * 60 + 30), binOfMinute(12 * 60))).toBe(0);
    expect(binOfMinute(1439)).toBe(BINS - 1);
  });

  it('counts a day once per half hour, so one busy night cannot make itself usual', () => {
    const days = [1, 1, 1, 1, 1, 2, 3];
    const minutes = [180, 181, 185, 190, 195, 720, 720];
    const p = buildHourProfile(days, minutes, [0, 1, 2, 3, 4, 5, 6]);
    expect(p.total).toBe(3);
    expect(p.days).toBe(3);
    expect(relativeDensity(p, binOfMinute(180), [binOfMinute(180)])).toBe(0);
    expect(relativeDensity(p, binOfMinute(720), [])).toBeGreaterThan(5);
  });
});

describe('recurring series', () => {
  it.each([
    ['monthly subscription', [0, 30, 61, 91, 122], [25, 25, 25, 25, 25], 30, true],
    ['weekly class', [0, 7, 14, 21, 28, 35], [80, 80, 80, 80, 80, 80], 7, true],
    ['yearly premium seen twice', [10, 375], [4800, 4800], 365, true],
    ['monthly bill that varies', [0, 31, 59, 90, 120], [132, 188, 97, 143, 210], 30, false],
  ] as const)('%s', (_, days, amounts, cadence, stable) => {
    const s = detectRecurring([...days], [...amounts])!;
    expect(Math.abs(s.cadenceDays - cadence)).toBeLessThanOrEqual(1);
    expect(s.stable).toBe(stable);
  });

  it('irregular or daily spending is not a series', () => {
    expect(detectRecurring([0, 1, 2, 3, 4], [30, 32, 28, 31, 29])).toBeUndefined();
    expect(detectRecurring([0, 3, 40, 41, 90, 200], [30, 32, 28, 31, 29, 30])).toBeUndefined();
  });
});

describe('parties', () => {
  it.each(['张*明', '*小红', '王**', '李伟', '@jane-doe', '$cashtag'])('%s is a person', (n) => expect(isPersonName(n)).toBe(true));
  it.each(['淘宝', '京东商城', '中国平安保险', '沙县小吃', 'Tesco', '王府井百货', '滴滴出行'])('%s is not', (n) => expect(isPersonName(n)).toBe(false));
  it('reads transfer types in both languages', () => {
    expect(isTransferText('转账')).toBe(true);
    expect(isTransferText('Sent P2P')).toBe(true);
    expect(isTransferText('Card Payment')).toBe(false);
  });
});

describe('buildHistory', () => {
  it('keeps mirrors, failures and money in out of spending statistics', () => {
    const txs = [
      tx({ at: at(START, 12), amount: -30, to: 'A' }),
      tx({ at: at(START, 13), amount: -5000, to: 'A', mirror: true }),
      tx({ at: at(START, 14), amount: -9000, to: 'A', status: 'failed' }),
      tx({ at: at(START, 15), amount: 30, to: 'A', status: 'refunded' }),
      tx({ at: at(START, 16), amount: -50, to: 'A' }),
      tx({ at: at(START, 17), amount: -800, to: '张*明', kind: '转账' }),
    ];
    const h = buildHistory(txs);
    const a = h.payees[h.payee[0]!]!;
    expect(a.idx.length).toBe(2);
    expect(a.median).toBe(4000);
    expect(h.flags[1]! & MIRROR).toBeTruthy();
    expect(h.flags[1]! & SPEND).toBeFalsy();
    expect(h.flags[3]! & (INCOME | REFUND)).toBe(INCOME | REFUND);
    expect(h.flags[5]! & PERSON).toBeTruthy();
    expect(h.ordinal[4]).toBe(1);
  });

  it('separates currencies: the same name in CNY and GBP are two counterparties', () => {
    const h = buildHistory([tx({ at: at(START, 12), amount: -30, to: 'Apple' }), tx({ at: at(START, 13), amount: -3, to: 'Apple', currency: 'GBP' })]);
    expect(h.payee[0]).not.toBe(h.payee[1]);
    expect(h.accounts).toHaveLength(2);
  });

  it('orders by time whatever the input order, and derives the month\'s money robustly', () => {
    const txs = life();
    const shuffled = [...txs].reverse();
    const h = buildHistory(shuffled);
    for (let j = 1; j < h.order.length; j++) expect(h.ms[h.order[j]!]!).toBeGreaterThanOrEqual(h.ms[h.order[j - 1]!]!);
    expect(h.accounts[0]!.monthlyIn).toBe(2000000);
    expect(sizeScore(h, shuffled.findIndex((t) => t.counterparty === '王*华'))).toBe(1);
  });

  it('marks "normal for me" transactions as trusted, by name, amount band and hours', () => {
    const match = compileNormal([{ counterparty: ' 外婆家 ', maxAmountMinor: 50000, hours: { from: 22, to: 2 } }])!;
    const h = buildHistory([
      tx({ at: at(START, 23), amount: -300, to: '外婆家' }),
      tx({ at: at(START, 12), amount: -300, to: '外婆家' }),
      tx({ at: at(START, 23), amount: -3000, to: '外婆家' }),
      tx({ at: at(START + 1, 1), amount: -300, to: '外婆家' }),
    ], match);
    expect([...h.flags].map((f) => (f & TRUSTED ? 1 : 0))).toEqual([1, 0, 0, 1]);
  });
});
