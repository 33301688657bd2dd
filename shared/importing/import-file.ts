// Bytes of one export → parsed files. Rejects what is not an export at all (empty, binary, a web page or
// PDF under a .csv name) with one message naming the file; opens ZIP archives and XLSX workbooks.
import { decodeBytes, DecodeError, type EncodingId } from '../decode';
import { readCsv } from '../csv';
import { sha256Hex } from '../hash';
import { IMPORTERS } from '../importers';
import type { ProviderId, RowIssue } from '../model';
import { createRowSink, type ParsedFile, type SinkOptions } from './pipeline';
import { ImportError } from './errors';
import { issueText } from './issue-messages';
import { isZip, isXlsx, extractZip } from '../archive/zip';
import { readXlsxSheets } from '../archive/xlsx';
import { createMappingImporter, type MappingProfile } from '../importers/generic';

export interface ImportOptions {
  format?: ProviderId;
  encoding?: EncodingId;
  accountId?: string;
  password?: string;
  mapping?: MappingProfile;
  /** Zone for naive times of non-Chinese exports; defaults to this computer's zone. */
  zone?: string;
  /** Keep each row's cells on its transaction (default true); see Provenance.raw. */
  keepCells?: boolean;
  /** 0..1 progress of reading this file. */
  onProgress?: (fraction: number) => void;
}

export interface FileImport extends ParsedFile {
  name: string;
  sha256: string;
  size: number;
  encoding: EncodingId | 'xlsx';
  /** The archive this file came out of, if any. */
  container?: string;
  /** The original bytes (kept for evidence bundles). */
  bytes: Uint8Array;
}

/** Hard limits that keep a hostile file from exhausting memory. */
export const LIMITS = { maxFileBytes: 512 * 1024 * 1024, maxFieldChars: 1_000_000 };

export async function importBytes(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<FileImport[]> {
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty');
  if (bytes.length > LIMITS.maxFileBytes) throw new ImportError(name, `the file is larger than ${LIMITS.maxFileBytes / 2 ** 20} MB`);
  if (isZip(bytes)) {
    if (isXlsx(bytes)) return [await importXlsx(name, bytes, opts)];
    const entries = await extractZip(name, bytes, opts.password);
    const out: FileImport[] = [];
    for (const e of entries) {
      for (const f of await importBytes(e.name, e.bytes, { ...opts, password: undefined })) {
        out.push({ ...f, container: name });
      }
    }
    if (!out.length) throw new ImportError(name, 'the archive holds no statement file');
    return out;
  }
  sniffNonText(name, bytes);
  let decoded;
  try {
    decoded = decodeBytes(bytes, opts.encoding ?? opts.mapping?.encoding);
  } catch (e) {
    if (e instanceof DecodeError) throw new ImportError(name, `${e.message}; choose the encoding by hand if you know it`);
    throw e;
  }
  let text = decoded.text;
  // Web Crypto hashes off the main thread: started now, it is done by the time the rows are read.
  const digest = sha256Hex(bytes);
  const sink = createRowSink({ fileName: name, ...sinkOptions(opts) });
  const nul = text.indexOf('\u0000');
  const early: RowIssue[] = [];
  if (nul !== -1) {
    text = text.replaceAll('\u0000', '');
    early.push({ line: lineAt(decoded.text, nul), code: 'encoding', ...issueText('nul-removed', {}) });
  }
  readCsv(text, {
    onRow: (cells, line) => {
      for (const c of cells) {
        if (c.length > LIMITS.maxFieldChars) throw new ImportError(name, `line ${line}: a field is longer than ${LIMITS.maxFieldChars} characters`);
      }
      return sink.push(cells, line);
    },
    onError: (e) => {
      if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
        const id = e.code === 'MissingQuotes' ? 'quote-unterminated' : 'quote-malformed';
        early.push({ line: e.line, code: 'bad-quote', ...issueText(id, { reason: e.message }) });
      }
    },
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const sha256 = await digest;
  const parsed = sink.end(sha256);
  parsed.issues.push(...early);
  parsed.issues.sort((a, b) => a.line - b.line);
  return [{ ...parsed, name, sha256, size: bytes.length, encoding: decoded.encoding, bytes }];
}

function sinkOptions(opts: ImportOptions): Pick<SinkOptions, 'importers' | 'format' | 'accountId' | 'zone' | 'keepCells'> {
  return {
    keepCells: opts.keepCells,
    importers: opts.mapping ? [createMappingImporter(opts.mapping)] : IMPORTERS,
    format: opts.mapping ? 'generic' : opts.format,
    accountId: opts.accountId,
    zone: opts.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

async function importXlsx(name: string, bytes: Uint8Array, opts: ImportOptions): Promise<FileImport> {
  const sheets = readXlsxSheets(name, bytes);
  const sha256 = await sha256Hex(bytes);
  let lastError: unknown;
  // The statement is found by content, not by sheet order: some workbooks carry a helper sheet first.
  for (const sheet of sheets) {
    const sink = createRowSink({ fileName: name, ...sinkOptions(opts) });
    try {
      for (let i = 0; i < sheet.rows.length; i++) {
        if (sink.push(sheet.rows[i]!, i + 1) === 'stop') break;
      }
      return { ...sink.end(sha256), name, sha256, size: bytes.length, encoding: 'xlsx', bytes };
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      lastError = e;
    }
  }
  throw lastError ?? new ImportError(name, 'the workbook has no sheets');
}

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** OLE2 compound file: legacy Excel .xls (CCB, CITIC and SPDB still export these). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Recognises files that are plainly not CSV text, to say what they are instead of "no header found". */
function sniffNonText(name: string, b: Uint8Array): void {
  if (PDF.every((x, i) => b[i] === x)) throw new ImportError(name, 'this is a PDF document, not a CSV export; export the statement as CSV (or XLSX) instead');
  if (OLE2.every((x, i) => b[i] === x)) {
    throw new ImportError(name, 'this is a legacy Excel workbook (.xls), which cannot be read; open it in a spreadsheet and save it as CSV or XLSX, then import that');
  }
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024)).replace(/^\ufeff|^ï»¿/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) {
    throw new ImportError(name, 'this is a web page or XML document, not a CSV export; download the statement file itself');
  }
  // Binary: many control bytes in the first 4 KB (text exports have none but TAB/CR/LF; UTF-16 is handled by decode).
  const n = Math.min(b.length, 4096);
  let ctl = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) zeros++;
    else if (c < 9 || (c > 13 && c < 32)) ctl++;
  }
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || zeros > n * 0.3;
  if (!utf16 && (ctl > n * 0.02 || zeros > n * 0.1)) throw new ImportError(name, 'this is a binary file, not a CSV or XLSX export');
}
