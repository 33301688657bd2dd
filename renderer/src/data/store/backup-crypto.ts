// Passphrase protection of backup files with age (https://age-encryption.org, the npm `age-encryption`
// package by age's author): a backup holds the user's statements and the scans of their ID documents.
// The file is a standard binary age file, so `age -d backup.json.age` opens it too. The passphrase goes
// through scrypt (age's default work factor, 2^18), which also makes guessing it slow.
import { Decrypter, Encrypter } from 'age-encryption';
import { DataError } from '../errors';
import { invalidBackup } from './backup-errors';

export async function encryptBackup(plain: Blob, passphrase: string): Promise<Blob> {
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  // Streamed: a backup with years of statements and attachments is never held twice as one byte array.
  return new Response(await e.encrypt(plain.stream())).blob();
}

/** The plain JSON inside an encrypted backup; a missing or wrong passphrase is a `password` DataError. */
export async function decryptBackup(file: Blob, passphrase: string | undefined): Promise<Blob> {
  if (!passphrase) {
    throw new DataError({ kind: 'password', message: 'This backup is protected with a passphrase; enter it to restore. Your data was not changed.' });
  }
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await d.decrypt(file.stream());
  } catch (e) {
    if (/no identity matched/.test((e as Error).message)) {
      throw new DataError({ kind: 'password', wrongPassword: true, message: 'The passphrase does not open this backup. Your data was not changed.' });
    }
    throw invalidBackup('its encrypted header is damaged');
  }
  try {
    return await new Response(plain).blob();
  } catch {
    // Every 64 KiB chunk is authenticated: a changed or cut-short file fails here, before anything is written.
    throw invalidBackup('the encrypted file is damaged or incomplete');
  }
}
