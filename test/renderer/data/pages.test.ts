import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { approxBytes, buildPages, PAGE_BYTES, PAGE_SIZE } from '../../../renderer/src/data/store/pages';

function tx(i: number, account: string, payee: string, rawChars = 10): Transaction {
  return {
    id: `p:${account}:${i}`,
    provider: 'alipay',
    accountId: account,
    occurredAt: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 100_000) * 60_000).toISOString(),
    amountMinor: -i,
    currency: 'CNY',
    counterparty: payee,
    description: '午餐',
    status: 'completed',
    direction: 'out',
    source: { fileSha256: 'f', line: i + 2, raw: ['x'.repeat(rawChars)] },
  };
}

describe('pages', () => {
  it.each([
    ['small rows: the row limit decides', 10, 2500],
    ['wide rows: the size budget decides', 400, 1200],
  ])('%s', (_, rawChars, n) => {
    const rows = [...Array.from({ length: n }, (_, i) => tx(i, 'A', i % 3 ? '美团' : 'Shop', rawChars)), ...Array.from({ length: 7 }, (_, i) => tx(i, 'B', 'Other'))];
    const { pages, cols } = buildPages('imp', rows);
    expect(pages.reduce((s, p) => s + p.count, 0)).toBe(rows.length);
    // Column records cover consecutive pages, at most PAGE_SIZE rows each, every page exactly once.
    expect(cols.flatMap((c) => c.pages)).toEqual(pages.map((p) => p.id));
    for (const c of cols) expect(c.count).toBeLessThanOrEqual(PAGE_SIZE);
    const byId = new Map(pages.map((p) => [p.id, p]));
    for (const p of pages) {
      expect(p.count).toBeLessThanOrEqual(PAGE_SIZE);
      expect(p.rows.length === 1 || p.rows.reduce((s, r) => s + approxBytes(r), 0) <= PAGE_BYTES).toBe(true);
      expect(new Set(p.rows.map((r) => r.accountId))).toEqual(new Set([p.accountId]));
      const times = p.rows.map((r) => Date.parse(r.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(p.from).toBe(times[0]);
      expect(p.to).toBe(times.at(-1));
    }
    for (const c of cols) {
      const rowsOf = Array.from({ length: c.count }, (_, i) => byId.get(c.pages[c.page[i]!]!)!.rows[c.slot[i]!]!);
      expect(c.ids).toEqual(rowsOf.map((r) => r.id));
      expect([...c.amount]).toEqual(rowsOf.map((r) => r.amountMinor));
      expect(Array.from(c.counterparty.codes, (k) => c.counterparty.dict[k])).toEqual(rowsOf.map((r) => r.counterparty));
      expect(new Set(c.counterparties)).toEqual(new Set(rowsOf.map((r) => r.counterparty)));
    }
    if (rawChars > 100) expect(pages.length).toBeGreaterThan(Math.ceil(n / PAGE_SIZE) + 1);
  });
});
