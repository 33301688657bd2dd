// What goes into an evidence bundle. By default: the findings, the transactions marked "not mine" or
// "unsure", all within the case's account and period, with every attachment and the original exports
// those transactions came from. The owner can widen or narrow each part before building.
import type { CasePlatform } from '../../../shared/case/types';
import type { Transaction } from '../../../shared/model';
import type { Finding, Lang } from '../../../shared/rules/types';
import { casePeriod } from '../case/period';
import type { ReviewMark, ReviewVerdict } from '../data/api';
import type { StoredCase } from '../data/case-api';
import { byTime, inScope, type Scope } from './candidates';

export interface EvidenceSelection {
  /** Transactions a rule flagged (and the findings themselves). */
  findings: boolean;
  /** Transactions the owner marked, by verdict. */
  verdicts: Record<ReviewVerdict, boolean>;
  /** Every transaction of the account in the period, flagged or not. */
  allInPeriod: boolean;
  /** YYYY-MM-DD, inclusive; '' = from the first transaction. */
  from: string;
  to: string;
  accountId?: string;
  attachmentIds: string[];
  /** The export files the selected transactions came from, byte for byte. */
  originals: boolean;
  maskCounterpartyAccounts: boolean;
  lang: Lang;
  /** Desktop app only: report.pdf printed from report.html. */
  reportPdf: boolean;
}

const CHINESE_PLATFORMS: ReadonlySet<CasePlatform> = new Set(['alipay', 'wechat-pay', 'jd', 'meituan']);

/** Chinese platforms read Chinese; elsewhere the bundle starts in the app's language. */
export function defaultLang(platform: CasePlatform, uiLang: Lang): Lang {
  return CHINESE_PLATFORMS.has(platform) ? 'zh-CN' : uiLang;
}

export function defaultSelection(stored: StoredCase, opts: { uiLang: Lang; today: string; desktop: boolean }): EvidenceSelection {
  const period = casePeriod(stored.row, opts.today);
  return {
    findings: true,
    verdicts: { 'not-mine': true, unsure: true, mine: false },
    allInPeriod: false,
    from: period.from ?? '',
    to: period.to,
    ...(stored.row.accountId ? { accountId: stored.row.accountId } : {}),
    attachmentIds: stored.attachments.map((a) => a.id),
    originals: true,
    maskCounterpartyAccounts: false,
    lang: defaultLang(stored.row.platform, opts.uiLang),
    reportPdf: opts.desktop,
  };
}

export function scopeOf(sel: EvidenceSelection): Scope {
  return { to: sel.to, ...(sel.from ? { from: sel.from } : {}), ...(sel.accountId ? { accountId: sel.accountId } : {}) };
}

export interface Picked {
  transactions: Transaction[];
  /** Findings with at least one selected transaction, their ids narrowed to the selected ones. */
  findings: Finding[];
  marks: ReviewMark[];
}

/**
 * Applies the selection to the flagged and marked transactions (plus, with `allInPeriod`, the rest of
 * the period). A transaction is in when a chosen finding flags it or its mark has a chosen verdict.
 */
export function pickEvidence(
  sel: EvidenceSelection,
  c: { transactions: readonly Transaction[]; findings: readonly Finding[]; marks: readonly ReviewMark[] },
  periodTransactions: readonly Transaction[] = [],
): Picked {
  const scope = scopeOf(sel);
  const flagged = new Set(sel.findings ? c.findings.flatMap((f) => f.transactionIds) : []);
  const marks = new Map(c.marks.map((m) => [m.transactionId, m]));
  const chosen = new Map<string, Transaction>();
  for (const t of c.transactions) {
    if (!inScope(t, scope)) continue;
    const verdict = marks.get(t.id)?.verdict;
    if (flagged.has(t.id) || (verdict && sel.verdicts[verdict])) chosen.set(t.id, t);
  }
  if (sel.allInPeriod) for (const t of periodTransactions) if (inScope(t, scope)) chosen.set(t.id, t);
  const transactions = [...chosen.values()].sort(byTime);
  const findings = sel.findings
    ? c.findings
        .map((f) => ({ ...f, transactionIds: f.transactionIds.filter((id) => chosen.has(id)) }))
        .filter((f) => f.transactionIds.length > 0)
    : [];
  return { transactions, findings, marks: c.marks.filter((m) => chosen.has(m.transactionId)) };
}
