// The case form's state as text fields, and its conversion to a stored case with every problem named.
// Kept apart from the component so the rules (required account, real dates, amounts in minor units) are
// plain functions.
import { buildChecklist, mergeChecklist } from '../../../shared/case/checklist';
import { STATUS_LABELS } from '../../../shared/case/labels';
import type { CaseAsk, CasePlatform, CaseStatus, ReasonCategory } from '../../../shared/case/types';
import { parseAmount, toDecimalString } from '../../../shared/money';
import type { Lang } from '../../../shared/rules/types';
import type { CaseRow } from '../data/case-api';
import { isDay } from './dates';

export interface CaseDraft {
  platform: CasePlatform;
  account: string;
  holderName: string;
  contact: string;
  accountId: string;
  status: CaseStatus;
  reason: ReasonCategory;
  restrictedOn: string;
  noticeReference: string;
  noticeText: string;
  balanceAmount: string;
  balanceCurrency: string;
  asks: CaseAsk[];
  refundAccount: string;
  authorityName: string;
  authorityReference: string;
  notes: string;
}

export type DraftField = 'account' | 'restrictedOn' | 'balanceAmount' | 'balanceCurrency';
export type DraftProblem = 'required' | 'not-a-date' | 'future-date' | 'not-an-amount' | 'not-a-currency';

export function emptyDraft(platform: CasePlatform = 'alipay'): CaseDraft {
  return {
    platform, account: '', holderName: '', contact: '', accountId: '', status: 'open', reason: 'unknown',
    restrictedOn: '', noticeReference: '', noticeText: '', balanceAmount: '', balanceCurrency: '', asks: [],
    refundAccount: '', authorityName: '', authorityReference: '', notes: '',
  };
}

export function draftFromRow(r: CaseRow): CaseDraft {
  return {
    platform: r.platform,
    account: r.account,
    holderName: r.holderName ?? '',
    contact: r.contact ?? '',
    accountId: r.accountId ?? '',
    status: r.status,
    reason: r.reason,
    restrictedOn: r.restrictedOn ?? '',
    noticeReference: r.noticeReference ?? '',
    noticeText: r.noticeText,
    balanceAmount: r.balanceAtNotice ? toDecimalString(r.balanceAtNotice.amountMinor, r.balanceAtNotice.currency) : '',
    balanceCurrency: r.balanceAtNotice?.currency ?? '',
    asks: [...r.asks],
    refundAccount: r.refundAccount ?? '',
    authorityName: r.authority?.name ?? '',
    authorityReference: r.authority?.reference ?? '',
    notes: r.notes ?? '',
  };
}

export type DraftResult =
  | { ok: true; row: CaseRow }
  | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> };

const opt = <K extends string>(k: K, v: string): { [P in K]?: string } => (v.trim() ? ({ [k]: v.trim() } as { [P in K]: string }) : {});

export interface DraftContext {
  /** The stored case being edited; absent for a new one. */
  previous?: CaseRow;
  id: string;
  /** ISO time now, for createdAt/updatedAt and the status-change event. */
  now: string;
  today: string;
  lang: Lang;
}

/**
 * Checks the draft and builds the row. The checklist is built for a new case, and merged (ticks and own
 * lines kept) when the reason or platform changes; a status change is recorded as a timeline event.
 */
export function rowFromDraft(d: CaseDraft, ctx: DraftContext): DraftResult {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!d.account.trim()) problems.account = 'required';
  if (d.restrictedOn && !isDay(d.restrictedOn)) problems.restrictedOn = 'not-a-date';
  else if (d.restrictedOn && d.restrictedOn > ctx.today) problems.restrictedOn = 'future-date';
  let balance: CaseRow['balanceAtNotice'];
  if (d.balanceAmount.trim() || d.balanceCurrency.trim()) {
    const currency = d.balanceCurrency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) problems.balanceCurrency = 'not-a-currency';
    else {
      const parsed = parseAmount(d.balanceAmount.trim(), currency);
      if (!parsed.ok) problems.balanceAmount = 'not-an-amount';
      else balance = { amountMinor: parsed.minor, currency };
    }
  }
  if (Object.keys(problems).length) return { ok: false, problems };

  const prev = ctx.previous;
  const checklist = !prev
    ? buildChecklist(d.reason, d.platform)
    : prev.reason !== d.reason || prev.platform !== d.platform
      ? mergeChecklist(prev.checklist, d.reason, d.platform)
      : prev.checklist;
  const events = [...(prev?.events ?? [])];
  if (prev && prev.status !== d.status) {
    events.push({
      id: `status-${ctx.now}`,
      at: ctx.now,
      kind: 'status-change',
      text: `${STATUS_LABELS[prev.status][ctx.lang]} → ${STATUS_LABELS[d.status][ctx.lang]}`,
    });
  }
  const authority = d.authorityName.trim() || d.authorityReference.trim()
    ? { ...opt('name', d.authorityName), ...opt('reference', d.authorityReference) }
    : undefined;
  const row: CaseRow = {
    id: ctx.id,
    platform: d.platform,
    account: d.account.trim(),
    status: d.status,
    reason: d.reason,
    noticeText: d.noticeText,
    asks: [...d.asks],
    events,
    checklist,
    createdAt: prev?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    ...opt('holderName', d.holderName),
    ...opt('contact', d.contact),
    ...opt('accountId', d.accountId),
    ...opt('restrictedOn', d.restrictedOn),
    ...opt('noticeReference', d.noticeReference),
    ...opt('refundAccount', d.refundAccount),
    ...opt('notes', d.notes),
    ...(balance ? { balanceAtNotice: balance } : {}),
    ...(authority ? { authority } : {}),
    ...(prev?.letter ? { letter: prev.letter } : {}),
  };
  return { ok: true, row };
}
