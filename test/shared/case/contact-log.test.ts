import { describe, expect, it } from 'vitest';
import { contactWarnings, dueFollowUps } from '../../../shared/case/contact-log';
import type { ContactEntry } from '../../../shared/case/types';

const entry = (over: Partial<ContactEntry>): ContactEntry => ({
  id: 'c1', at: '2024-03-06T10:00+08:00', channel: 'phone', officialConfirmed: true, asked: '', answered: '', ...over,
});

describe('dueFollowUps', () => {
  const contacts = [
    entry({ id: 'a', followUpOn: '2024-03-10' }),
    entry({ id: 'b', followUpOn: '2024-03-12' }),
    entry({ id: 'c', followUpOn: '2024-03-01', followUpDone: true }),
    entry({ id: 'd' }),
    entry({ id: 'e', followUpOn: '2024-02-28' }),
  ];

  it.each([
    ['2024-02-27', []],
    ['2024-03-10', [['e', 11], ['a', 0]]],
    ['2024-03-12', [['e', 13], ['a', 2], ['b', 0]]],
  ] as const)('on %s', (today, expected) => {
    expect(dueFollowUps({ contacts }, today).map((d) => [d.entry.id, d.daysOverdue])).toEqual(expected);
  });

  it('rejects a malformed date instead of guessing', () => {
    expect(() => dueFollowUps({ contacts }, '10/03/2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('contactWarnings', () => {
  it.each([
    ['official number, harmless answer', entry({ channelDetail: '95188', answered: 'Please upload your ID in the app.' }), 'alipay', []],
    ['not confirmed official', entry({ officialConfirmed: false }), 'alipay', ['unofficial-channel']],
    ['a searched look-alike number', entry({ channelDetail: '400-618-9518' }), 'alipay', ['unknown-number']],
    ['number with spaces still matches', entry({ channelDetail: '95 188' }), 'alipay', []],
    ['asked for the SMS code', entry({ answered: 'Please tell me the verification code we just sent.' }), 'paypal', ['asked-for-code']],
    ['asked for the password', entry({ answered: 'Give me your password so I can check' }), 'wise', ['asked-for-password']],
    ['advice to change the password is fine', entry({ answered: 'Change your password from a trusted device.' }), 'paypal', []],
    ['the owner’s own question about a password is fine', entry({ asked: 'Should I change my password?' }), 'paypal', []],
    ['screen sharing', entry({ answered: '请下载会议软件并开启屏幕共享' }), 'wechat-pay', ['asked-for-screen-share']],
    ['unfreeze fee', entry({ answered: '需要先缴纳解冻费 2000 元' }), 'wechat-pay', ['asked-for-payment']],
    ['code in Chinese', entry({ promisedNextStep: '请把短信验证码发给我' }), 'alipay', ['asked-for-code']],
    ['transfer to a safe account', entry({ answered: 'Transfer the balance to a safe account we give you' }), 'revolut', ['asked-for-payment']],
    ['email from a look-alike domain', entry({ channel: 'email', channelDetail: 'appeals@wise-support.help' }), 'wise', ['unknown-number']],
    ['email from the real address', entry({ channel: 'email', channelDetail: 'appeals@wise.com' }), 'wise', []],
  ] as const)('%s', (_label, e, platform, expected) => {
    expect(contactWarnings(e, platform)).toEqual(expected);
  });
});
