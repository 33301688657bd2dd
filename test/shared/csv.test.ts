import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { readCsv, sniffDelimiter, trimCell, type CsvError } from '../../shared/csv';
import { rng } from '../scenarios/random';

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
  it('numbers records right whatever the piece size, with quoted line breaks, quotes and blank lines', () => {
    // The oracle is the generator: it knows on which line each record it writes starts.
    const r = rng(7);
    const pieces = ['x', '支付宝', ' 12.50 ', '', 'a,b', 'say ""hi""', 'two\nlines', 'three\n\nlines', '\n'];
    for (let round = 0; round < 30; round++) {
      let text = '';
      let line = 1;
      const expected: [number, string[]][] = [];
      for (let rec = 0; rec < 40; rec++) {
        while (r.chance(0.15)) {
          text += '\n';
          line++;
        }
        const raw = Array.from({ length: r.int(1, 4) }, () => r.pick(pieces));
        const cells = raw.map((p) => (p.includes('\n') || p.includes(',') || p.includes('"') ? `"${p}"` : p));
        if (!raw.some((p) => p !== '')) raw[0] = cells[0] = 'y'; // a record of empty cells reads as a blank line
        text += cells.join(',') + (rec < 39 || r.chance(0.5) ? '\n' : '');
        expected.push([line, raw.map((p) => trimCell(p.replaceAll('""', '"')))]);
        line += 1 + (cells.join(',').match(/\n/g)?.length ?? 0);
      }
      const out: [number, string[]][] = [];
      const parse = vi.spyOn(Papa, 'parse');
      readCsv(text, { pieceChars: r.int(1, 64), onRow: (c, l) => void out.push([l, [...c]]) });
      expect(out).toEqual(expected);
      // Well-formed quotes never end a piece inside a field, so nothing is re-read one record at a time.
      expect(parse.mock.calls.filter(([, config]) => config && 'step' in config)).toEqual([]);
      parse.mockRestore();
    }
  });
  it('reads malformed quotes the same whatever the piece size', () => {
    // Stray and unterminated quotes make a piece end inside a field; what comes out must not depend on it.
    const r = rng(11);
    const parts = ['a', '"q"', '"multi\nline"', 'st"ray', '"open', 'x"y"z', '"a""b"', '', '"c"d'];
    const read = (text: string, pieceChars: number) => {
      const rows: [number, string[]][] = [];
      const errors: CsvError[] = [];
      readCsv(text, { pieceChars, onRow: (c, l) => void rows.push([l, [...c]]), onError: (e) => errors.push(e) });
      return { rows, errors };
    };
    for (let round = 0; round < 60; round++) {
      const lines = Array.from({ length: r.int(5, 30) }, () => Array.from({ length: r.int(1, 4) }, () => r.pick(parts)).join(','));
      const text = lines.join('\n');
      expect(read(text, r.int(1, 40))).toEqual(read(text, Number.MAX_SAFE_INTEGER));
    }
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
