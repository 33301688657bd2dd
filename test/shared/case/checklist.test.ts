import { describe, expect, it } from 'vitest';
import { buildChecklist, checklistProgress, mergeChecklist } from '../../../shared/case/checklist';
import { REASON_CATEGORIES, type CasePlatform, type ReasonCategory } from '../../../shared/case/types';
import { PROVIDER_IDS } from '../../../shared/model';

const PLATFORMS: CasePlatform[] = [...PROVIDER_IDS, 'other'];

describe('buildChecklist', () => {
  it.each(REASON_CATEGORIES.flatMap((r) => PLATFORMS.map((p) => [r, p] as const)))('%s on %s: unique ids, both languages, nothing ticked', (reason, platform) => {
    const items = buildChecklist(reason, platform);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(i.text.en.trim()).not.toBe('');
      expect(i.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(i.done).toBe(false);
      expect(['official', 'commonly-reported']).toContain(i.source);
    }
  });

  // Whether a line is shown as policy depends on whose page backs it (APPEALS.md §7 sources).
  it.each([
    ['identity-verification', 'wise', 'selfie-with-id', 'official'],
    ['identity-verification', 'alipay', 'selfie-with-id', 'commonly-reported'],
    ['identity-verification', 'paypal', 'photo-id', 'official'],
    ['identity-verification', 'wechat-pay', 'photo-id', 'commonly-reported'],
    ['identity-verification', 'revolut', 'no-screenshots', 'official'],
    ['security-takeover', 'paypal', 'change-password', 'official'],
    ['security-takeover', 'alipay', 'police-report', 'commonly-reported'],
    ['policy-violation', 'revolut', 'source-of-funds', 'official'],
    ['permanent-closure', 'wise', 'refund-bank-details', 'official'],
    ['permanent-closure', 'paypal', 'balance-and-reminders', 'commonly-reported'],
    ['legal-freeze', 'wechat-pay', 'authority-reference', 'commonly-reported'],
  ] as [ReasonCategory, CasePlatform, string, string][])('%s on %s: %s is %s', (reason, platform, id, source) => {
    const item = buildChecklist(reason, platform).find((i) => i.id === id);
    expect(item?.source).toBe(source);
  });

  it('offers the same-name bank card only for Chinese wallets', () => {
    expect(buildChecklist('identity-verification', 'wechat-pay').some((i) => i.id === 'same-name-bank-card')).toBe(true);
    expect(buildChecklist('identity-verification', 'paypal').some((i) => i.id === 'same-name-bank-card')).toBe(false);
  });

  it('adds the platform’s own steps, except for a legal freeze the platform cannot lift', () => {
    expect(buildChecklist('unknown', 'wise').map((i) => i.id)).toContain('wise-appeal');
    expect(buildChecklist('policy-violation', 'wechat-pay').map((i) => i.id)).toContain('wechat-export-first');
    expect(buildChecklist('legal-freeze', 'wise').map((i) => i.id)).not.toContain('wise-appeal');
  });

  it('marks general advice as good practice', () => {
    const notice = buildChecklist('unknown', 'paypal').find((i) => i.id === 'notice-saved');
    expect(notice?.goodPractice).toBe(true);
  });
});

describe('mergeChecklist', () => {
  it('keeps ticks and own lines when the reason changes, and keeps ticked lines that no longer apply', () => {
    const start = buildChecklist('identity-verification', 'paypal');
    const ticked = start.map((i) => (i.id === 'photo-id' || i.id === 'notice-saved' ? { ...i, done: true } : i));
    ticked.push({ id: 'own-1', text: { en: 'Call the bank', 'zh-CN': '给银行打电话' }, done: false, source: 'commonly-reported', custom: true });
    const merged = mergeChecklist(ticked, 'security-takeover', 'paypal');
    expect(merged.find((i) => i.id === 'notice-saved')?.done).toBe(true);
    expect(merged.find((i) => i.id === 'photo-id')?.done).toBe(true);
    expect(merged.find((i) => i.id === 'own-1')?.custom).toBe(true);
    expect(merged.some((i) => i.id === 'proof-of-address')).toBe(false);
    expect(merged.some((i) => i.id === 'change-password')).toBe(true);
    expect(checklistProgress(merged)).toEqual({ done: 2, total: merged.length });
  });

  it('recomputes the source for a new platform', () => {
    const wise = buildChecklist('identity-verification', 'wise');
    const merged = mergeChecklist(wise, 'identity-verification', 'alipay');
    expect(merged.find((i) => i.id === 'selfie-with-id')?.source).toBe('commonly-reported');
  });
});
