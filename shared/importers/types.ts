// The shape of one provider's importer. Data in `meta`; behaviour in `begin`, a row-at-a-time parser so
// million-row exports stream through without an intermediate table.
import type { EncodingId } from '../decode';
import type { IssueText } from '../importing/issue-messages';
import type { IssueCode, ProviderId, Transaction } from '../model';

export interface LayoutSignature {
  /** Layout id, e.g. `app-2023`. */
  id: string;
  /** Column names that must all appear in the header row (compared after trimming; Latin case-insensitive). */
  required: readonly string[];
  /** Extra text that must appear in the rows before the header (e.g. `电子客户回单`), if any. */
  preamble?: RegExp;
  /** The file has no header row: the matched row is already the first record (mapping profiles only). */
  headerless?: boolean;
}

export interface ImporterMeta {
  id: ProviderId;
  /** Shown to the user, e.g. `Alipay 支付宝`. */
  label: string;
  /** The encodings its exports come in, most likely first. */
  encodings: readonly EncodingId[];
  layouts: readonly LayoutSignature[];
  /**
   * What the export's own ids are unique within, the prefix of `<scope>:<externalId>`; the provider id when
   * absent. Mapped bank exports all import as `generic`, so a mapping scopes them by its name: two banks'
   * transaction number 0001 are two transactions, not one and a conflict.
   */
  idScope?: string;
}

/** What an importer emits for one row; the pipeline adds id, provider, account and provenance. */
export type TransactionDraft = Omit<Transaction, 'id' | 'provider' | 'accountId' | 'source'> & {
  accountId?: string;
};

export interface ParseContext {
  fileName: string;
  layout: string;
  /** The header row's cells, trimmed. */
  header: readonly string[];
  /** Zone for naive times of non-Chinese providers (the user's; Chinese wallets always use +08:00). */
  zone: string;
  /** Rows before the header (title, account, date range, 共N笔记录…), trimmed. */
  preamble: readonly string[][];
  /** Index of a header column by any of the given names, or -1. */
  col(...names: string[]): number;
  /** The draft object itself becomes the transaction (it is not copied): pass a fresh object each time. */
  emit(draft: TransactionDraft, line: number, cells: readonly string[]): void;
  /** A problem on a line (0: the whole file); an IssueText also carries the message the app translates. */
  issue(line: number, code: IssueCode, detail: string | IssueText): void;
  /** Account name from the export (e.g. 支付宝账户), used when the user names none. */
  setAccountHint(account: string): void;
}

export interface RowParser {
  /**
   * One record after the header. Return 'stop' at a trailer the importer recognises, 'skip' for a summary
   * or blank row inside the data (not counted as a data row).
   */
  row(cells: string[], line: number): void | 'stop' | 'skip';
  /** Post-processing over the file's transactions (refund links, mirrors, preamble count checks). */
  finish?(transactions: Transaction[]): void;
}

export interface Importer {
  meta: ImporterMeta;
  begin(ctx: ParseContext): RowParser;
}
