import { describe, expect, it } from 'vitest';
import { buildAppealLetter } from '../../../shared/case/letter';
import { REASON_CATEGORIES } from '../../../shared/case/types';
import { sampleCase, sampleFindings, sampleMarks, sampleTransactions } from './sample-case';

const LANGS = ['en', 'zh-CN'] as const;

describe('buildAppealLetter', () => {
  it.each(REASON_CATEGORIES.flatMap((r) => LANGS.map((l) => [r, l] as const)))('%s in %s: the essentials, built from the case', (reason, lang) => {
    const c = sampleCase({ reason, platform: 'paypal', account: 'me@example.com', noticeReference: 'PP-123' });
    const text = buildAppealLetter({ case: c, lang, date: '2024-03-20', transactions: sampleTransactions, findings: sampleFindings, marks: sampleMarks, enclosures: ['report.html', 'transactions.csv'] });
    expect(text).toContain('me@example.com');
    expect(text).toContain('PP-123');
    expect(text).toContain('张三');
    expect(text).toContain('T-1'); // ticket from the contact log
    expect(text).toContain('1. report.html');
    expect(text).not.toMatch(/undefined|NaN|\[object|null/);
    if (lang === 'zh-CN') {
      expect(text).toContain('2024年3月5日');
      expect(text).toContain('此致');
    } else {
      expect(text).toContain('2024-03-05');
      expect(text).toContain('Yours faithfully,');
    }
  });

  it('English, policy violation: explains each flagged transaction with the owner’s note and asks to reopen', () => {
    const text = buildAppealLetter({ case: sampleCase(), lang: 'en', date: '2024-03-20', transactions: sampleTransactions, findings: sampleFindings, marks: sampleMarks });
    expect(text).toContain('Subject: Appeal concerning account 138****0000: restricted for a suspected breach of the rules (reference R-2024-77)');
    expect(text).toContain('I asked: Why restricted? Reply: Upload proof of purchase.');
    expect(text).toContain('Dear Alipay support team,');
    expect(text).toContain('> 您的账户存在异常交易，已限制收款。');
    expect(text).toMatch(/- 2024-03-04 23:10 \(UTC\+08:00\): -CN¥5,200\.00, 王五, transaction 2024030422001 — Payment for a second-hand laptop/);
    expect(text).not.toContain('便利店'); // neither flagged nor marked
    expect(text).toContain('Please lift the restriction and restore full use of my account.');
    expect(text).toContain('People’s Bank of China consumer complaint line 12363');
    expect(text).toContain('- Save the closure or limit notice'); // the ticked checklist line
  });

  it('中文，账户被盗：只列出非本人交易', () => {
    const c = sampleCase({ reason: 'security-takeover' });
    const text = buildAppealLetter({ case: c, lang: 'zh-CN', date: '2024-03-20', transactions: sampleTransactions, findings: sampleFindings, marks: sampleMarks });
    expect(text).toContain('以下交易并非本人操作：');
    expect(text).toContain('Trader <b>X</b>');
    expect(text).not.toContain('王五');
    expect(text).toContain('一、身份信息');
    expect(text).toContain('支付宝客服团队：');
  });

  it('permanent closure: asks to release the balance to the named account and for the clause', () => {
    const c = sampleCase({ reason: 'permanent-closure', platform: 'wise', asks: [], balanceAtNotice: { amountMinor: 123456, currency: 'EUR' }, refundAccount: 'DE89 **** 3000' });
    const text = buildAppealLetter({ case: c, lang: 'en', date: '2024-03-20' });
    expect(text).toContain('Please release my balance of €1,234.56 to my own account DE89 **** 3000.');
    expect(text).toContain('exact term of the user agreement');
  });

  it('legal freeze: asks for the authority and its reference instead of reopening', () => {
    const c = sampleCase({ reason: 'legal-freeze', asks: [] });
    const text = buildAppealLetter({ case: c, lang: 'zh-CN', date: '2024-03-20' });
    expect(text).toContain('恳请告知提出冻结的机关名称及案件编号。');
    expect(text).not.toContain('恢复正常使用');
  });

  it('uses placeholders for missing facts instead of inventing them', () => {
    const c = sampleCase({ holderName: undefined, restrictedOn: undefined, events: [], contacts: [], reason: 'permanent-closure', asks: ['release-funds'] });
    const text = buildAppealLetter({ case: c, lang: 'en', date: '2024-03-20' });
    expect(text).toContain('[your full name as on the account]');
    expect(text).toContain('[date of the notice]');
    expect(text).toContain('[your own bank account]');
  });

  it('lists at most maxTransactions and refers to the CSV for the rest', () => {
    const text = buildAppealLetter({ case: sampleCase(), lang: 'en', date: '2024-03-20', transactions: sampleTransactions, findings: sampleFindings, marks: sampleMarks, maxTransactions: 1 });
    expect(text).toContain('- and 1 more, listed in the enclosed transactions.csv.');
  });
});
