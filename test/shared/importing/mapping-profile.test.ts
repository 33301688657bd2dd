import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileDateFormat, parseMappingProfile } from '../../../shared/importing/mapping-profile';

const MAPPINGS = path.resolve(__dirname, '../../fixtures/mappings');

describe('parseMappingProfile', () => {
  it.each(readdirSync(MAPPINGS).filter((f) => f.endsWith('.json')))('accepts the example profile %s', (file) => {
    const r = parseMappingProfile(JSON.parse(readFileSync(path.join(MAPPINGS, file), 'utf8')));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  const ok = { name: 'n', columns: { date: 'D', amount: 'A' }, currency: 'EUR' };
  it.each([
    { json: [], problem: /JSON object/ },
    { json: { ...ok, name: '' }, problem: /^name:/ },
    { json: { ...ok, dateformat: 'YYYY' }, problem: /^dateformat: unknown key/ },
    { json: { ...ok, columns: { amount: 'A' } }, problem: /^columns\.date: required/ },
    { json: { ...ok, columns: { date: 'D' } }, problem: /say where the money is/ },
    { json: { ...ok, columns: { date: 'D', amount: 'A', debit: 'X' } }, problem: /either "amount" or "debit"/ },
    { json: { ...ok, columns: { date: 'D', amount: 'A', payee: 'P' } }, problem: /^columns\.payee: unknown field/ },
    { json: { ...ok, columns: { date: 'D', amount: 'A', direction: 'F' } }, problem: /^directionValues:/ },
    { json: { ...ok, hasHeader: false }, problem: /^columns\.date: the file has no header/ },
    { json: { ...ok, columns: { date: -1, amount: 1.5 } }, problem: /^columns\.date: a position/ },
    { json: { name: 'n', columns: ok.columns }, problem: /^currency: no currency column/ },
    { json: { ...ok, currency: 'euro' }, problem: /^currency: an ISO 4217/ },
    { json: { ...ok, dateFormat: 'YYYY-QQ' }, problem: /^dateFormat: .*unknown field "Q"/ },
    { json: { ...ok, dateFormat: 'YYYY-MM' }, problem: /^dateFormat: .*needs YYYY, MM and DD/ },
    { json: { ...ok, dateOrder: 'ydm' }, problem: /^dateOrder:/ },
    { json: { ...ok, decimalMark: ' ' }, problem: /^decimalMark:/ },
    { json: { ...ok, encoding: 'latin1' }, problem: /^encoding:/ },
    { json: { ...ok, statusMap: { X: 'done' } }, problem: /^statusMap\.X:/ },
    { json: { ...ok, zone: 'Mars/Olympus' }, problem: /^zone:/ },
    { json: { ...ok, skipRowsMatching: ['('] }, problem: /^skipRowsMatching\[0\]:/ },
    { json: { ...ok, currencyAliases: { 人民币: 'rmb' } }, problem: /^currencyAliases\.人民币:/ },
  ])('names the problem: $problem', ({ json, problem }) => {
    const r = parseMappingProfile(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.stringMatching(problem));
  });

  it('lists every problem at once', () => {
    const r = parseMappingProfile({ columns: {}, decimalMark: ';' });
    expect(r.ok ? [] : r.problems.length).toBeGreaterThanOrEqual(4);
  });
});

describe('compileDateFormat', () => {
  it.each([
    ['YYYYMMDD', '20240131', '2024-01-31'],
    ['DD/MM/YYYY', '31/01/2024', '2024-01-31'],
    ['M/D/YYYY', '1/5/2024', '2024-01-05'],
    ['YYYY/MM/DD HH:mm:ss', '2024/01/31   23:59:58', '2024-01-31 23:59:58'],
    ['YYYY-MM-DDTHH:mm:ss.SSS', '2024-01-31T23:59:58.123', '2024-01-31 23:59:58.123'],
    ['HHmmss', '073005', '07:30:05'],
    ['H:mm', '7:30', '07:30:00'],
  ])('%s reads %s', (fmt, text, want) => {
    expect(compileDateFormat(fmt).read(text)).toBe(want);
  });

  it.each([
    ['YYYYMMDD', '2024013'],
    ['DD/MM/YYYY', '31-01-2024'],
    ['MM/DD/YYYY', '1/5/2024'],
    ['YYYY.MM.DD', '2024x01x31'],
  ])('%s refuses %s', (fmt, text) => {
    expect(compileDateFormat(fmt).read(text)).toBeUndefined();
  });
});
