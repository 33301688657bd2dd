// The case file format (version 1): what the CLI reads and the app exports. Every mistake is reported with
// the field's path, all at once; nothing half-valid is returned.
//
// {
//   "version": 1,                                   optional
//   "platform": "alipay",                           required: a provider id or "other"
//   "account": "138****0000",                       required: login email, phone or user id (never a password)
//   "holderName": "张三", "contact": "me@example.com",
//   "reason": "policy-violation",                   identity-verification | security-takeover | policy-violation |
//                                                   platform-fault | permanent-closure | legal-freeze | unknown (default)
//   "status": "waiting-on-support",                 open (default) | waiting-on-support | appealed | reopened | closed-for-good
//   "restrictedOn": "2024-03-05",                   YYYY-MM-DD
//   "noticeText": "…", "noticeReference": "R-77",
//   "balanceAtNotice": { "amount": "1234.50", "currency": "CNY" },   amounts as text, never as JSON numbers
//   "asks": ["reopen", "release-funds", "written-reason"], "refundAccount": "…",
//   "authority": { "name": "…", "reference": "…" },
//   "events": [{ "at": "2024-03-05T09:00+08:00", "kind": "notice", "text": "…" }],
//   "contacts": [{ "at": "2024-03-06", "channel": "phone", "channelDetail": "95188", "officialConfirmed": true,
//                  "ticket": "T-1", "agent": "Li", "asked": "…", "answered": "…", "promisedNextStep": "…",
//                  "followUpOn": "2024-03-13", "followUpDone": false }],
//   "checklist": [{ "id": "photo-id", "done": true }, { "text": "My own item", "done": false }],
//   "attachments": [{ "file": "docs/id-front.jpg", "kind": "id-front", "name": "…", "note": "…" }],
//   "marks": [{ "transactionId": "alipay:2024…", "verdict": "mine", "note": "rent for March" }],
//   "notes": "…"
// }
// Times are YYYY-MM-DD or ISO date-times with a zone; attachment files are relative to the case file.
import { PROVIDER_IDS } from '../model';
import { parseAmount } from '../money';
import { mergeChecklist } from './checklist';
import { Reader, describe, type FieldProblem } from './json-checks';
import {
  ATTACHMENT_KINDS, CASE_ASKS, CASE_EVENT_KINDS, CASE_STATUSES, CONTACT_CHANNELS, REASON_CATEGORIES,
  type AppealCase, type AttachmentKind, type CaseEvent, type CasePlatform, type ChecklistItem, type ContactEntry,
  type MoneyAmount, type TransactionMark,
} from './types';

export const CASE_FORMAT_VERSION = 1;
const PLATFORMS: readonly CasePlatform[] = [...PROVIDER_IDS, 'other'];

const TOP_FIELDS = [
  'version', 'id', 'platform', 'account', 'holderName', 'contact', 'status', 'reason', 'restrictedOn', 'noticeText',
  'noticeReference', 'balanceAtNotice', 'asks', 'refundAccount', 'authority', 'events', 'contacts', 'checklist',
  'attachments', 'marks', 'notes',
] as const;
const CONTACT_FIELDS = ['id', 'at', 'channel', 'channelDetail', 'officialConfirmed', 'ticket', 'agent', 'asked', 'answered', 'promisedNextStep', 'followUpOn', 'followUpDone'];

/** A file the case refers to; the CLI resolves `file` relative to the case file. */
export interface AttachmentRef {
  id: string;
  file: string;
  name: string;
  kind: AttachmentKind;
  note?: string;
}

export type CaseJsonResult =
  | { ok: true; case: AppealCase; attachments: AttachmentRef[]; marks: TransactionMark[] }
  | { ok: false; errors: FieldProblem[] };

const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [k]: v } as { [P in K]: V }));

function readMoney(r: Reader, v: unknown, path: string): MoneyAmount | undefined {
  if (v === undefined) return undefined;
  const o = r.object(v, path);
  if (!o) return undefined;
  r.known(o, ['amount', 'currency'], path);
  const currency = r.string(o.currency, `${path}.currency`, { required: true });
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) return r.fail(`${path}.currency`, `"${currency}" is not an ISO 4217 code such as CNY or USD`);
  if (typeof o.amount === 'number') return r.fail(`${path}.amount`, `write the amount as text, e.g. "${o.amount}", so that no digits are lost`);
  const text = r.string(o.amount, `${path}.amount`, { required: true });
  if (text === undefined || currency === undefined) return undefined;
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) return r.fail(`${path}.amount`, parsed.reason);
  return { amountMinor: parsed.minor, currency };
}

function readEvent(r: Reader, v: unknown, i: number): CaseEvent | undefined {
  const o = r.object(v, `[${i}]`);
  if (!o) return undefined;
  r.known(o, ['id', 'at', 'kind', 'text'], `[${i}]`);
  const at = r.dateOrTime(o.at, `[${i}].at`, true);
  const kind = r.oneOf(o.kind, `[${i}].kind`, CASE_EVENT_KINDS, true);
  const text = r.string(o.text, `[${i}].text`) ?? '';
  const id = r.string(o.id, `[${i}].id`, { nonEmpty: true }) ?? `event-${i + 1}`;
  return at && kind ? { id, at, kind, text } : undefined;
}

function readContact(r: Reader, v: unknown, i: number): ContactEntry | undefined {
  const p = `[${i}]`;
  const o = r.object(v, p);
  if (!o) return undefined;
  r.known(o, CONTACT_FIELDS, p);
  const at = r.dateOrTime(o.at, `${p}.at`, true);
  const channel = r.oneOf(o.channel, `${p}.channel`, CONTACT_CHANNELS, true);
  const officialConfirmed = r.boolean(o.officialConfirmed, `${p}.officialConfirmed`) ?? false;
  const asked = r.string(o.asked, `${p}.asked`) ?? '';
  const answered = r.string(o.answered, `${p}.answered`) ?? '';
  const followUpOn = r.date(o.followUpOn, `${p}.followUpOn`);
  if (!at || !channel) return undefined;
  return {
    id: r.string(o.id, `${p}.id`, { nonEmpty: true }) ?? `contact-${i + 1}`,
    at, channel, officialConfirmed, asked, answered,
    ...opt('channelDetail', r.string(o.channelDetail, `${p}.channelDetail`)),
    ...opt('ticket', r.string(o.ticket, `${p}.ticket`)),
    ...opt('agent', r.string(o.agent, `${p}.agent`)),
    ...opt('promisedNextStep', r.string(o.promisedNextStep, `${p}.promisedNextStep`)),
    ...opt('followUpOn', followUpOn),
    ...opt('followUpDone', r.boolean(o.followUpDone, `${p}.followUpDone`)),
  };
}

function readChecklist(r: Reader, v: unknown, base: ChecklistItem[]): ChecklistItem[] {
  const byId = new Map(base.map((i) => [i.id, i]));
  const extra: ChecklistItem[] = [];
  r.list(v, 'checklist').forEach((entry, i) => {
    const p = `checklist[${i}]`;
    const o = r.object(entry, p);
    if (!o) return;
    r.known(o, ['id', 'done', 'text'], p);
    const id = r.string(o.id, `${p}.id`, { nonEmpty: true });
    const done = r.boolean(o.done, `${p}.done`) ?? false;
    const text = r.string(o.text, `${p}.text`, { nonEmpty: true });
    const known = id ? byId.get(id) : undefined;
    if (known && text === undefined) known.done = done;
    else if (text !== undefined) {
      extra.push({ id: id ?? `custom-${i + 1}`, text: { en: text, 'zh-CN': text }, done, source: 'commonly-reported', custom: true });
    } else if (id) r.fail(`${p}.id`, `"${id}" is not an item of the ${base.length ? 'built-in list for this reason and platform' : 'list'}; give a "text" for your own items`);
  });
  return [...base, ...extra];
}

function readAttachment(r: Reader, v: unknown, i: number): AttachmentRef | undefined {
  const p = `attachments[${i}]`;
  const o = r.object(v, p);
  if (!o) return undefined;
  r.known(o, ['id', 'file', 'name', 'kind', 'note'], p);
  const file = r.string(o.file, `${p}.file`, { required: true, nonEmpty: true });
  const kind = r.oneOf(o.kind, `${p}.kind`, ATTACHMENT_KINDS) ?? 'other';
  if (!file) return undefined;
  const name = r.string(o.name, `${p}.name`, { nonEmpty: true }) ?? file.split(/[\\/]/).pop()!;
  return { id: r.string(o.id, `${p}.id`, { nonEmpty: true }) ?? `attachment-${i + 1}`, file, name, kind, ...opt('note', r.string(o.note, `${p}.note`)) };
}

function readMark(r: Reader, v: unknown, i: number): TransactionMark | undefined {
  const p = `marks[${i}]`;
  const o = r.object(v, p);
  if (!o) return undefined;
  r.known(o, ['transactionId', 'verdict', 'note'], p);
  const transactionId = r.string(o.transactionId, `${p}.transactionId`, { required: true, nonEmpty: true });
  const verdict = r.oneOf(o.verdict, `${p}.verdict`, ['mine', 'not-mine', 'unsure'] as const, true);
  const note = r.string(o.note, `${p}.note`) ?? '';
  return transactionId && verdict ? { transactionId, verdict, note } : undefined;
}

function uniqueIds(r: Reader, items: readonly { id: string }[], path: string): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.id)) r.fail(`${path}[${i}].id`, `"${it.id}" is used twice`);
    seen.add(it.id);
  });
}

/** Parses and validates a case file (text or already-parsed JSON). */
export function parseCaseJson(input: string | unknown): CaseJsonResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\ufeff/, ''));
    } catch (e) {
      return { ok: false, errors: [{ path: '(file)', problem: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const r = new Reader();
  const o = r.object(data, '(file)');
  if (!o) return { ok: false, errors: r.problems };
  r.known(o, TOP_FIELDS);
  if (o.version !== undefined && o.version !== CASE_FORMAT_VERSION) r.fail('version', `this app reads version ${CASE_FORMAT_VERSION}, found ${describe(o.version)}`);
  const platform = r.oneOf(o.platform, 'platform', PLATFORMS, true);
  const account = r.string(o.account, 'account', { required: true, nonEmpty: true, max: 200 });
  const reason = r.oneOf(o.reason, 'reason', REASON_CATEGORIES) ?? 'unknown';
  const status = r.oneOf(o.status, 'status', CASE_STATUSES) ?? 'open';
  const restrictedOn = r.date(o.restrictedOn, 'restrictedOn');
  const noticeText = r.string(o.noticeText, 'noticeText') ?? '';
  const asks = r.list(o.asks, 'asks').map((a, i) => r.oneOf(a, `asks[${i}]`, CASE_ASKS, true)).filter((a) => a !== undefined);
  const authorityObj = o.authority === undefined ? undefined : r.object(o.authority, 'authority');
  if (authorityObj) r.known(authorityObj, ['name', 'reference'], 'authority');
  const events = r.list(o.events, 'events').map((e, i) => readEvent(r.child('events'), e, i)).filter((e) => e !== undefined);
  const contacts = r.list(o.contacts, 'contacts').map((c, i) => readContact(r.child('contacts'), c, i)).filter((c) => c !== undefined);
  const attachments = r.list(o.attachments, 'attachments').map((a, i) => readAttachment(r, a, i)).filter((a) => a !== undefined);
  const marks = r.list(o.marks, 'marks').map((m, i) => readMark(r, m, i)).filter((m) => m !== undefined);
  uniqueIds(r, events, 'events');
  uniqueIds(r, contacts, 'contacts');
  uniqueIds(r, attachments, 'attachments');
  const balanceAtNotice = readMoney(r, o.balanceAtNotice, 'balanceAtNotice');
  const checklist = platform ? readChecklist(r, o.checklist, mergeChecklist([], reason, platform)) : [];
  const optional = {
    ...opt('holderName', r.string(o.holderName, 'holderName', { max: 200 })),
    ...opt('contact', r.string(o.contact, 'contact', { max: 200 })),
    ...opt('noticeReference', r.string(o.noticeReference, 'noticeReference')),
    ...opt('refundAccount', r.string(o.refundAccount, 'refundAccount')),
    ...opt('notes', r.string(o.notes, 'notes')),
  };
  const authority = authorityObj
    ? { ...opt('name', r.string(authorityObj.name, 'authority.name')), ...opt('reference', r.string(authorityObj.reference, 'authority.reference')) }
    : undefined;
  const id = r.string(o.id, 'id', { nonEmpty: true });
  if (r.problems.length || !platform || !account) return { ok: false, errors: r.problems };
  return {
    ok: true,
    case: {
      id: id ?? `${platform}:${account}`,
      platform, account, status, reason, noticeText, asks, events, contacts, checklist,
      attachments: [],
      ...optional,
      ...opt('restrictedOn', restrictedOn),
      ...opt('balanceAtNotice', balanceAtNotice),
      ...opt('authority', authority),
    },
    attachments,
    marks,
  };
}

/** Formats problems one per line, e.g. `case.json: contacts[2].at: "2024-13-01" is not a date…`. */
export function formatCaseErrors(fileName: string, errors: readonly FieldProblem[]): string {
  return errors.map((e) => `${fileName}: ${e.path}: ${e.problem}`).join('\n');
}
