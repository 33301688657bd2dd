// What each IndexedDB table holds. Transactions are stored in pages of about 1,000 (one record per
// page): IndexedDB pays per record, so paging makes a million-row import take seconds instead of minutes.
import type { ProviderId, Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import type { ImportRecord, ReviewMark, Settings } from '../data/api';

export interface AccountRow {
  id: string;
  provider: ProviderId;
  createdAt: string;
}

/** One stored file. `batchId` groups the files of one commit (an archive with several statements) for undo. */
export interface ImportRow extends ImportRecord {
  batchId: string;
  /** Commit order; undo takes the batch with the highest. */
  seq: number;
}

/**
 * The original bytes of an imported file, kept apart so listing imports never loads them. A Blob: for a
 * plain file it is the chosen File itself, so storing it never copies the bytes through the page.
 */
export interface OriginalRow {
  fileSha256: string;
  name: string;
  data: Blob;
}

/** Full transactions of one import, one provider and one account, sorted by time. */
export interface PageRow {
  id: string;
  importId: string;
  accountId: string;
  /** Epoch milliseconds of the first and last transaction. */
  from: number;
  to: number;
  count: number;
  rows: Transaction[];
}

/** A dictionary-coded string column: `dict[codes[i]]` is row i's value. */
export interface DictColumn {
  dict: string[];
  codes: Uint16Array;
}

/**
 * Consecutive pages (up to 1,000 rows) as columns, for the query index: typed arrays and small
 * dictionaries load far faster than a thousand objects, so the index of a million transactions builds in
 * about a second. Row i lives on page `pages[page[i]]` at position `slot[i]`.
 */
export interface ColsRow {
  id: string;
  importId: string;
  accountId: string;
  provider: ProviderId;
  count: number;
  pages: string[];
  page: Uint16Array;
  slot: Uint16Array;
  /** Distinct counterparties of these rows (multi-entry index: which pages mention a payee). */
  counterparties: string[];
  ids: string[];
  externalIds: string[];
  time: Float64Array;
  /** yyyymmdd of the local date as exported (the date part of occurredAt). */
  day: Int32Array;
  amount: Float64Array;
  status: Uint8Array;
  direction: Uint8Array;
  currency: DictColumn;
  counterparty: DictColumn;
  description: DictColumn;
  /** The rest of what the insights and the rules' hour profile read; absent on records written before it existed. */
  more?: ColsMore;
}

/**
 * The fields of a column record beyond the query index's own, so the insights worker builds its charts,
 * the unusual hours and the audit review without opening the pages (a million full rows take seconds to
 * read; these columns a fraction of that). Blank strings stand for absent optional text.
 */
export interface ColsMore {
  occurredAt: string[];
  /** NaN when the row has no fee or balance column value. */
  fee: Float64Array;
  balance: Float64Array;
  line: Int32Array;
  mirror: Uint8Array;
  file: DictColumn;
  kind: DictColumn;
  category: DictColumn;
  method: DictColumn;
  counterpartyAccount: DictColumn;
  relatedId: DictColumn;
}

export type FindingRow = Finding;
export type MarkRow = ReviewMark;

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** Small bookkeeping values; `generation` grows with every change of the stored transactions. */
export interface MetaRow {
  key: string;
  value: number | string;
}
