import { describe, expect, it } from 'vitest';
import { renderTable, safe } from '../../cli/table-report';
import type { AuditResult } from '../../cli/audit';
import type { Transaction } from '../../shared/model';

const tx = (id: string, counterparty: string, amountMinor: number): Transaction => ({
  id, provider: 'alipay', accountId: 'a', occurredAt: '2024-01-01T03:00:00+08:00', amountMinor, currency: 'CNY', counterparty,
  description: '', status: 'completed', direction: 'out', source: { fileSha256: 'x', line: 2, raw: [] },
});

function result(over: Partial<AuditResult> = {}): AuditResult {
  return {
    files: [
      { name: '支付宝.csv', sha256: 'x', importer: 'alipay', layout: 'app-2023', encoding: 'gb18030', accountId: 'a', rows: 12, imported: 10, duplicates: 2, issues: [] },
      { name: 'b.csv', sha256: 'y', importer: 'revolut', layout: 's', encoding: 'utf-8', accountId: 'a', rows: 3, imported: 3, duplicates: 0, issues: [{ line: 7, code: 'bad-amount', detail: 'not an amount: "x"' }] },
    ],
    imports: [],
    transactions: [tx('t1', 'Shop\u202eevil', -500000), tx('t2', 'B', -100)],
    findings: [
      { id: 'f2', rule: 'odd-hours', severity: 'low', score: 0.3, message: 'late', transactionIds: ['t2'] },
      { id: 'f1', rule: 'new-payee', severity: 'high', score: 0.9, message: 'first payment', transactionIds: ['t1'] },
    ],
    ...over,
  };
}

describe('renderTable', () => {
  it('aligns columns by display width, so Chinese names do not shift the numbers', () => {
    const lines = renderTable(result(), 'en').split('\n');
    const rows = lines.filter((l) => /支付宝\.csv|b\.csv\s/.test(l) && /\d\s*$/.test(l));
    expect(rows).toHaveLength(2);
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(width(rows[0]!)).toBe(width(rows[1]!));
  });

  it('lists issues under their file with the line, and findings grouped by severity with their transactions', () => {
    const text = renderTable(result(), 'en');
    expect(text).toMatch(/b\.csv\n\s+line 7\s+bad-amount\s+not an amount: "x"/);
    expect(text).toMatch(/^2 transactions \(2 already in an earlier file, not counted twice\)$/m);
    expect(text.indexOf('HIGH (1)')).toBeLessThan(text.indexOf('LOW (1)'));
    expect(text).toMatch(/new-payee\s+score 0\.90\s+first payment\n\s+2024-01-01T03:00:00\+08:00\s+-5000\.00 CNY\s+Shop\\u\{202e\}evil/);
  });

  it('caps a long issue list and says where the rest is', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ line: i + 2, code: 'bad-date' as const, detail: 'd' }));
    const r = result();
    r.files[1]!.issues = issues;
    expect(renderTable(r, 'en')).toMatch(/… and 5 more \(--json lists all\)/);
  });

  it('says so when there are no findings', () => {
    expect(renderTable(result({ findings: [] }), 'en')).toMatch(/Findings\n {2}No findings\./);
  });
});

describe('safe', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\u{1b}[31mred\\u{1b}[0m'],
    ['a\u202eb\u2066c\u200bd', 'a\\u{202e}b\\u{2066}c\\u{200b}d'],
    ['line\nbreak\r', 'line\\u{a}break\\u{d}'],
    ['普通文字 plain', '普通文字 plain'],
  ])('%j → %j', (input, want) => {
    expect(safe(input)).toBe(want);
  });
});
