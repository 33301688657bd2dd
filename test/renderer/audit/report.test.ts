import { describe, expect, it } from 'vitest';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import { auditReportHtml, reportFileName } from '../../../renderer/src/audit/report';
import { createI18n } from '../../../renderer/src/i18n';

const evil = '<img src=x onerror=alert(1)>';
const snapshot: AuditSnapshot = {
  id: 'a2', completedAt: '2024-05-02', period: { from: '2024-04-01', to: '2024-04-30' }, transactions: 42,
  findings: { high: 1, medium: 2, low: 3 }, unreviewedFindings: 4, newCounterparties: [evil, '王*华'], newFundingMethods: ['招商银行(9999)'],
  recurringChanges: ['Music (changed)'], checklist: [{ id: 'two-step', confirmedAt: '2024-05-02' }, { id: 'notifications', failing: true }],
  notes: '</div><script>steal()</script>\nline two',
};
const previous: AuditSnapshot = {
  ...snapshot, id: 'a1', completedAt: '2024-03-31', transactions: 40, findings: { high: 0, medium: 2, low: 5 }, unreviewedFindings: 1,
  checklist: [{ id: 'notifications', confirmedAt: '2024-03-31' }], notes: '',
};

describe('audit report', () => {
  const en = createI18n('en');
  const doc = auditReportHtml(snapshot, previous, 'en', en);

  it('is one self-contained document: no scripts, no external resources, a CSP that loads nothing', () => {
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const tags = doc.match(/<[a-z][^>]*>/gi) ?? [];
    const names = new Set(tags.map((tag) => /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase()));
    expect([...names].filter((n) => !['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'div'].includes(n))).toEqual([]);
    expect(tags.filter((tag) => /\s(src|href|on\w+)=/i.test(tag))).toEqual([]);
    // The stylesheet is our own constant and arrives intact (quotes are not entities inside <style>).
    expect(doc).toContain("font:14px/1.5 system-ui,-apple-system,'Segoe UI'");
  });

  it('escapes every value the user or an export supplied', () => {
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).toContain('&lt;/div&gt;&lt;script&gt;steal()&lt;/script&gt;');
    expect(doc).toContain('王*华');
  });

  it('holds what was reviewed, what was found, the checklist and the comparison', () => {
    const text = doc.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Wallet self-audit, 2024-04-01 to 2024-04-30');
    expect(text).toContain('Transactions in the period 42');
    expect(text).toContain('High-severity findings 1');
    expect(text).toContain('Findings not yet reviewed 4');
    expect(text).toContain('招商银行(9999)');
    expect(text).toContain('Music (changed)');
    expect(text).toContain('Two-step verification is on Confirmed 2024-05-02');
    expect(text).toContain('Transaction notifications are on Does not hold —');
    expect(text).toContain('The wallet password is strong and used nowhere else Never confirmed —');
    expect(text).toContain('Compared with the audit of 2024-03-31');
    expect(text).toContain('Transactions in the period +2');
    expect(text).toContain('Low-severity findings -2');
    expect(text).toMatch(/Security items that no longer hold Transaction notifications are on/);
    expect(text).toMatch(/Security items fixed or confirmed since Two-step verification is on/);
  });

  it('in Chinese, without a previous audit', () => {
    const zh = createI18n('zh-CN');
    const text = auditReportHtml(snapshot, undefined, 'zh-CN', zh);
    expect(text).toContain('<html lang="zh-CN">');
    expect(text).toContain('钱包自我审计，2024-04-01 至 2024-04-30');
    expect(text).toContain('已开启两步验证（双重验证）');
    expect(text).not.toContain('与 2024-03-31 的审计相比');
  });

  it('names its files after the period', () => {
    expect(reportFileName(snapshot, 'html')).toBe('wallet-auditor-self-audit-2024-04-01-to-2024-04-30.html');
    expect(reportFileName(snapshot, 'pdf')).toBe('wallet-auditor-self-audit-2024-04-01-to-2024-04-30.pdf');
  });
});
