// A file holding two exports one after the other: after the first one's trailer, the second one's header
// starts a new part; anything else after a trailer is ignored as before.
import { describe, expect, it } from 'vitest';
import { createRowSink } from '../../../shared/importing/pipeline';
import type { Importer } from '../../../shared/importers/types';
import type { Transaction } from '../../../shared/model';

function toy(finished: string[][]): Importer {
  return {
    meta: { id: 'generic', label: 'toy', encodings: ['utf-8'], layouts: [{ id: 'toy', required: ['When', 'Ref', 'Amount'] }] },
    begin(ctx) {
      return {
        row(cells, line) {
          if (cells[0] === 'END') return 'stop';
          ctx.emit({ occurredAt: `${cells[0]}T00:00:00+08:00`, amountMinor: -Number(cells[2]), currency: 'CNY', counterparty: 's', description: '', status: 'completed', direction: 'out', externalId: cells[1]! }, line, cells);
        },
        finish(txs: Transaction[]) {
          finished.push(txs.map((t) => t.externalId!));
        },
      };
    },
  };
}

function run(rows: string[][]) {
  const finished: string[][] = [];
  const sink = createRowSink({ fileName: 'f.csv', importers: [toy(finished)], zone: '+08:00' });
  let stoppedAt: number | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (sink.push(rows[i]!, i + 1) === 'stop') {
      stoppedAt = i + 1;
      break;
    }
  }
  return { out: sink.end('h'), finished, stoppedAt };
}

const H = ['When', 'Ref', 'Amount'];

describe('exports pasted together', () => {
  it('reads a second export after the first one’s trailer, each part post-processed on its own', () => {
    const { out, finished } = run([['Title'], H, ['2024-01-01', 'A', '1'], ['END'], ['Total 1'], ['Title'], H, ['2024-01-02', 'B', '2'], ['END']]);
    expect(out.transactions.map((t) => [t.externalId, t.source.line])).toEqual([['A', 3], ['B', 8]]);
    expect(out.rows).toBe(2);
    expect(finished).toEqual([['A'], ['B']]);
  });

  it('imports a transaction the two exports share once, with an issue on the repeat', () => {
    const { out } = run([H, ['2024-01-01', 'A', '1'], ['END'], H, ['2024-01-01', 'A', '1'], ['2024-01-02', 'C', '3']]);
    expect(out.transactions.map((t) => t.externalId)).toEqual(['A', 'C']);
    expect(out.issues).toEqual([expect.objectContaining({ line: 5, code: 'duplicate-id' })]);
  });

  it('ignores what follows a trailer when it is not another export, and stops looking after a while', () => {
    const junk = Array.from({ length: 100 }, (_, i) => [`note ${i}`]);
    const { out, stoppedAt } = run([H, ['2024-01-01', 'A', '1'], ['END'], ...junk, H, ['2024-01-02', 'B', '2']]);
    expect(out.transactions.map((t) => t.externalId)).toEqual(['A']);
    expect(stoppedAt).toBeLessThan(3 + 100);
  });
});
