// Errors the data layer reports to the UI. They cross worker boundaries as plain objects, so each one
// carries a `kind` the page can act on (ask for a password, offer the mapping editor) and a message that
// is safe to show: it names the file and the problem, never a stack trace.
import { ImportError } from '../../../shared/importing/errors';
import { isQuotaError } from '../db/errors';

export type DataErrorKind =
  /** The archive needs a password (or the given one is wrong: `wrongPassword`). */
  | 'password'
  /** The bytes are not a usable export; the message says why. */
  | 'invalid-file'
  /** No known layout matched: a column mapping can import it. */
  | 'unknown-layout'
  /** The same file (same SHA-256) is already stored. */
  | 'already-imported'
  /** The preview was discarded or never existed. */
  | 'no-preview'
  /** The disk or the browser's storage quota is full; nothing was written. */
  | 'quota'
  /** A backup file that cannot be restored. */
  | 'invalid-backup'
  | 'internal';

export interface DataErrorInfo {
  kind: DataErrorKind;
  message: string;
  fileName?: string;
  wrongPassword?: boolean;
}

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly fileName?: string;
  readonly wrongPassword?: boolean;

  constructor(info: DataErrorInfo) {
    super(info.message);
    // Not 'DataError': that is an IndexedDB error name, and Dexie turns errors so named into its own class.
    this.name = 'WalletDataError';
    this.kind = info.kind;
    if (info.fileName !== undefined) this.fileName = info.fileName;
    if (info.wrongPassword !== undefined) this.wrongPassword = info.wrongPassword;
  }

  toInfo(): DataErrorInfo {
    return { kind: this.kind, message: this.message, fileName: this.fileName, wrongPassword: this.wrongPassword };
  }
}

export const QUOTA_MESSAGE =
  'There is not enough storage space to save this import. Nothing was saved. Free some disk space (or delete old data in Settings) and try again.';

/** Turns anything thrown below the data layer into a DataError with a message fit for the user. */
export function toDataError(e: unknown): DataError {
  if (e instanceof DataError) return e;
  if (isQuotaError(e)) return new DataError({ kind: 'quota', message: QUOTA_MESSAGE });
  // The archive reader's PasswordError (an ImportError subclass), recognised by name so this layer does
  // not depend on which archive library produced it.
  if (e instanceof Error && e.name === 'PasswordError') {
    const file = e instanceof ImportError ? e.fileName : undefined;
    return new DataError({ kind: 'password', message: e.message, fileName: file, wrongPassword: Boolean((e as { wrongPassword?: boolean }).wrongPassword) });
  }
  if (e instanceof ImportError) {
    const kind = /no header row of/.test(e.reason) ? 'unknown-layout' : 'invalid-file';
    return new DataError({ kind, message: e.message, fileName: e.fileName });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new DataError({ kind: 'internal', message: `Unexpected error: ${message}` });
}

export function fromInfo(info: DataErrorInfo): DataError {
  return new DataError(info);
}
