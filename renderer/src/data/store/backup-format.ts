// How a backup file announces itself. Small on purpose: the page checks a chosen file with it (to ask for
// the passphrase before restoring) without loading the encryption code, which only the store worker needs.

/** Every binary age file starts with this line (https://age-encryption.org/v1). */
const AGE_MAGIC = 'age-encryption.org/v1\n';

/** Whether `file` is a passphrase-protected backup (an age file) rather than a plain JSON one. */
export async function isEncryptedBackup(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, AGE_MAGIC.length).arrayBuffer());
  return new TextDecoder().decode(head) === AGE_MAGIC;
}

/** For a backup: encrypt with this passphrase (age, scrypt), none giving plain JSON; for a restore: the passphrase of an encrypted one. */
export interface BackupOptions {
  passphrase?: string;
}
