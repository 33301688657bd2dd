import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueFileNames } from '../../../shared/bundle/names';

describe('safeFileName', () => {
  it.each([
    ['statement.csv', 'statement.csv'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..', 'file'],
    ['.', 'file'],
    ['.hidden', 'hidden'],
    ['~/notes.txt', '_notes.txt'],
    ['a/b\\c.txt', 'a_b_c.txt'],
    ['100%.png', '100_.png'],
    ['line\nbreak.txt', 'line_break.txt'],
    ['tab\there.txt', 'tab_here.txt'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['what?.jpg', 'what_.jpg'],
    ['trailing dot.', 'trailing dot'],
    ['  spaced  name  .pdf ', 'spaced name .pdf'],
    ['', 'file'],
    ['支付宝交易明细(20240101-20240331).csv', '支付宝交易明细(20240101-20240331).csv'],
    ['Cafe\u0301.jpg', 'Café.jpg'],
  ])('%j → %j', (input, out) => {
    const safe = safeFileName(input);
    expect(safe).toBe(out);
    expect(safe).not.toMatch(/[/\\%\r\n\0]/);
    expect(safe === '.' || safe === '..').toBe(false);
  });

  it('shortens very long names but keeps the extension', () => {
    const s = safeFileName(`${'x'.repeat(300)}.jpeg`);
    expect(s.length).toBe(120);
    expect(s.endsWith('.jpeg')).toBe(true);
  });
});

describe('uniqueFileNames', () => {
  it('de-duplicates in order, ignoring case, before the extension', () => {
    expect(uniqueFileNames(['id.jpg', 'ID.jpg', 'id.jpg', 'a/id.jpg', 'notes', 'notes'])).toEqual(['id.jpg', 'ID-2.jpg', 'id-3.jpg', 'a_id.jpg', 'notes', 'notes-2']);
  });

  it('never produces a name already taken by an earlier one', () => {
    expect(uniqueFileNames(['x-2.txt', 'x.txt', 'x.txt'])).toEqual(['x-2.txt', 'x.txt', 'x-3.txt']);
  });
});
