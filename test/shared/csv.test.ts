import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter, trimCell } from '../../shared/csv';

function rows(text: string): [number, string[]][] {
  const out: [number, string[]][] = [];
  readCsv(text, { onRow: (c, l) => void out.push([l, c]) });
  return out;
}

describe('readCsv', () => {
  it('gives each record its starting physical line, across CRLF, LF, lone CR and quoted line breaks', () => {
    expect(rows('a,b\r\n\r\n"x\r\ny",2\n  3 ,\t4\t\r5,6\n\n')).toEqual([
      [1, ['a', 'b']],
      [3, ['x\ny', '2']],
      [5, ['3', '4']],
      [6, ['5', '6']],
    ]);
  });
  it('trims spaces and TABs that Chinese exports pad cells and ids with', () => {
    expect(rows('"4200001\t",  淘宝  ,"3985734"\t\n')).toEqual([[1, ['4200001', '淘宝', '3985734']]]);
  });
  it('reports an unterminated quote with its line', () => {
    const errors: { line: number; code: string }[] = [];
    readCsv('a,b\nc,"d\ne', { onRow: () => undefined, onError: (e) => errors.push(e) });
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: 'MissingQuotes' })]);
  });
  it('stops when the row handler says so', () => {
    const seen: string[] = [];
    readCsv('1\n2\n3\n', { onRow: (c) => (seen.push(c[0]!), c[0] === '2' ? 'stop' : undefined) });
    expect(seen).toEqual(['1', '2']);
  });
  it('reports progress ending at 1', () => {
    const p: number[] = [];
    readCsv('a\nb\n', { onRow: () => undefined, onProgress: (f) => p.push(f) });
    expect(p.at(-1)).toBe(1);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['"Fecha";"Bruto"\n"2/1/2020";"4.626,81"\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['"id\t",x,y,z\n"1"\t,2,3,4\n', ','],
  ] as const)('%j → %j', (text, d) => expect(sniffDelimiter(text)).toBe(d));
});

describe('trimCell', () => {
  it('trims ASCII and ideographic spaces, NBSP and TAB but nothing inside', () => {
    expect(trimCell('\t\u00a0 a b \u3000\t')).toBe('a b');
    expect(trimCell('x')).toBe('x');
  });
});
