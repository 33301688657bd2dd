// Whole-store operations (in the app: the store worker): undo of the last import, backup, restore,
// delete-all, and a quick look at a file's first rows for the mapping editor. One at a time.
import type { EncodingId } from '../../../../shared/decode';
import type { WalletDb } from '../../db/database';
import type { ImportRecord, PeekResult, Progress } from '../api';
import type { StoreBackend } from '../backend';
import { toDataError } from '../errors';
import { backupDb, deleteAllData, restoreDb } from './backup';
import type { BackupOptions } from './backup-format';
import { peekFile, type NamedBlob } from './preview';
import { undoLastImport } from './undo';

export class StoreMaintenance implements StoreBackend {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: WalletDb) {}

  async peek(file: NamedBlob, opts: { encoding?: EncodingId }): Promise<PeekResult> {
    try {
      return await peekFile(file, opts);
    } catch (e) {
      throw toDataError(e);
    }
  }

  undo(): Promise<ImportRecord | undefined> {
    return this.serial(() => undoLastImport(this.db));
  }

  backup(appVersion: string, opts: BackupOptions = {}, onProgress?: Progress): Promise<Blob> {
    return this.serial(() => backupDb(this.db, appVersion, opts, onProgress));
  }

  restore(file: Blob, opts: BackupOptions = {}, onProgress?: Progress): Promise<void> {
    return this.serial(() => restoreDb(this.db, file, opts, onProgress));
  }

  deleteAll(): Promise<void> {
    // Previews held elsewhere survive: their duplicate check is stale now, which a commit detects and redoes.
    return this.serial(() => deleteAllData(this.db));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work).catch((e: unknown) => {
      throw toDataError(e);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
