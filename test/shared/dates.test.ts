import { describe, expect, it } from 'vitest';
import { CHINA_ZONE, inferDateOrder, localHourAndWeekday, parseDateTime } from '../../shared/dates';

describe('parseDateTime', () => {
  it.each([
    ['2023-03-01 12:34:56', CHINA_ZONE, 'ymd', '2023-03-01T12:34:56+08:00'],
    ['2020.9.6 16:59', CHINA_ZONE, 'ymd', '2020-09-06T16:59:00+08:00'],
    ['2021-09-06 6:11:59', '+00:00', 'ymd', '2021-09-06T06:11:59+00:00'],
    ['20240131', CHINA_ZONE, 'ymd', '2024-01-31T00:00:00+08:00'],
    ['2024/01/31  10:00:00', CHINA_ZONE, 'ymd', '2024-01-31T10:00:00+08:00'],
    ['31-01-2025 10:00:00.123', '+00:00', 'dmy', '2025-01-31T10:00:00.123+00:00'],
    ['2024-01-31T10:00:00', '+00:00', 'ymd', '2024-01-31T10:00:00+00:00'],
    ['2023-06-07 10:00:00 CDT', CHINA_ZONE, 'ymd', '2023-06-07T10:00:00-05:00'],
    ['2018-03-01 10:00:00 +0000', CHINA_ZONE, 'ymd', '2018-03-01T10:00:00+00:00'],
    ['03/04/2025', '+00:00', 'dmy', '2025-04-03T00:00:00+00:00'],
    ['03/04/2025', '+00:00', 'mdy', '2025-03-04T00:00:00+00:00'],
    ['Mar 4, 2025', '+00:00', 'ymd', '2025-03-04T00:00:00+00:00'],
    ['2024-02-29 23:59:59', CHINA_ZONE, 'ymd', '2024-02-29T23:59:59+08:00'],
    ['2024-07-01 12:00:00', 'America/Los_Angeles', 'ymd', '2024-07-01T12:00:00-07:00'],
    ['2024-01-01 12:00:00', 'America/Los_Angeles', 'ymd', '2024-01-01T12:00:00-08:00'],
    ['2024-01-01 12:00:00', 'Asia/Shanghai', 'ymd', '2024-01-01T12:00:00+08:00'],
  ] as const)('%s in %s (%s) → %s', (text, zone, order, iso) => {
    const r = parseDateTime(text, zone, order);
    expect(r).toMatchObject({ ok: true, iso });
    if (r.ok) expect(r.epochMs).toBe(Date.parse(iso));
  });

  it.each([
    ['2025-02-30 10:00:00', /impossible date/],
    ['2023-02-29', /impossible date/],
    ['2025-13-01', /impossible date/],
    ['2025-01-01 24:00:00', /impossible time/],
    ['2025-01-01 12:60', /impossible time/],
    ['hello', /not a date/],
    ['', /not a date/],
    ['45000', /not a date/],
    ['1700000000000', /not a date/],
    ['2025-01-01 10:00:00 XYZ', /unknown time zone/],
    ['1899-12-31', /year out of range/],
  ])('rejects %j', (text, why) => {
    const r = parseDateTime(text, CHINA_ZONE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(why);
  });

  it('never moves an impossible day to a neighbouring one', () => {
    expect(parseDateTime('31/04/2025', '+00:00', 'dmy').ok).toBe(false);
  });

  it('refuses a day-first text when the file is year-first', () => {
    expect(parseDateTime('03/04/2025', '+00:00', 'ymd').ok).toBe(false);
  });
});

describe('inferDateOrder', () => {
  it.each([
    [['29/12/2015', '12/02/2016'], 'dmy'],
    [['12/29/2015', '02/12/2016'], 'mdy'],
    [['2023-01-02'], 'ymd'],
    [['Mar 4, 2025'], 'ymd'],
  ] as const)('%j → %s', (samples, order) => {
    expect(inferDateOrder(samples)).toEqual({ order });
  });
  it('says when the data cannot decide', () => {
    expect(inferDateOrder(['01/02/2025', '03/04/2025'])).toEqual({ order: undefined, reason: 'ambiguous' });
    expect(inferDateOrder(['13/01/2025', '01/13/2025'])).toEqual({ order: undefined, reason: 'conflicting' });
  });
});

describe('localHourAndWeekday', () => {
  it('reads the wall clock of the offset, not the machine zone', () => {
    expect(localHourAndWeekday('2024-11-11T23:30:00+08:00')).toEqual({ hour: 23, weekday: 0, date: '2024-11-11' });
  });
});
