// The one way a backup is refused, shared by the reader and the decryption.
import { DataError } from '../errors';

export const invalidBackup = (why: string): DataError =>
  new DataError({ kind: 'invalid-backup', message: `This backup cannot be restored: ${why}. Your data was not changed.` });
