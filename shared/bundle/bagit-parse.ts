// Parsing of BagIt tag files: bagit.txt (strict), bag-info.txt (lenient, as real bags vary), manifests
// and fetch.txt, plus the path-safety rules of bagit-python's `_path_is_dangerous`.

export interface BagProblem {
  /** The file at fault, as a path inside the bag (e.g. `data/report.html`, `manifest-sha256.txt`). */
  file: string;
  problem: string;
}

export const BOM_UTF8 = [0xef, 0xbb, 0xbf];

const hasPrefix = (b: Uint8Array, p: readonly number[]): boolean => p.every((x, i) => b[i] === x);

/** Splits on CRLF, CR or LF and drops one trailing empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export interface BagDeclaration {
  version: string;
  encoding: string;
}

/** bagit.txt: exactly `BagIt-Version: M.N` and `Tag-File-Character-Encoding: ENC`, UTF-8 without BOM. */
export function parseBagitTxt(bytes: Uint8Array, errors: BagProblem[], warnings: BagProblem[]): BagDeclaration | undefined {
  const file = 'bagit.txt';
  if (hasPrefix(bytes, BOM_UTF8)) {
    errors.push({ file, problem: 'must not start with a byte-order mark' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    errors.push({ file, problem: 'is not UTF-8 text' });
    return undefined;
  }
  const lines = splitLines(text);
  const read = (i: number, label: string): string | undefined => {
    const line = lines[i];
    if (line === undefined) return void errors.push({ file, problem: `line ${i + 1} is missing; expected "${label}: …"` });
    if (!line.startsWith(`${label}: `)) return void errors.push({ file, problem: `line ${i + 1} must be "${label}: …" (label, colon, one space), found "${line}"` });
    const value = line.slice(label.length + 2);
    if (value !== value.trim()) warnings.push({ file, problem: `line ${i + 1} has spaces around its value` });
    return value.trim();
  };
  const version = read(0, 'BagIt-Version');
  const encoding = read(1, 'Tag-File-Character-Encoding');
  if (lines.length > 2) errors.push({ file, problem: `has ${lines.length} lines; exactly 2 are allowed` });
  if (version !== undefined && !/^\d+\.\d+$/.test(version)) {
    errors.push({ file, problem: `"${version}" is not a version number (M.N)` });
    return undefined;
  }
  if (version === undefined || encoding === undefined) return undefined;
  return { version, encoding };
}

/** Decodes a tag file in the declared encoding; UTF-16 follows its byte-order mark. */
export function decodeTagFile(bytes: Uint8Array, encoding: string): string {
  let label = encoding.toLowerCase();
  let body = bytes;
  if (label === 'utf-16' || label === 'utf16') {
    if (hasPrefix(bytes, [0xfe, 0xff])) { label = 'utf-16be'; body = bytes.subarray(2); }
    else if (hasPrefix(bytes, [0xff, 0xfe])) { label = 'utf-16le'; body = bytes.subarray(2); }
    else label = 'utf-16be';
  }
  const text = new TextDecoder(label, { fatal: true }).decode(body);
  return text.replace(/^\ufeff/, '');
}

export function isSupportedEncoding(encoding: string): boolean {
  try {
    new TextDecoder(encoding.toLowerCase() === 'utf-16' ? 'utf-16be' : encoding);
    return true;
  } catch {
    return false;
  }
}

export interface BagInfoEntry {
  label: string;
  value: string;
  line: number;
}

/** bag-info.txt: `Label: value` with continuation lines starting with space or TAB. */
export function parseBagInfo(text: string, errors: BagProblem[]): BagInfoEntry[] {
  const out: BagInfoEntry[] = [];
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') return;
    const last = out.at(-1);
    if (/^[ \t]/.test(line) && last) {
      last.value = `${last.value} ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return void errors.push({ file: 'bag-info.txt', problem: `line ${i + 1} is not "Label: value": "${line}"` });
    out.push({ label: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), line: i + 1 });
  });
  return out;
}

/** Why a path from a manifest or fetch.txt is not allowed, or undefined when it is safe. */
export function dangerousPath(p: string): string | undefined {
  if (p.startsWith('/')) return 'is an absolute path';
  if (p.startsWith('~')) return 'refers to a home directory';
  if (/^[A-Za-z]:/.test(p)) return 'is a Windows drive path';
  if (p.includes('\\')) return 'contains a backslash (a Windows path separator)';
  if (/%[A-Za-z_]+%/.test(p)) return 'contains a Windows environment variable';
  if (p.split('/').some((s) => s === '..')) return 'leaves the bag with ".."';
  return undefined;
}

export interface ManifestEntry {
  checksum: string;
  path: string;
  line: number;
}

/**
 * Manifest lines `<checksum> <path>`. CR, LF (and for 1.0 `%`) arrive percent-encoded; a leading `./` or
 * md5sum's binary-mode `*` is tolerated with a warning.
 */
export function parseManifest(text: string, file: string, version: string, errors: BagProblem[], warnings: BagProblem[]): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  let star = false;
  let dotSlash = false;
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(line);
    if (!m) return void errors.push({ file, problem: `line ${i + 1} is not "<checksum> <path>"` });
    let path = m[2]!;
    if (path.startsWith('*')) { star = true; path = path.slice(1); }
    path = path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
    if (version === '1.0') path = path.replace(/%25/g, '%');
    if (path.startsWith('./')) { dotSlash = true; path = path.slice(2); }
    out.push({ checksum: m[1]!.toLowerCase(), path, line: i + 1 });
  });
  if (star) warnings.push({ file, problem: 'paths start with "*" (written by md5sum in binary mode); read without it' });
  if (dotSlash) warnings.push({ file, problem: 'paths start with "./"; read relative to the bag' });
  return out;
}

export interface FetchEntry {
  url: string;
  length: string;
  path: string;
  line: number;
}

export function parseFetch(text: string, errors: BagProblem[]): FetchEntry[] {
  const out: FetchEntry[] = [];
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^(\S+)[ \t]+(\S+)[ \t]+(.+)$/.exec(line);
    if (!m) return void errors.push({ file: 'fetch.txt', problem: `line ${i + 1} is not "<url> <length> <path>"` });
    out.push({ url: m[1]!, length: m[2]!, path: m[3]!.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n'), line: i + 1 });
  });
  return out;
}
