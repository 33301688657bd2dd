import { describe, expect, it } from 'vitest';
import { formatCaseErrors, parseCaseJson } from '../../../shared/case/case-json';

const valid = {
  version: 1,
  platform: 'wechat-pay',
  account: 'wxid_abc123',
  holderName: 'Li Lei',
  reason: 'platform-fault',
  status: 'waiting-on-support',
  restrictedOn: '2021-11-20',
  noticeText: '零钱已被冻结',
  balanceAtNotice: { amount: '1,234.50', currency: 'CNY' },
  asks: ['reopen', 'release-funds'],
  events: [{ at: '2021-11-20T09:00+08:00', kind: 'notice', text: 'SMS' }],
  contacts: [
    { at: '2021-11-21', channel: 'in-app-chat', officialConfirmed: true, asked: 'why?', answered: 'name mismatch', followUpOn: '2021-11-28' },
  ],
  checklist: [{ id: 'export-before-reset', done: true }, { text: 'Ask my bank for a letter', done: false }],
  attachments: [{ file: 'docs/notice.png', kind: 'closure-notice' }],
  marks: [{ transactionId: 'wechat-pay:42', verdict: 'mine', note: 'rent' }],
};

describe('parseCaseJson', () => {
  it('reads a complete case, fills defaults and builds the checklist', () => {
    const r = parseCaseJson(JSON.stringify(valid));
    if (!r.ok) throw new Error(formatCaseErrors('case.json', r.errors));
    expect(r.case).toMatchObject({
      id: 'wechat-pay:wxid_abc123', platform: 'wechat-pay', reason: 'platform-fault', status: 'waiting-on-support',
      balanceAtNotice: { amountMinor: 123450, currency: 'CNY' }, asks: ['reopen', 'release-funds'],
    });
    expect(r.case.events[0]).toEqual({ id: 'event-1', at: '2021-11-20T09:00+08:00', kind: 'notice', text: 'SMS' });
    expect(r.case.contacts[0]).toMatchObject({ id: 'contact-1', followUpOn: '2021-11-28', officialConfirmed: true });
    expect(r.case.checklist.find((i) => i.id === 'export-before-reset')?.done).toBe(true);
    expect(r.case.checklist.at(-1)).toMatchObject({ custom: true, text: { en: 'Ask my bank for a letter' } });
    expect(r.attachments).toEqual([{ id: 'attachment-1', file: 'docs/notice.png', name: 'notice.png', kind: 'closure-notice' }]);
    expect(r.marks).toEqual([{ transactionId: 'wechat-pay:42', verdict: 'mine', note: 'rent' }]);
  });

  it('needs only platform and account', () => {
    const r = parseCaseJson({ platform: 'paypal', account: 'me@example.com' });
    expect(r.ok && r.case).toMatchObject({ reason: 'unknown', status: 'open', noticeText: '', contacts: [] });
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseCaseJson('\ufeff{"platform":"wise","account":"x"}').ok).toBe(true);
  });

  it.each([
    ['not JSON', '{platform: wise}', '(file)', /not valid JSON/],
    ['a list', '[]', '(file)', /expected an object/],
    ['missing platform', { account: 'a' }, 'platform', /required/],
    ['unknown platform', { platform: 'venmoo', account: 'a' }, 'platform', /not one of/],
    ['empty account', { platform: 'wise', account: ' ' }, 'account', /must not be empty/],
    ['typo in a field', { platform: 'wise', account: 'a', reasn: 'unknown' }, 'reasn', /unknown field/],
    ['wrong case of a field', { platform: 'wise', account: 'a', Status: 'open' }, 'Status', /did you mean "status"/],
    ['bad reason', { platform: 'wise', account: 'a', reason: 'fraud' }, 'reason', /not one of/],
    ['impossible date', { platform: 'wise', account: 'a', restrictedOn: '2024-02-30' }, 'restrictedOn', /YYYY-MM-DD/],
    ['date in another order', { platform: 'wise', account: 'a', restrictedOn: '05/03/2024' }, 'restrictedOn', /YYYY-MM-DD/],
    ['time without a zone', { platform: 'wise', account: 'a', contacts: [{ at: '2024-03-05 10:00', channel: 'phone' }] }, 'contacts[0].at', /no time zone/],
    ['bad channel', { platform: 'wise', account: 'a', contacts: [{ at: '2024-03-05', channel: 'fax' }] }, 'contacts[0].channel', /not one of/],
    ['flag as text', { platform: 'wise', account: 'a', contacts: [{ at: '2024-03-05', channel: 'phone', officialConfirmed: 'yes' }] }, 'contacts[0].officialConfirmed', /true or false/],
    ['event without kind', { platform: 'wise', account: 'a', events: [{ at: '2024-03-05' }] }, 'events[0].kind', /required/],
    ['amount as a number', { platform: 'wise', account: 'a', balanceAtNotice: { amount: 12.5, currency: 'EUR' } }, 'balanceAtNotice.amount', /as text/],
    ['amount with stray text', { platform: 'wise', account: 'a', balanceAtNotice: { amount: '12,5x', currency: 'EUR' } }, 'balanceAtNotice.amount', /not an amount/],
    ['lower-case currency', { platform: 'wise', account: 'a', balanceAtNotice: { amount: '1', currency: 'eur' } }, 'balanceAtNotice.currency', /ISO 4217/],
    ['unknown checklist id', { platform: 'wise', account: 'a', checklist: [{ id: 'nope', done: true }] }, 'checklist[0].id', /give a "text"/],
    ['attachment without file', { platform: 'wise', account: 'a', attachments: [{ kind: 'id-front' }] }, 'attachments[0].file', /required/],
    ['duplicate contact ids', { platform: 'wise', account: 'a', contacts: [{ id: 'x', at: '2024-01-01', channel: 'email' }, { id: 'x', at: '2024-01-02', channel: 'email' }] }, 'contacts[1].id', /used twice/],
    ['bad verdict', { platform: 'wise', account: 'a', marks: [{ transactionId: 't', verdict: 'fraud' }] }, 'marks[0].verdict', /not one of/],
    ['newer version', { version: 2, platform: 'wise', account: 'a' }, 'version', /reads version 1/],
    ['asks not a list', { platform: 'wise', account: 'a', asks: 'reopen' }, 'asks', /expected a list/],
  ] as const)('%s → error at %s', (_label, input, path, problem) => {
    const r = parseCaseJson(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(r.errors)).toBeDefined();
    expect(hit!.problem).toMatch(problem);
  });

  it('lists every problem in one pass', () => {
    const r = parseCaseJson({ platform: 'x', account: 3, restrictedOn: 'soon', contacts: [{ channel: 'fax' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['platform', 'account', 'restrictedOn', 'contacts[0].at', 'contacts[0].channel']);
    expect(formatCaseErrors('case.json', r.errors).split('\n')[0]).toBe('case.json: platform: "x" is not one of: alipay, cashapp, generic, jd, meituan, monzo, paypal, revolut, venmo, wechat-pay, wise, other');
  });
});
