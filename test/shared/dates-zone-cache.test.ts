import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../shared/dates';

// Offsets of named zones are cached per quarter hour; these walk across real DST changes minute by minute
// (and a half-hour zone) to show the cache never carries an offset over a change.
describe('named-zone offsets across DST changes', () => {
  it.each([
    ['Europe/Berlin', '2024-03-31', '01:58', '+01:00', '03:00', '+02:00'],
    ['Europe/Berlin', '2024-10-27', '01:59', '+02:00', '03:00', '+01:00'],
    ['America/New_York', '2024-11-03', '00:59', '-04:00', '02:00', '-05:00'],
    ['Australia/Adelaide', '2024-04-07', '01:59', '+10:30', '03:00', '+09:30'],
  ])('%s on %s', (zone, day, before, offBefore, after, offAfter) => {
    const at = (hm: string) => parseDateTime(`${day} ${hm}:00`, zone);
    // Warm the cache with every minute of the day first, in order, as an import would.
    for (let m = 0; m < 24 * 60; m += 7) at(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const a = at(before);
    const b = at(after);
    expect(a.ok && a.iso).toBe(`${day}T${before}:00${offBefore}`);
    expect(b.ok && b.iso).toBe(`${day}T${after}:00${offAfter}`);
  });
});
