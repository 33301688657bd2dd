import { describe, expect, it } from 'vitest';
import { createRowSink, findHeader } from '../../../shared/importing/pipeline';
import { ImportError } from '../../../shared/importing/errors';
import { contentId, contentKey } from '../../../shared/importing/ids';
import type { Importer } from '../../../shared/importers/types';

// A tiny importer so the pipeline is tested on its own terms, not through a provider's quirks.
const toy: Importer = {
  meta: { id: 'generic', label: 'toy', encodings: ['utf-8'], layouts: [{ id: 'toy', required: ['When', 'Amount'] }, { id: 'toy-id', required: ['When', 'Amount', 'Ref'] }] },
  begin(ctx) {
    const w = ctx.col('When');
    const a = ctx.col('Amount');
    const r = ctx.col('Ref');
    const acct = ctx.preamble.flat().find((c) => c.startsWith('Account:'));
    if (acct) ctx.setAccountHint(acct.slice(8));
    return {
      row(cells, line) {
        if (cells[0] === 'END') return 'stop';
        if (!/^\d+$/.test(cells[a] ?? '')) return void ctx.issue(line, 'bad-amount', `not a number: ${cells[a]}`);
        ctx.emit({ occurredAt: `${cells[w]}T00:00:00+08:00`, amountMinor: -Number(cells[a]), currency: 'CNY', counterparty: 'shop', description: '', status: 'completed', direction: 'out', ...(r >= 0 ? { externalId: cells[r] } : {}) }, line, cells);
      },
    };
  },
};

function run(rows: string[][], opts: { accountId?: string; keepCells?: boolean } = {}) {
  const sink = createRowSink({ fileName: 'f.csv', importers: [toy], zone: '+08:00', ...opts });
  rows.forEach((r, i) => sink.push(r, i + 1));
  return sink.end('abc');
}

describe('createRowSink', () => {
  it('finds the header by names after a preamble, and takes the account from it', () => {
    const out = run([['Statement'], ['Account:me@example.com'], ['When', 'Amount'], ['2024-01-01', '5'], ['2024-01-02', 'x']]);
    expect(out.layout).toBe('toy');
    expect(out.rows).toBe(2);
    expect(out.accountId).toBe('me@example.com');
    expect(out.transactions).toHaveLength(1);
    expect(out.transactions[0]!.source).toEqual({ fileSha256: 'abc', line: 4, raw: ['2024-01-01', '5'] });
    expect(out.issues).toEqual([{ line: 5, code: 'bad-amount', detail: 'not a number: x' }]);
  });

  it('leaves the cells out of the provenance when asked, and keeps line and file', () => {
    const out = run([['When', 'Amount'], ['2024-01-01', '5']], { keepCells: false });
    expect(out.transactions[0]!.source).toEqual({ fileSha256: 'abc', line: 2, raw: [] });
    expect(out.transactions[0]!.amountMinor).toBe(-5);
  });

  it('prefers the layout with the most matching columns', () => {
    expect(run([['Ref', 'When', 'Amount'], ['1', '2024-01-01', '5']]).layout).toBe('toy-id');
  });

  it('gives identical rows distinct, stable content ids (two coffees stay two)', () => {
    const a = run([['When', 'Amount'], ['2024-01-01', '5'], ['2024-01-01', '5']]);
    const b = run([['When', 'Amount'], ['2024-01-01', '5'], ['2024-01-01', '5']]);
    expect(a.transactions).toHaveLength(2);
    expect(new Set(a.transactions.map((t) => t.id)).size).toBe(2);
    expect(a.transactions.map((t) => t.id)).toEqual(b.transactions.map((t) => t.id));
  });

  it('numbers each content key by its own repeats, also among rows that share a time', () => {
    const out = run([['When', 'Amount'], ['2024-01-01', '5'], ['2024-01-01', '7'], ['2024-01-02', '5'], ['2024-01-01', '5'], ['2024-01-01', '7'], ['2024-01-01', '5']]);
    const seen = new Map<string, number>();
    const expected = out.transactions.map((t) => {
      const key = contentKey(t);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return contentId(t.provider, key, n);
    });
    expect(out.transactions.map((t) => t.id)).toEqual(expected);
    expect([...seen.values()]).toEqual([3, 2, 1]);
    expect(new Set(expected).size).toBe(6);
  });

  it('uses the provider id, and a repeated id is one transaction plus an issue', () => {
    const out = run([['Ref', 'When', 'Amount'], ['T1', '2024-01-01', '5'], ['T1', '2024-01-01', '5']]);
    expect(out.transactions.map((t) => t.id)).toEqual(['generic:T1']);
    expect(out.issues).toEqual([expect.objectContaining({ line: 3, code: 'duplicate-id' })]);
  });

  it('stops at a trailer the importer recognises', () => {
    const out = run([['When', 'Amount'], ['2024-01-01', '5'], ['END'], ['2024-01-03', '7']]);
    expect(out.rows).toBe(1);
    expect(out.transactions).toHaveLength(1);
  });

  it("the user's account name wins over the export's", () => {
    expect(run([['Account:x'], ['When', 'Amount'], ['2024-01-01', '5']], { accountId: 'Mine' }).accountId).toBe('Mine');
  });

  it('rejects a file without a known header, naming it and pointing to mappings', () => {
    expect(() => run([['foo', 'bar'], ['1', '2']])).toThrow(ImportError);
    expect(() => run([['foo', 'bar']])).toThrow(/^f\.csv: no header row .*mapping/);
  });

  it('findHeader looks past preamble rows', () => {
    expect(findHeader([['x'], ['When', 'Amount']], [toy])?.index).toBe(1);
  });
});

describe('content ids', () => {
  it('keep a pending row’s id when it later completes with a balance', async () => {
    const { contentKey } = await import('../../../shared/importing/ids');
    const base = { provider: 'revolut' as const, accountId: 'a', occurredAt: '2022-01-06T08:40:02+00:00', amountMinor: -3871, currency: 'EUR', counterparty: 'x', description: 'x', direction: 'out' as const };
    expect(contentKey({ ...base, status: 'pending' })).toBe(contentKey({ ...base, status: 'completed', balanceMinor: 22353 }));
  });
});
