import { describe, expect, it } from 'vitest';
import { createZoneReader } from '../../../shared/importers/zone-cell';

describe('createZoneReader', () => {
  const read = createZoneReader('Europe/London');
  it.each([
    ['', 'Europe/London'],
    ['PST', '-08:00'],
    ['PDT', '-07:00'],
    ['cdt', '-05:00'],
    ['CET', '+01:00'],
    ['JST', '+09:00'],
    ['AEDT', '+11:00'],
    ['+0530', '+05:30'],
    ['GMT+1', '+01:00'],
    ['UTC-03:30', '-03:30'],
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('%s → %s', (text, zone) => {
    expect(read(text)).toEqual({ ok: true, zone });
  });

  it.each(['XYZT', 'Mars/Olympus', 'IST', 'not a zone'])('%s is reported, not guessed', (text) => {
    expect(read(text)).toEqual({ ok: false, reason: `unknown time zone "${text}"` });
  });
});
