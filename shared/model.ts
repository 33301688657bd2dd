// The one transaction model every importer produces and every rule, view and bundle consumes.

export const PROVIDER_IDS = [
  'alipay',
  'cashapp',
  'generic',
  'jd',
  'meituan',
  'monzo',
  'paypal',
  'revolut',
  'venmo',
  'wechat-pay',
  'wise',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export type TransactionStatus = 'completed' | 'pending' | 'refunded' | 'closed' | 'failed';
export type Direction = 'out' | 'in' | 'neutral';

export interface Provenance {
  /** SHA-256 (hex) of the original export file's bytes. */
  fileSha256: string;
  /** 1-based physical line (CSV) or row (XLSX) where the record starts. */
  line: number;
  /** The cells as read, after trimming; empty when the importer was asked not to keep them (the CLI never
   *  shows a row's cells, and a million rows of them are a third of its import time). */
  raw: readonly string[];
}

export interface Transaction {
  /** `${provider}:${externalId}` (`generic:<mapping name>:…` for mapped banks) when the export has a unique id,
   *  else an occurrence-aware content hash. */
  id: string;
  provider: ProviderId;
  /** Which wallet account: user-named, defaulting to what the export's preamble says. */
  accountId: string;
  /** The provider's own transaction number, kept as a string. */
  externalId?: string;
  /** ISO 8601 with offset; naive provider times get the provider's zone. */
  occurredAt: string;
  /** Signed integer in minor units; negative = money out. */
  amountMinor: number;
  /** ISO 4217. */
  currency: string;
  /** Fee in minor units, positive = the user paid it. */
  feeMinor?: number;
  /** Balance after this transaction, where the export carries one. */
  balanceMinor?: number;
  counterparty: string;
  counterpartyAccount?: string;
  description: string;
  category?: string;
  /** Funding source, e.g. 招商银行(1234). */
  method?: string;
  /** Provider's own type label (交易类型, PayPal Type…), as exported. */
  kind?: string;
  status: TransactionStatus;
  direction: Direction;
  /** For refunds and reversals: the id of the original transaction. */
  relatedId?: string;
  /** Funding mirrors, conversion legs and fee rows that must not count twice in totals. */
  mirror?: boolean;
  source: Provenance;
}

export interface RowIssue {
  /** 1-based line in the file; 0 for an issue about the whole file. */
  line: number;
  code: IssueCode;
  /** The problem in English (the CLI's table and JSON print this). */
  detail: string;
  /** The same problem as a message id and its values, for the app to word in the user's language. */
  message?: IssueMessage;
}

/** A row issue's wording as data: `id` names a sentence of the app's `issues` namespace. */
export interface IssueMessage {
  id: string;
  params: Record<string, string | number>;
}

export type IssueCode =
  | 'bad-amount'
  | 'bad-date'
  | 'ambiguous-date'
  | 'missing-field'
  | 'duplicate-id'
  | 'count-mismatch'
  | 'total-mismatch'
  | 'ragged-row'
  | 'bad-quote'
  | 'lossy-id'
  | 'unknown-type'
  | 'skipped-row'
  | 'encoding';

export type Severity = 'high' | 'medium' | 'low';
