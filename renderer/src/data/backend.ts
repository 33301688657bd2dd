// The three services behind the DataApi, as the main thread sees them. In the app each runs in its own
// Web Worker (parsing and writing, the query index, the rules); in tests the same classes run in-process.
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import type { EncodingId } from '../../../shared/decode';
import type { AccountSummary, ImportPreview, ImportRecord, PeekResult, PreviewOptions, Progress, TxPage, TxQuery } from './api';
import type { NamedBlob } from './store/preview';
import type { LookupAnswer } from './store/lookup';

export interface ImportBackend {
  preview(file: NamedBlob, opts: PreviewOptions, onProgress?: Progress): Promise<ImportPreview>;
  peek(file: NamedBlob, opts: { encoding?: EncodingId }): Promise<PeekResult>;
  commit(key: string, onProgress?: Progress): Promise<ImportRecord>;
  discard(key: string): Promise<void>;
  undo(): Promise<ImportRecord | undefined>;
  backup(appVersion: string, onProgress?: Progress): Promise<Blob>;
  restore(file: Blob, onProgress?: Progress): Promise<void>;
  deleteAll(): Promise<void>;
}

export interface IndexBackend {
  /** Brings the index up to date with the store. */
  sync(): Promise<void>;
  query(q: TxQuery, offset: number, limit: number): Promise<TxPage>;
  getTransactions(ids: string[]): Promise<Transaction[]>;
  listAccounts(): Promise<AccountSummary[]>;
  lookup(ids: string[], amounts: Float64Array, times: Float64Array): Promise<LookupAnswer>;
}

export interface RulesBackend {
  run(onProgress?: Progress): Promise<Finding[]>;
}
