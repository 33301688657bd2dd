// readCsv shares equal cell strings within a column to save memory on big exports; this checks that the
// cells it hands out are still exactly the trimmed cells of the file, whatever the column's pattern.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readCsv, trimCell } from '../../shared/csv';

function plain(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => r.map(trimCell));
}

describe('readCsv cell sharing', () => {
  it('returns the same cells as a plain parse for repeated, unique and changing columns', () => {
    const rows: string[] = ['when,status,id,who,note'];
    for (let i = 0; i < 3000; i++) {
      // status repeats; id is unique; who repeats for a while and then becomes unique; note is padded.
      rows.push(`2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')},${['ok', 'failed', '成功'][i % 3]},` +
        `ID${i}\t,${i < 1000 ? `shop${i % 7}` : `person${i}`}, note ${i % 5} `);
    }
    const text = `${rows.join('\n')}\n`;
    const got: string[][] = [];
    readCsv(text, { onRow: (cells) => void got.push([...cells]) });
    expect(got).toEqual(plain(text));
  });
});
