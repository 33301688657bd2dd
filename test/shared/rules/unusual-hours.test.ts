import { describe, expect, it } from 'vitest';
import { oddHours } from '../../../shared/rules/checks/odd-hours';
import { buildHistory } from '../../../shared/rules/history';
import { unusualHours, unusualHoursOptions } from '../../../shared/rules/unusual-hours';
import { after, at, evaluate, life, START, touching, tx } from './fixtures';

const D = after();
const defaults = unusualHoursOptions();

describe('unusualHours', () => {
  it('takes the rule\'s defaults and the user\'s own numbers', () => {
    expect(defaults).toEqual({ minDays: oddHours.meta.defaultOptions.minDays, maxDensity: oddHours.meta.defaultOptions.maxDensity });
    expect(unusualHoursOptions({ minDays: 10, joinHours: 9, bogus: 1 })).toEqual({ minDays: 10, maxDensity: defaults.maxDensity });
  });

  it('marks the night for someone who pays between 06:30 and 21:00, and none of their daytime hours', () => {
    const hours = unusualHours(buildHistory(life()), defaults);
    for (const h of [1, 2, 3, 4]) expect(hours).toContain(h);
    for (const h of [9, 10, 12, 14, 18, 19, 20]) expect(hours).not.toContain(h);
  });

  // The mark and the rule must agree: a payment in a marked hour is flagged, one in an unmarked hour is not.
  it.each([
    [3, 40, true],
    [2, 15, true],
    [12, 20, false],
    [19, 10, false],
  ])('%i:%i — marked as unusual: %s, and the rule agrees', (hour, minute, unusual) => {
    const base = life();
    const hours = unusualHours(buildHistory(base), defaults);
    expect(hours.includes(hour)).toBe(unusual);
    const s = tx({ at: at(D, hour, minute), amount: -900, to: '数码专营店' });
    expect(touching(evaluate(oddHours, [...base, s]), s).length > 0).toBe(unusual);
  });

  it('a night owl\'s late evenings are not unusual, but their early mornings are', () => {
    const hours = unusualHours(buildHistory(life({ lateShare: 0.5 })), defaults);
    expect(hours).not.toContain(0);
    expect(hours).not.toContain(23);
    expect(hours).toContain(4);
  });

  it('marks nothing while the history is too short to judge', () => {
    expect(unusualHours(buildHistory(life({ days: 12 })), defaults)).toEqual([]);
    expect(unusualHours(buildHistory([]), defaults)).toEqual([]);
    // A lower threshold set by the user makes the same short history enough.
    expect(unusualHours(buildHistory(life({ days: 12 })), { ...defaults, minDays: 10 })).toContain(3);
  });

  it('per account: a young second wallet is judged by the user\'s hours; an unknown account has none', () => {
    const main = life();
    const young = [0, 1, 2, 3, 4].map((k) => tx({ at: at(START + 140 + k, 19, 30), amount: -50, to: '便利店', account: 'wechat:me' }));
    const h = buildHistory([...main, ...young]);
    expect(unusualHours(h, defaults, 'wechat:me')).toEqual(unusualHours(h, defaults));
    expect(unusualHours(h, defaults, 'wechat:me')).toContain(3);
    expect(unusualHours(h, defaults, 'nobody')).toEqual([]);
  });
});
