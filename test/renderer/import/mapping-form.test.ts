import { describe, expect, it } from 'vitest';
import { parseMappingProfile } from '../../../shared/importing/mapping-profile';
import { EMPTY_FORM, fromProfile, guessHeaderLine, toProfile, withProfile, type MappingForm } from '../../../renderer/src/import/mapping-form';

const form: MappingForm = {
  ...EMPTY_FORM,
  name: ' Example Bank ',
  headerLine: 3,
  columns: { date: 'Booking date', amount: 'Amount EUR', counterparty: 'Payee', description: 'Memo' },
  currency: 'eur',
  decimalMark: ',',
};

describe('mapping form', () => {
  it('turns the form into a valid profile and back', () => {
    const p = toProfile(form);
    expect(p).toEqual({
      name: 'Example Bank',
      columns: { date: 'Booking date', amount: 'Amount EUR', counterparty: 'Payee', description: 'Memo' },
      currency: 'EUR',
      decimalMark: ',',
    });
    expect(parseMappingProfile(p).ok).toBe(true);
    expect(fromProfile(p, 3)).toEqual({ ...form, name: 'Example Bank', currency: 'EUR' });
  });

  it('uses positions for a file without a header row', () => {
    const p = toProfile({ ...EMPTY_FORM, name: 'TD', headerLine: 0, columns: { date: '#0', debit: '#2', credit: '#3', description: '#1' }, currency: 'CAD' });
    expect(p).toMatchObject({ hasHeader: false, columns: { date: 0, debit: 2, credit: 3, description: 1 } });
    expect(parseMappingProfile(p).ok).toBe(true);
    expect(fromProfile(p, 5).headerLine).toBe(0);
  });

  it('an incomplete form gives a profile the checker explains', () => {
    const r = parseMappingProfile(toProfile({ ...EMPTY_FORM, name: 'x', headerLine: 1, columns: { date: 'Date' } }));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.join('\n')).toMatch(/where the money is/);
  });

  it.each([
    [[{ line: 1, cells: ['Statement', 'Bank'] }, { line: 3, cells: ['Date', 'Payee', 'Amount'] }, { line: 4, cells: ['2024-01-01', 'A', '1'] }], 3],
    [[{ line: 2, cells: ['a', 'b'] }], 2],
    [[], 0],
  ])('guesses the header line of %j as %i', (rows, line) => {
    expect(guessHeaderLine(rows)).toBe(line);
  });

  it('saving replaces a profile of the same name', () => {
    const a = toProfile({ ...form, name: 'A' });
    const b = toProfile({ ...form, name: 'B' });
    const a2 = { ...a, currency: 'USD' };
    expect(withProfile(withProfile([b], a), a2)).toEqual([a2, b]);
  });
});
