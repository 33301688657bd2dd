// ZIP archives as Alipay and WeChat mail them: often password-protected (ZipCrypto or AES). @zip.js/zip.js
// reads both, in Node and the browser, without workers here (we already run inside one in the app).
import { configure, ERR_ENCRYPTED, ERR_INVALID_PASSWORD, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { ImportError } from '../importing/errors';
import { ARCHIVE_LIMITS, ByteBudget, checkDeclared } from './limits';

configure({ useWebWorkers: false });

/** The archive is encrypted and no password (or a wrong one) was given. */
export class PasswordError extends ImportError {
  constructor(
    fileName: string,
    readonly wrongPassword: boolean,
  ) {
    super(fileName, wrongPassword ? 'the password is wrong' : 'the archive is protected by a password; enter the password the platform sent with it');
    this.name = 'PasswordError';
  }
}

export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);
}

const XLSX_MARK = new TextEncoder().encode('xl/workbook.xml');
/** An XLSX workbook is a ZIP whose entry names include xl/workbook.xml (names are stored uncompressed). */
export function isXlsx(b: Uint8Array): boolean {
  if (!isZip(b)) return false;
  const first = XLSX_MARK[0]!;
  outer: for (let i = b.indexOf(first); i !== -1 && i <= b.length - XLSX_MARK.length; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < XLSX_MARK.length; j++) if (b[i + j] !== XLSX_MARK[j]) continue outer;
    return true;
  }
  return false;
}

const STATEMENT = /\.(csv|txt|xlsx)$/i;

export interface ZipEntryFile {
  name: string;
  bytes: Uint8Array;
}

/** Extracts the statement files (CSV, TXT, XLSX) of an archive; nested archives and folders are ignored. */
export async function extractZip(name: string, bytes: Uint8Array, password?: string): Promise<ZipEntryFile[]> {
  const fail = (why: string): never => {
    throw new ImportError(name, why);
  };
  const reader = new ZipReader(new Uint8ArrayReader(bytes as Uint8Array<ArrayBuffer>));
  try {
    let entries;
    try {
      entries = await reader.getEntries();
    } catch {
      return fail('the archive is damaged or not a ZIP file');
    }
    if (entries.length > ARCHIVE_LIMITS.maxEntries) fail(`the archive has ${entries.length} entries, more than ${ARCHIVE_LIMITS.maxEntries}`);
    const budget = new ByteBudget(fail);
    const out: ZipEntryFile[] = [];
    for (const entry of entries) {
      if (entry.directory) continue;
      const base = entry.filename.split(/[\\/]/).pop() ?? '';
      if (!STATEMENT.test(base) || entry.filename.startsWith('__MACOSX/') || base.startsWith('._')) continue;
      checkDeclared({ name: base, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize }, fail);
      if (entry.encrypted && !password) throw new PasswordError(name, false);
      const chunks: Uint8Array[] = [];
      let size = 0;
      const sink = new WritableStream<Uint8Array>({
        write(chunk) {
          size += chunk.length;
          budget.add(base, size, chunk.length);
          chunks.push(chunk);
        },
      });
      try {
        await entry.getData!(sink, password ? { password } : {});
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (msg === ERR_INVALID_PASSWORD) throw new PasswordError(name, true);
        if (msg === ERR_ENCRYPTED) throw new PasswordError(name, false);
        if (e instanceof ImportError) throw e;
        fail(`"${base}" could not be unpacked (${msg})`);
      }
      const data = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        data.set(c, at);
        at += c.length;
      }
      out.push({ name: base, bytes: data });
    }
    return out;
  } finally {
    await reader.close().catch(() => undefined);
  }
}
