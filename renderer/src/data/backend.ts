// The services behind the DataApi, as the main thread sees them. In the app each runs in a Web Worker:
// one parse worker per chosen file (ended after its commit or when dropped, which returns its memory at
// once), one store worker for whole-store operations, the long-lived query index, and one rules worker
// per run. In tests the same classes run in-process.
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import type { EncodingId } from '../../../shared/decode';
import type { AccountSummary, ImportPreview, ImportRecord, PeekResult, PreviewOptions, Progress, TxPage, TxQuery } from './api';
import type { NamedBlob } from './store/preview';
import type { DuplicateLookup } from './store/lookup';
import type { BackupOptions } from './store/backup-format';

/** One file: preview, then commit (which also re-runs the rules). */
export interface ParserBackend {
  preview(file: NamedBlob, opts: PreviewOptions, onProgress?: Progress): Promise<ImportPreview>;
  commit(onProgress?: Progress): Promise<ImportRecord>;
}

export interface StoreBackend {
  peek(file: NamedBlob, opts: { encoding?: EncodingId }): Promise<PeekResult>;
  undo(): Promise<ImportRecord | undefined>;
  backup(appVersion: string, opts?: BackupOptions, onProgress?: Progress): Promise<Blob>;
  restore(file: Blob, opts?: BackupOptions, onProgress?: Progress): Promise<void>;
  deleteAll(): Promise<void>;
}

export interface IndexBackend extends DuplicateLookup {
  query(q: TxQuery, offset: number, limit: number): Promise<TxPage>;
  getTransactions(ids: string[]): Promise<Transaction[]>;
  listAccounts(): Promise<AccountSummary[]>;
}

export interface RulesBackend {
  run(onProgress?: Progress): Promise<Finding[]>;
}

/** A backend with a lifetime: `dispose` ends its worker. */
export type Disposable<T> = T & { dispose(): void };
