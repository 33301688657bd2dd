// The bundle's tables (transactions, findings, contact log) as CSV + JSON twins.
import { contactWarnings } from '../case/contact-log';
import type { CasePlatform, ContactEntry, TransactionMark } from '../case/types';
import type { Transaction } from '../model';
import { toDecimalString } from '../money';
import { maskAccount, toCsvText, toJsonText, type CsvColumn } from './csv-writer';
import type { BundleFinding } from './types';

export interface TableFiles {
  csv: string;
  json: string;
}

interface TxRow {
  t: Transaction;
  findings: string[];
  mark?: TransactionMark;
}

const money = (minor: number | undefined, currency: string): string | undefined =>
  minor === undefined ? undefined : toDecimalString(minor, currency);

function transactionColumns(mask: boolean): CsvColumn<TxRow>[] {
  return [
    { header: 'id', kind: 'text', value: (r) => r.t.id },
    { header: 'provider', kind: 'text', value: (r) => r.t.provider },
    { header: 'account', kind: 'text', value: (r) => r.t.accountId },
    { header: 'external_id', kind: 'text', value: (r) => r.t.externalId },
    { header: 'occurred_at', kind: 'date', value: (r) => r.t.occurredAt },
    { header: 'amount', kind: 'number', value: (r) => money(r.t.amountMinor, r.t.currency) },
    { header: 'currency', kind: 'text', value: (r) => r.t.currency },
    { header: 'fee', kind: 'number', value: (r) => money(r.t.feeMinor, r.t.currency) },
    { header: 'balance', kind: 'number', value: (r) => money(r.t.balanceMinor, r.t.currency) },
    { header: 'direction', kind: 'text', value: (r) => r.t.direction },
    { header: 'status', kind: 'text', value: (r) => r.t.status },
    { header: 'counterparty', kind: 'text', value: (r) => r.t.counterparty },
    { header: 'counterparty_account', kind: 'text', value: (r) => (r.t.counterpartyAccount && mask ? maskAccount(r.t.counterpartyAccount) : r.t.counterpartyAccount) },
    { header: 'description', kind: 'text', value: (r) => r.t.description },
    { header: 'category', kind: 'text', value: (r) => r.t.category },
    { header: 'method', kind: 'text', value: (r) => r.t.method },
    { header: 'type', kind: 'text', value: (r) => r.t.kind },
    { header: 'findings', kind: 'text', value: (r) => r.findings.join(' ') || undefined },
    { header: 'owner_verdict', kind: 'text', value: (r) => r.mark?.verdict },
    { header: 'owner_note', kind: 'text', value: (r) => r.mark?.note || undefined },
    { header: 'source_file_sha256', kind: 'text', value: (r) => r.t.source.fileSha256 },
    { header: 'source_line', kind: 'number', value: (r) => String(r.t.source.line) },
  ];
}

/** Transactions in time order (then id), each with the findings that cite it and the owner's mark. */
export function transactionTables(
  transactions: readonly Transaction[],
  findings: readonly BundleFinding[],
  marks: readonly TransactionMark[],
  mask: boolean,
): TableFiles {
  const cited = new Map<string, string[]>();
  for (const f of findings) for (const id of f.transactionIds) cited.set(id, [...(cited.get(id) ?? []), f.id]);
  const byId = new Map(marks.map((m) => [m.transactionId, m]));
  const rows: TxRow[] = [...transactions]
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => ({ t, findings: cited.get(t.id) ?? [], ...(byId.has(t.id) ? { mark: byId.get(t.id)! } : {}) }));
  const cols = transactionColumns(mask);
  return { csv: toCsvText(cols, rows), json: toJsonText(cols, rows) };
}

const FINDING_COLUMNS: CsvColumn<BundleFinding>[] = [
  { header: 'id', kind: 'text', value: (f) => f.id },
  { header: 'rule', kind: 'text', value: (f) => f.rule },
  { header: 'severity', kind: 'text', value: (f) => f.severity },
  // Three decimals: enough to rank, and one canonical text for the same float on every machine.
  { header: 'score', kind: 'number', value: (f) => f.score.toFixed(3) },
  { header: 'transactions', kind: 'number', value: (f) => String(f.transactionIds.length) },
  { header: 'transaction_ids', kind: 'text', value: (f) => f.transactionIds.join(' ') },
  { header: 'message', kind: 'text', value: (f) => f.message },
];

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function findingTables(findings: readonly BundleFinding[]): TableFiles {
  const rows = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { csv: toCsvText(FINDING_COLUMNS, rows), json: toJsonText(FINDING_COLUMNS, rows) };
}

interface ContactRow {
  e: ContactEntry;
  warnings: string[];
}

const CONTACT_COLUMNS: CsvColumn<ContactRow>[] = [
  { header: 'id', kind: 'text', value: (r) => r.e.id },
  { header: 'at', kind: 'date', value: (r) => r.e.at },
  { header: 'channel', kind: 'text', value: (r) => r.e.channel },
  { header: 'channel_detail', kind: 'text', value: (r) => r.e.channelDetail },
  { header: 'official_channel_confirmed', kind: 'text', value: (r) => (r.e.officialConfirmed ? 'yes' : 'no') },
  { header: 'ticket', kind: 'text', value: (r) => r.e.ticket },
  { header: 'agent', kind: 'text', value: (r) => r.e.agent },
  { header: 'asked', kind: 'text', value: (r) => r.e.asked },
  { header: 'answered', kind: 'text', value: (r) => r.e.answered },
  { header: 'promised_next_step', kind: 'text', value: (r) => r.e.promisedNextStep },
  { header: 'follow_up_on', kind: 'date', value: (r) => r.e.followUpOn },
  { header: 'follow_up_done', kind: 'text', value: (r) => (r.e.followUpOn ? (r.e.followUpDone ? 'yes' : 'no') : undefined) },
  { header: 'warnings', kind: 'text', value: (r) => r.warnings.join(' ') || undefined },
];

export function contactTables(contacts: readonly ContactEntry[], platform: CasePlatform): TableFiles {
  const rows = [...contacts]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => ({ e, warnings: contactWarnings(e, platform) }));
  return { csv: toCsvText(CONTACT_COLUMNS, rows), json: toJsonText(CONTACT_COLUMNS, rows) };
}
