import { describe, expect, it } from 'vitest';
import { FirstSeen } from '../../../shared/importing/first-seen';

describe('FirstSeen', () => {
  it('records the first line of each key and answers it for repeats', () => {
    const s = new FirstSeen();
    expect(s.firstLine('A1', 2)).toBeUndefined();
    expect(s.firstLine('B2', 3)).toBeUndefined();
    expect(s.firstLine('A1', 9)).toBe(2);
    expect(s.firstLine('A1', 10)).toBe(2);
    expect(s.size).toBe(2);
  });

  it('agrees with a Map over many keys, through every growth of its table, including look-alike ids', () => {
    const s = new FirstSeen();
    const m = new Map<string, number>();
    const keys: string[] = [];
    for (let i = 0; i < 60_000; i++) keys.push(`2023${String(i).padStart(12, '0')}`, `${i}`, `x${i % 997}`, `订单${i % 5003}`);
    keys.forEach((k, line) => {
      const want = m.get(k);
      if (want === undefined) m.set(k, line);
      expect(s.firstLine(k, line)).toBe(want);
    });
    expect(s.size).toBe(m.size);
  });

  it('keeps keys apart that differ only by case, padding or a character outside the BMP', () => {
    const s = new FirstSeen();
    for (const [i, k] of ['ab', 'AB', 'ab ', ' ab', 'a\u{1F600}', 'a\u{1F601}', ''].entries()) expect(s.firstLine(k, i)).toBeUndefined();
  });
});
