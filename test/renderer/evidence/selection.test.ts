import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/rules/types';
import type { ReviewMark } from '../../../renderer/src/data/api';
import type { StoredCase } from '../../../renderer/src/data/case-api';
import { defaultLang, defaultSelection, pickEvidence } from '../../../renderer/src/evidence/selection';
import { tx } from '../app/fake-data-api';
import { sampleCase } from '../case/render-case';

const stored = (over: Partial<StoredCase['row']> = {}): StoredCase => ({
  row: sampleCase(over),
  contacts: [],
  attachments: [
    { id: 'a1', caseId: 'case-1', name: 'id.png', kind: 'id-front', sha256: 'x', size: 1, mime: 'image/png', warnings: [], addedAt: '2024-03-21T00:00:00Z' },
    { id: 'a2', caseId: 'case-1', name: 'notice.pdf', kind: 'closure-notice', sha256: 'y', size: 1, mime: 'application/pdf', warnings: [], addedAt: '2024-03-22T00:00:00Z' },
  ],
});

describe('default selection', () => {
  it('takes findings and the not-mine and unsure marks, the case period, every attachment and the originals', () => {
    const sel = defaultSelection(stored({ restrictedOn: '2024-03-20', accountId: 'main' }), { uiLang: 'en', today: '2024-04-02', desktop: false });
    expect(sel).toEqual({
      findings: true,
      verdicts: { 'not-mine': true, unsure: true, mine: false },
      allInPeriod: false,
      from: '2023-12-21',
      to: '2024-04-02',
      accountId: 'main',
      attachmentIds: ['a1', 'a2'],
      originals: true,
      maskCounterpartyAccounts: false,
      lang: 'zh-CN',
      reportPdf: false,
    });
  });

  it('without a freeze date the period is open at the start; the desktop app adds report.pdf', () => {
    const sel = defaultSelection(stored({ restrictedOn: undefined, platform: 'revolut' }), { uiLang: 'en', today: '2024-04-02', desktop: true });
    expect([sel.from, sel.to, sel.accountId, sel.lang, sel.reportPdf]).toEqual(['', '2024-04-02', undefined, 'en', true]);
  });

  it.each([
    ['alipay', 'en', 'zh-CN'],
    ['wechat-pay', 'en', 'zh-CN'],
    ['paypal', 'en', 'en'],
    ['paypal', 'zh-CN', 'zh-CN'],
  ] as const)('%s with the UI in %s writes the bundle in %s', (platform, ui, expected) => {
    expect(defaultLang(platform, ui)).toBe(expected);
  });
});

describe('picking the evidence', () => {
  const t = [
    tx(1, { occurredAt: '2024-03-10T10:00:00+08:00' }), // flagged
    tx(2, { occurredAt: '2024-03-11T10:00:00+08:00' }), // not mine
    tx(3, { occurredAt: '2024-03-12T10:00:00+08:00' }), // unsure
    tx(4, { occurredAt: '2024-03-13T10:00:00+08:00' }), // mine
    tx(5, { occurredAt: '2023-06-01T10:00:00+08:00' }), // flagged, before the period
    tx(6, { occurredAt: '2024-03-14T10:00:00+08:00', accountId: 'other' }), // not mine, other account
    tx(7, { occurredAt: '2024-03-15T10:00:00+08:00' }), // nothing
  ];
  const findings: Finding[] = [
    { id: 'f1', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.9, transactionIds: [t[0]!.id, t[4]!.id], messageId: 'm', data: {} },
    { id: 'f2', rule: 'odd-hours', rules: ['odd-hours'], severity: 'low', score: 0.2, transactionIds: [t[4]!.id], messageId: 'm', data: {} },
  ];
  const mark = (i: number, verdict: ReviewMark['verdict']): ReviewMark => ({ transactionId: t[i]!.id, verdict, note: `n${i}`, updatedAt: 'x' });
  const marks = [mark(1, 'not-mine'), mark(2, 'unsure'), mark(3, 'mine'), mark(5, 'not-mine')];
  const sel = defaultSelection(stored({ restrictedOn: '2024-03-20', accountId: 'main' }), { uiLang: 'en', today: '2024-04-02', desktop: false });
  const ids = (p: { transactions: { id: string }[] }) => p.transactions.map((x) => x.id);

  it('by default: flagged, not mine and unsure, on the case account inside the period, oldest first', () => {
    const p = pickEvidence(sel, { transactions: t, findings, marks });
    expect(ids(p)).toEqual([t[0]!.id, t[1]!.id, t[2]!.id]);
    // Findings narrowed to the chosen transactions; one with none left is dropped.
    expect(p.findings.map((f) => [f.id, f.transactionIds])).toEqual([['f1', [t[0]!.id]]]);
    expect(p.marks.map((m) => m.transactionId)).toEqual([t[1]!.id, t[2]!.id]);
  });

  it('each part can be switched off or on', () => {
    expect(ids(pickEvidence({ ...sel, findings: false }, { transactions: t, findings, marks }))).toEqual([t[1]!.id, t[2]!.id]);
    expect(ids(pickEvidence({ ...sel, verdicts: { 'not-mine': false, unsure: false, mine: true } }, { transactions: t, findings, marks }))).toEqual([t[0]!.id, t[3]!.id]);
    expect(ids(pickEvidence({ ...sel, from: '' }, { transactions: t, findings, marks }))).toEqual([t[4]!.id, t[0]!.id, t[1]!.id, t[2]!.id]);
    const { accountId: _a, ...anyAccount } = sel;
    expect(ids(pickEvidence(anyAccount, { transactions: t, findings, marks }))).toContain(t[5]!.id);
    expect(pickEvidence({ ...sel, findings: false }, { transactions: t, findings, marks }).findings).toEqual([]);
  });

  it('the whole period adds unflagged transactions of the account, still inside the period', () => {
    const p = pickEvidence({ ...sel, allInPeriod: true }, { transactions: t, findings, marks }, t);
    expect(ids(p)).toEqual([t[0]!.id, t[1]!.id, t[2]!.id, t[3]!.id, t[6]!.id]);
  });
});
