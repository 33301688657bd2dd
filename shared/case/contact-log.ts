// The support-contact log: which follow-ups are due, and which entries look like a scam (APPEALS.md §6:
// only official channels; never a code, password, screen share or payment to "unfreeze").
import { platformInfo } from './platforms';
import type { AppealCase, CasePlatform, ContactEntry } from './types';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface DueFollowUp {
  entry: ContactEntry;
  /** Whole days past the follow-up date (0 = due today). */
  daysOverdue: number;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Follow-ups due on or before `today` (YYYY-MM-DD) that are not marked done, most overdue first. */
export function dueFollowUps(c: Pick<AppealCase, 'contacts'>, today: string): DueFollowUp[] {
  if (!DATE_RE.test(today)) throw new Error(`today must be a YYYY-MM-DD date, got "${today}"`);
  const now = dayNumber(today);
  return c.contacts
    .filter((e) => e.followUpOn && !e.followUpDone && DATE_RE.test(e.followUpOn) && e.followUpOn <= today)
    .map((entry) => ({ entry, daysOverdue: now - dayNumber(entry.followUpOn!) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.entry.at.localeCompare(b.entry.at) || a.entry.id.localeCompare(b.entry.id));
}

export type ContactWarning =
  | 'unofficial-channel'
  | 'unknown-number'
  | 'asked-for-code'
  | 'asked-for-password'
  | 'asked-for-screen-share'
  | 'asked-for-payment';

// Requests from the other side, in both languages since the log is free text. Only what they said
// (answer, promised step) is scanned: the owner's own question may well mention a password.
const ASK = String.raw`(?:give|tell|send|provide|share|read(?: out)?|confirm|forward)\b.{0,30}`;
const ASK_ZH = '(?:提供|告诉|发送|发给|发一下|报一下|报给|念|说出|回复)';
// Chinese also puts the object first: 把验证码发给我.
const zh = (obj: string): string => `${ASK_ZH}.{0,8}${obj}|${obj}.{0,8}${ASK_ZH}`;
const RED_FLAGS: [ContactWarning, RegExp][] = [
  ['asked-for-code', new RegExp(`${ASK}\\b(?:otp|one[- ]time (?:pass)?code|(?:verification|sms|sign-?in|security) code|code|pin|cvv)\\b|${zh('(?:验证码|动态码|校验码)')}`, 'i')],
  ['asked-for-password', new RegExp(`${ASK}\\bpassword|${zh('(?:密码|口令)')}`, 'i')],
  ['asked-for-screen-share', /screen[- ]?shar|share (?:your|the) screen|remote[- ]access|anydesk|teamviewer|facetime|屏幕共享|共享屏幕|远程控制|下载.{0,8}会议/i],
  ['asked-for-payment', /unfreez\w* fee|unlock fee|pay (?:a |the )?(?:fee|deposit)|test (?:transaction|payment)|transfer (?:money|funds|the balance) to|safe account|解冻费|保证金|转账.{0,8}(?:解冻|验证|安全账户)|安全账户|刷流水/i],
];

const digits = (s: string): string => s.replace(/\D/g, '');

/**
 * Warnings for one log entry. A channel the owner has not confirmed as official is flagged, and so is a
 * phone number or address that is not one the platform is known to use (the searched-number scam).
 */
export function contactWarnings(entry: ContactEntry, platform: CasePlatform): ContactWarning[] {
  const out: ContactWarning[] = [];
  if (!entry.officialConfirmed) out.push('unofficial-channel');
  const known = platformInfo(platform).knownContacts;
  const detail = entry.channelDetail?.trim();
  if (detail && known.length) {
    const isKnown =
      entry.channel === 'phone'
        ? known.some((k) => digits(k) !== '' && digits(detail) === digits(k))
        : entry.channel === 'email'
          ? known.some((k) => detail.toLowerCase().includes(k.toLowerCase())) || !detail.includes('@')
          : true;
    if (!isKnown) out.push('unknown-number');
  }
  const text = `${entry.answered}\n${entry.promisedNextStep ?? ''}`;
  for (const [code, re] of RED_FLAGS) if (re.test(text)) out.push(code);
  return out;
}
