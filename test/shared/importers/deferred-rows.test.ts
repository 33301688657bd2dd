import { describe, expect, it } from 'vitest';
import { DateOrderSniffer, decimalMarkOf, RowGate } from '../../../shared/importers/deferred-rows';

describe('DateOrderSniffer', () => {
  it.each([
    [['03/04/2021', '05/06/2021'], undefined],
    [['03/04/2021', '25/06/2021', '06/30/2021'], 'dmy'],
    [['02/03/2024', '02/13/2024'], 'mdy'],
    [['13/13/2021'], undefined], // contradicts itself: decides nothing
    [['n/a', '12abc', ''], undefined], // not dates: no vote (inferDateOrder alone would say year-first)
    [['2022-03-16 23:03:48 CDT'], 'ymd'],
    [['24-08-2020'], 'dmy'],
  ] as const)('%j → %s', (samples, order) => {
    const s = new DateOrderSniffer();
    for (const x of samples) s.see(x);
    expect(s.order).toBe(order);
  });
});

describe('decimalMarkOf', () => {
  it.each([
    ['4.626,81', ','], ['-1,78', ','], ['1,653.75', '.'], ['41.7', '.'], ['-6.99', '.'],
    ['1,000', undefined], ['12', undefined], ['', undefined], ['1.005', undefined],
  ] as const)('%s → %s', (text, mark) => {
    expect(decimalMarkOf(text)).toBe(mark);
  });
});

describe('RowGate', () => {
  it('holds rows until one is ready, then hands all on in order and passes the rest straight through', () => {
    const seen: number[] = [];
    const gate = new RowGate<number>((n) => seen.push(n));
    gate.push(1, false);
    gate.push(2, false);
    expect(seen).toEqual([]);
    expect(gate.waiting).toBe(2);
    gate.push(3, true);
    expect(seen).toEqual([1, 2, 3]);
    gate.push(4, false);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(gate.waiting).toBe(0);
  });

  it('hands on what it holds when opened at the end', () => {
    const seen: string[] = [];
    const gate = new RowGate<string>((s) => seen.push(s));
    gate.push('a', false);
    gate.open();
    gate.open();
    expect(seen).toEqual(['a']);
  });
});
