// An optional AES-256 encrypted copy of the bundle (WinZip AE-2 via zip.js; opens in 7-Zip and WinRAR,
// not in Windows Explorer, macOS Archive Utility or Info-ZIP unzip). The zip format encrypts contents
// only: entry NAMES AND SIZES STAY VISIBLE without the password. `nest: true` hides them by storing the
// plain bundle zip as the single entry of the encrypted one. Encryption uses a random salt, so unlike
// the plain bundle this copy differs byte for byte on every run.
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

export const MIN_PASSWORD_LENGTH = 8;

export interface EncryptOptions {
  password: string;
  /** YYYY-MM-DD, the bagging date, used as the entries' time. */
  baggingDate: string;
  /** Put the plain bundle zip inside, so that the file names inside are hidden too. */
  nest?: boolean;
}

export async function encryptedCopy(
  bundle: { zip: Uint8Array; bagName: string; files: ReadonlyMap<string, Uint8Array> },
  opts: EncryptOptions,
): Promise<Uint8Array> {
  if (opts.password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const [y, m, d] = opts.baggingDate.split('-').map(Number) as [number, number, number];
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    password: opts.password,
    encryptionStrength: 3,
    useWebWorkers: false,
    extendedTimestamp: false,
    lastModDate: new Date(y, m - 1, d, 12, 0, 0),
  });
  if (opts.nest) {
    await writer.add(`${bundle.bagName}.zip`, new Uint8ArrayReader(bundle.zip), { level: 0 });
  } else {
    for (const [path, bytes] of bundle.files) await writer.add(`${bundle.bagName}/${path}`, new Uint8ArrayReader(bytes));
  }
  return writer.close();
}
