// Reads a zip (plain or AES-encrypted) into memory with limits, for validating bundles that may come from
// anywhere. zip.js is used because it reads both plain and WinZip-AES entries and reports which are
// encrypted; web workers are off so it behaves the same in Node and in the renderer.
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';

export interface ZipReadLimits {
  /** Total uncompressed bytes accepted (zip bombs). */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipReadLimits = { maxTotalBytes: 2 * 1024 ** 3, maxEntries: 100_000 };

export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

export interface ZipContents {
  /** Entry name → bytes; directory entries are left out. */
  files: Map<string, Uint8Array>;
  encrypted: boolean;
}

/** Entry names that would land outside the extraction folder (zip slip) or mean something else on Windows. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0') ||
    name.split('/').some((s) => s === '..')
  );
}

export async function readZip(bytes: Uint8Array, opts: { password?: string; limits?: Partial<ZipReadLimits> } = {}): Promise<ZipContents> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
  try {
    let entries;
    try {
      entries = await reader.getEntries();
    } catch (e) {
      throw new ZipReadError(`not a readable zip file (${(e as Error).message})`);
    }
    if (entries.length > limits.maxEntries) throw new ZipReadError(`the zip holds ${entries.length} entries; more than ${limits.maxEntries} is refused`);
    const total = entries.reduce((n, e) => n + (e.directory ? 0 : e.uncompressedSize), 0);
    if (total > limits.maxTotalBytes) throw new ZipReadError(`the zip would unpack to ${total} bytes; more than ${limits.maxTotalBytes} is refused`);
    const encrypted = entries.some((e) => e.encrypted);
    if (encrypted && !opts.password) throw new ZipReadError('the zip is encrypted; give its password');
    const files = new Map<string, Uint8Array>();
    for (const e of entries) {
      if (e.directory) continue;
      if (isUnsafeEntryName(e.filename)) throw new ZipReadError(`entry "${e.filename}" points outside the archive`);
      if (files.has(e.filename)) throw new ZipReadError(`entry "${e.filename}" appears twice`);
      try {
        files.set(e.filename, await e.getData(new Uint8ArrayWriter(), e.encrypted ? { password: opts.password } : {}));
      } catch (err) {
        const msg = (err as Error).message;
        throw new ZipReadError(/password/i.test(msg) ? 'wrong password' : `entry "${e.filename}" cannot be read (${msg})`);
      }
    }
    return { files, encrypted };
  } finally {
    await reader.close();
  }
}
