// The parse-and-write side of the store (runs in the parse worker): previews, commits, undo, backup,
// restore and delete-all. Writes go through here one at a time, so two commits never interleave.
import type { EncodingId } from '../../../../shared/decode';
import type { WalletDb } from '../../db/database';
import type { ImportBackend } from '../backend';
import type { ImportPreview, ImportRecord, PeekResult, PreviewOptions, Progress } from '../api';
import { DataError, toDataError } from '../errors';
import { backupDb, deleteAllData, restoreDb } from './backup';
import { planCommit, recordOf, StalePlanError, writePlan } from './commit';
import type { DuplicateLookup } from './lookup';
import { checkDuplicates, parseForPreview, peekFile, type HeldPreview, type NamedBlob } from './preview';
import { undoLastImport } from './undo';

/** How often a commit re-checks duplicates when the store changed under it before giving up. */
const MAX_ATTEMPTS = 4;

export class ImportService implements ImportBackend {
  private readonly held = new Map<string, HeldPreview>();
  private writes: Promise<unknown> = Promise.resolve();
  private nextKey = 1;

  constructor(
    private readonly db: WalletDb,
    private readonly index: DuplicateLookup,
  ) {}

  async preview(file: NamedBlob, opts: PreviewOptions, onProgress?: Progress): Promise<ImportPreview> {
    const key = `p${this.nextKey++}`;
    try {
      const { held, preview } = await parseForPreview(this.db, this.index, key, file, opts, onProgress);
      if (!opts.headOnly) this.held.set(key, held);
      return preview;
    } catch (e) {
      throw toDataError(e);
    }
  }

  async peek(file: NamedBlob, opts: { encoding?: EncodingId }): Promise<PeekResult> {
    try {
      return await peekFile(file, opts);
    } catch (e) {
      throw toDataError(e);
    }
  }

  async discard(key: string): Promise<void> {
    this.held.delete(key);
  }

  commit(key: string, onProgress?: Progress): Promise<ImportRecord> {
    return this.serial(async () => {
      let held = this.held.get(key);
      if (!held) throw new DataError({ kind: 'no-preview', message: 'This file is no longer prepared for import; choose it again.' });
      for (let attempt = 1; ; attempt++) {
        try {
          const rows = await writePlan(this.db, planCommit(held), onProgress);
          this.held.delete(key);
          return recordOf(rows, held.name);
        } catch (e) {
          if (!(e instanceof StalePlanError) || attempt >= MAX_ATTEMPTS) throw e;
          // Another import or an undo landed since the preview: check duplicates again and retry.
          held = await checkDuplicates(this.index, key, held.name, held.parts.map((p) => p.file));
          this.held.set(key, held);
        }
      }
    });
  }

  undo(): Promise<ImportRecord | undefined> {
    return this.serial(() => undoLastImport(this.db));
  }

  backup(appVersion: string, onProgress?: Progress): Promise<Blob> {
    return this.serial(() => backupDb(this.db, appVersion, onProgress));
  }

  restore(file: Blob, onProgress?: Progress): Promise<void> {
    return this.serial(() => restoreDb(this.db, file, onProgress));
  }

  deleteAll(): Promise<void> {
    // Held previews survive: their duplicate check is stale now, which a commit detects and redoes.
    return this.serial(() => deleteAllData(this.db));
  }

  /** Runs writes one after another; errors reach the caller as DataError. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work).catch((e: unknown) => {
      throw toDataError(e);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }
}
