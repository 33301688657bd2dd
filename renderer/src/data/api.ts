// The renderer's data contract: what views may ask of the store. The store keeps transactions in pages in
// IndexedDB and answers queries from an in-memory columnar index in a worker, so views never hold 1M rows.
import type { Direction, ProviderId, RowIssue, Transaction, TransactionStatus } from '../../../shared/model';
import type { Finding, RulesConfig } from '../../../shared/rules/types';
import type { EncodingId } from '../../../shared/decode';
import type { MappingProfile } from '../../../shared/importers/generic';
import type { BackupOptions } from './store/backup-format';

export type SortKey = 'occurredAt' | 'amountMinor' | 'counterparty';

export interface TxQuery {
  accountId?: string;
  /** ISO dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  direction?: Direction;
  status?: TransactionStatus;
  /** Part of the counterparty's name, any case. */
  counterparty?: string;
  /** Absolute amount band in minor units. */
  minAbsMinor?: number;
  maxAbsMinor?: number;
  /** Free text over counterparty, description, external id. */
  search?: string;
  /** Only these ids (e.g. the transactions of one finding). */
  ids?: string[];
  sort?: { key: SortKey; dir: 'asc' | 'desc' };
}

export interface TxPage {
  total: number;
  rows: Transaction[];
}

export interface AccountSummary {
  accountId: string;
  provider: ProviderId;
  count: number;
  currencies: string[];
  first?: string;
  last?: string;
}

export interface ImportRecord {
  id: string;
  fileSha256: string;
  name: string;
  size: number;
  importer: ProviderId;
  layout: string;
  encoding: EncodingId | 'xlsx';
  container?: string;
  accountId: string;
  importedAt: string;
  rows: number;
  added: number;
  duplicates: number;
  issues: RowIssue[];
  /** All issues found; `issues` keeps only the first ISSUE_LIMIT. */
  issueCount?: number;
  /** Rows whose id was already stored with a different amount or time (the stored row was kept). */
  conflicts?: number;
  /** An archive with several statements: one record per statement (counts above are their sums). */
  parts?: ImportRecord[];
  /** From `commit` only: the rules ran over the whole history afterwards and found this many findings… */
  findings?: number;
  /** …or failed with this message (the import itself is stored either way). */
  rulesError?: string;
}

export type ReviewVerdict = 'mine' | 'not-mine' | 'unsure';

export interface ReviewMark {
  transactionId: string;
  verdict: ReviewVerdict;
  note: string;
  updatedAt: string;
}

/** One file's parse result shown before the user commits it. */
export interface ImportPreview {
  key: string;
  name: string;
  size: number;
  importer: ProviderId;
  layout: string;
  encoding: EncodingId | 'xlsx';
  accountId: string;
  rows: number;
  newCount: number;
  duplicateCount: number;
  /** The file was imported before (same SHA-256). */
  alreadyImported: boolean;
  issues: RowIssue[];
  sample: Transaction[];
  /** When `alreadyImported`: when that was. */
  importedAt?: string;
  /** All issues found; `issues` keeps only the first ISSUE_LIMIT. */
  issueCount?: number;
  /** Rows whose id is already stored with a different amount or time. */
  conflictCount?: number;
  /** An archive with several statements: one preview per statement (counts above are their sums). */
  parts?: ImportPreview[];
  /** Only the start of the file was read (`PreviewOptions.headOnly`); such a preview cannot be committed. */
  partial?: boolean;
}

/** The first records of a file as cells, for the column-mapping editor. */
export interface PeekResult {
  name: string;
  encoding: EncodingId;
  rows: { line: number; cells: string[] }[];
}

export interface PreviewOptions {
  format?: ProviderId;
  encoding?: EncodingId;
  accountId?: string;
  password?: string;
  mapping?: MappingProfile;
  /** Read only the first part of the file: a quick live preview while editing a column mapping. */
  headOnly?: boolean;
}

/** How many row issues a preview or import record keeps (the count says how many there were). */
export const ISSUE_LIMIT = 500;

export type Progress = (fraction: number, label: string) => void;

export interface Settings {
  language?: 'en' | 'zh-CN';
  theme?: 'light' | 'dark' | 'system';
  rules: RulesConfig;
  mappings: MappingProfile[];
}

export interface DataApi {
  // Import
  preview(file: File, opts: PreviewOptions, onProgress?: Progress): Promise<ImportPreview>;
  /** Stores the previewed file in one transaction, then re-runs the rules (see ImportRecord.findings). */
  commit(previewKey: string, onProgress?: Progress): Promise<ImportRecord>;
  undoLastImport(): Promise<ImportRecord | undefined>;
  listImports(): Promise<ImportRecord[]>;
  /** Frees a preview that will not be committed. */
  discardPreview?(previewKey: string): Promise<void>;
  /** The first records of a file, for the column-mapping editor. */
  peek?(file: File, opts: { encoding?: EncodingId }): Promise<PeekResult>;
  // Transactions
  queryTransactions(q: TxQuery, offset: number, limit: number): Promise<TxPage>;
  getTransactions(ids: string[]): Promise<Transaction[]>;
  listAccounts(): Promise<AccountSummary[]>;
  // Findings and review
  listFindings(): Promise<Finding[]>;
  rerunRules(onProgress?: Progress): Promise<Finding[]>;
  getMarks(ids?: string[]): Promise<ReviewMark[]>;
  setMark(transactionId: string, verdict: ReviewVerdict | undefined, note: string): Promise<void>;
  // Settings and data
  getSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  /** All data in one file; with a passphrase, an age-encrypted file (the app's default). */
  backup(opts?: BackupOptions, onProgress?: Progress): Promise<Blob>;
  /** Replaces all data with a backup's; an encrypted one needs its passphrase (else a `password` DataError). */
  restore(file: Blob, opts?: BackupOptions, onProgress?: Progress): Promise<void>;
  deleteAll(): Promise<void>;
  /** Original export bytes, for evidence bundles. */
  getOriginal(fileSha256: string): Promise<Blob | undefined>;
  /** Notifies when stored data changes (import, undo, marks, restore). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
