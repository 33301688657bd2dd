// The readable report: files and counts, issues with line numbers, findings by severity. Text from the
// files (names, counterparties) is made terminal-safe first: an export can carry escape sequences or
// bidi controls that would otherwise repaint or reorder the user's terminal.
import { toDecimalString } from '../shared/money';
import type { Severity } from '../shared/model';
import type { Lang } from '../shared/rules/types';
import type { AuditResult } from './audit';
import { findingTransactions } from './json-report';

const WORDS = {
  en: {
    files: 'Files', file: 'FILE', importer: 'IMPORTER', encoding: 'ENCODING', rows: 'ROWS', imported: 'IMPORTED',
    duplicates: 'DUPLICATES', issues: 'ISSUES', issuesTitle: 'Issues', line: 'line', more: (n: number) => `… and ${n} more (--json lists all)`,
    transactions: (n: number, d: number) => `${n} transactions${d ? ` (${d} already in an earlier file, not counted twice)` : ''}`,
    findings: 'Findings', none: 'No findings.', score: 'score',
    severity: { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' } as Record<Severity, string>,
  },
  'zh-CN': {
    files: '文件', file: '文件', importer: '导入器', encoding: '编码', rows: '行数', imported: '导入',
    duplicates: '重复', issues: '问题', issuesTitle: '问题', line: '第', more: (n: number) => `… 另有 ${n} 条（--json 列出全部）`,
    transactions: (n: number, d: number) => `共 ${n} 笔交易${d ? `（${d} 笔已在前面的文件中，未重复计入）` : ''}`,
    findings: '发现', none: '没有发现。', score: '分数',
    severity: { high: '高', medium: '中', low: '低' } as Record<Severity, string>,
  },
} as const;

const ISSUES_PER_FILE = 20;

export function renderTable(r: AuditResult, lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  const head = [w.file, w.importer, w.encoding, w.rows, w.imported, w.duplicates, w.issues];
  const body = r.files.map((f) => [safe(f.name), f.importer, f.encoding, String(f.rows), String(f.imported), String(f.duplicates), String(f.issues.length)]);
  out.push(w.files, ...table([head, ...body], [false, false, false, true, true, true, true]).map((l) => `  ${l}`), '');

  const withIssues = r.files.filter((f) => f.issues.length);
  if (withIssues.length) {
    out.push(w.issuesTitle);
    for (const f of withIssues) {
      out.push(`  ${safe(f.name)}`);
      for (const i of f.issues.slice(0, ISSUES_PER_FILE)) {
        const where = lang === 'zh-CN' ? `${w.line} ${i.line} 行` : `${w.line} ${i.line}`;
        out.push(`    ${where}  ${i.code}  ${safe(i.detail)}`);
      }
      if (f.issues.length > ISSUES_PER_FILE) out.push(`    ${w.more(f.issues.length - ISSUES_PER_FILE)}`);
    }
    out.push('');
  }

  const dups = r.files.reduce((n, f) => n + f.duplicates, 0);
  out.push(w.transactions(r.transactions.length, dups), '');

  out.push(w.findings);
  if (!r.findings.length) out.push(`  ${w.none}`);
  const byId = findingTransactions(r);
  for (const sev of ['high', 'medium', 'low'] as const) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(`  ${w.severity[sev]} (${list.length})`);
    for (const f of list) {
      out.push(`    ${f.rule}  ${w.score} ${f.score.toFixed(2)}  ${safe(f.message)}`);
      for (const id of f.transactionIds) {
        const t = byId.get(id);
        if (t) out.push(`      ${t.occurredAt}  ${toDecimalString(t.amountMinor, t.currency)} ${t.currency}  ${safe(t.counterparty)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Pads columns by display width (CJK takes two cells), numbers right-aligned. */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) =>
    r.map((cell, c) => {
      const pad = ' '.repeat(widths[c]! - width(cell));
      return right[c] ? pad + cell : cell + pad;
    }).join('  ').trimEnd(),
  );
}

function width(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300;
    n += wide ? 2 : 1;
  }
  return n;
}

// C0/C1 controls (ESC starts terminal sequences), bidi embeddings/overrides/isolates, zero-width marks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Shows unsafe characters as visible `\u{…}` escapes instead of letting the terminal act on them. */
export function safe(s: string): string {
  return s.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
