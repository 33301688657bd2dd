// Backup, restore and delete-all. The backup is one dexie-export-import JSON file (formatName "dexie",
// database name and version inside), encrypted with age when the user gives a passphrase (the default in
// the app). Restore is all or nothing: the file is decrypted, read and checked first, then every table is
// cleared and refilled inside ONE transaction, so a bad file leaves the data as it was.
import { exportDB, importInto } from 'dexie-export-import';
import type { DexieExportJsonStructure } from 'dexie-export-import/dist/json-structure';
import type { JsonStream } from 'dexie-export-import/dist/json-stream';
import { readGeneration, type WalletDb } from '../../db/database';
import { TABLES } from '../../db/schema';
import type { Progress } from '../api';
import { decryptBackup, encryptBackup } from './backup-crypto';
import { invalidBackup as invalid } from './backup-errors';
import { isEncryptedBackup, type BackupOptions } from './backup-format';

/** Rows per chunk of the export: transaction pages are large, so keep chunks small. */
const ROWS_PER_CHUNK = 20;

export async function backupDb(db: WalletDb, appVersion: string, opts: BackupOptions = {}, onProgress?: Progress): Promise<Blob> {
  await db.meta.put({ key: 'backup', value: JSON.stringify({ app: 'wallet-auditor', appVersion, createdAt: new Date().toISOString() }) });
  const plain = await exportDB(db, {
    prettyJson: false,
    numRowsPerChunk: ROWS_PER_CHUNK,
    progressCallback: (p) => {
      onProgress?.(p.totalRows ? p.completedRows / p.totalRows : 0, 'exporting');
      return true;
    },
  });
  if (!opts.passphrase) return plain;
  onProgress?.(1, 'encrypting');
  return encryptBackup(plain, opts.passphrase);
}

/** Reads and checks a backup file; nothing is written. */
export async function readBackup(db: WalletDb, file: Blob): Promise<DexieExportJsonStructure> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (e) {
    // The whole file is read as one string first (so the restore transaction never waits on a file read);
    // that caps a restorable backup at the engine's longest string, about 500 MB of JSON.
    if (e instanceof RangeError) throw invalid(`it is too large to restore in one piece (${Math.round(file.size / 2 ** 20)} MB)`);
    throw invalid('it is not a Wallet Auditor backup (not JSON)');
  }
  const b = parsed as Partial<DexieExportJsonStructure> | null;
  if (!b || b.formatName !== 'dexie' || !b.data || !Array.isArray(b.data.data) || !Array.isArray(b.data.tables)) {
    throw invalid('it is not a Wallet Auditor backup');
  }
  const known = new Set<string>(TABLES);
  const foreign = b.data.tables.map((t) => t.name).filter((n) => !known.has(n));
  if (foreign.length) throw invalid(`it holds tables this app does not know (${foreign.join(', ')})`);
  if (typeof b.data.databaseVersion !== 'number' || b.data.databaseVersion > db.verno) {
    throw invalid(`it was made by a newer version of the app (database version ${b.data.databaseVersion}, this app has ${db.verno})`);
  }
  return b as DexieExportJsonStructure;
}

/** An already-parsed export in the stream shape importInto accepts, so it never reads a Blob mid-transaction. */
function parsedStream(data: DexieExportJsonStructure): JsonStream<DexieExportJsonStructure> {
  return { result: data, done: () => true, eof: () => true, pullAsync: async () => data, pullSync: () => data };
}

export async function restoreDb(db: WalletDb, file: Blob, opts: BackupOptions = {}, onProgress?: Progress): Promise<void> {
  onProgress?.(0, 'reading');
  const plain = (await isEncryptedBackup(file)) ? await decryptBackup(file, opts.passphrase) : file;
  const data = await readBackup(db, plain);
  const total = data.data.tables.reduce((n, t) => n + t.rowCount, 0);
  await db.transaction('rw', db.tables, async () => {
    const generation = await readGeneration(db);
    for (const t of db.tables) await t.clear();
    await importInto(db, parsedStream(data), {
      noTransaction: true,
      acceptNameDiff: true,
      acceptVersionDiff: true,
      progressCallback: (p) => {
        onProgress?.(total ? p.completedRows / total : 1, 'restoring');
        return true;
      },
    });
    // A new generation, whatever the backup held, so every open index and pending import sees the change.
    await db.meta.put({ key: 'generation', value: Math.max(generation, await readGeneration(db)) + 1 });
  });
  onProgress?.(1, 'done');
}

export async function deleteAllData(db: WalletDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const generation = await readGeneration(db);
    for (const t of db.tables) await t.clear();
    await db.meta.put({ key: 'generation', value: generation + 1 });
  });
}
