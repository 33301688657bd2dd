// Validates a BagIt bag (RFC 8493, and the 0.9x drafts still found in archives) given as a file map or zip
// bytes. Every problem names the file at fault. Checked against the Library of Congress conformance suite.
import {
  decodeTagFile, dangerousPath, isSupportedEncoding, parseBagInfo, parseBagitTxt, parseFetch, parseManifest,
  type BagProblem, type ManifestEntry,
} from './bagit-parse';
import { digestHex, HEX_LENGTH, isBagAlgorithm, type BagAlgorithm } from './checksums';
import { readZip, ZipReadError, type ZipReadLimits } from './zip-read';

export type { BagProblem } from './bagit-parse';

export interface BagValidation {
  valid: boolean;
  errors: BagProblem[];
  warnings: BagProblem[];
  /** BagIt version declared in bagit.txt. */
  version?: string;
  /** The zip's top-level directory, when validating a zip. */
  bagName?: string;
  /** Size of the payload as found (not as claimed). */
  payload?: { files: number; bytes: number };
  /** SHA-256 of manifest-sha256.txt, when the bag has one: a single value that pins the whole payload. */
  manifestSha256?: string;
}

export interface ValidateOptions {
  /**
   * For bags this app wrote: files outside `data/` that no tag manifest covers, and names that match a
   * manifest entry only by case or Unicode normalisation, are errors rather than warnings.
   */
  strict?: boolean;
  password?: string;
  limits?: Partial<ZipReadLimits>;
}

const MANIFEST_RE = /^(tag)?manifest-([A-Za-z0-9]+)\.txt$/;
const SYSTEM_FILES = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*|\.Spotlight-V100|\.Trashes)$/i;
const fold = (p: string): string => p.normalize('NFC').toLowerCase();

/**
 * A serialised bag unpacks to one top-level directory (RFC 8493 §4), which is stripped here. A file map
 * may also be the bag's own root (a folder read from disk).
 */
function unwrap(files: Map<string, Uint8Array>, fromZip: boolean): { files: Map<string, Uint8Array>; bagName?: string; problem?: string } {
  const tops = new Set([...files.keys()].map((k) => (k.includes('/') ? k.split('/')[0]! : `${k} (a file)`)));
  const [only] = tops;
  const wrapped = tops.size === 1 && only !== undefined && !only.endsWith(' (a file)') && only !== 'data';
  if (!wrapped) {
    if (!fromZip) return { files };
    if (!tops.size) return { files, problem: 'the zip is empty' };
    return { files, problem: `the zip must hold exactly one top-level directory (the bag); found ${[...tops].sort().slice(0, 5).join(', ')}` };
  }
  const inner = new Map<string, Uint8Array>();
  for (const [k, v] of files) inner.set(k.slice(only.length + 1), v);
  return { files: inner, bagName: only };
}

export async function validateBag(input: Map<string, Uint8Array> | Uint8Array, opts: ValidateOptions = {}): Promise<BagValidation> {
  const errors: BagProblem[] = [];
  const warnings: BagProblem[] = [];
  let raw: Map<string, Uint8Array>;
  if (input instanceof Uint8Array) {
    try {
      raw = (await readZip(input, { ...(opts.password ? { password: opts.password } : {}), ...(opts.limits ? { limits: opts.limits } : {}) })).files;
    } catch (e) {
      if (!(e instanceof ZipReadError)) throw e;
      return { valid: false, errors: [{ file: '(zip)', problem: e.message }], warnings };
    }
    // An encrypted copy made with `nest` holds the plain bundle zip as its only entry.
    const [only, ...rest] = raw.entries();
    if (only && !rest.length && only[0].toLowerCase().endsWith('.zip') && !only[0].includes('/')) {
      return validateBag(only[1], { ...opts, password: undefined });
    }
  } else raw = input;
  const un = unwrap(raw, input instanceof Uint8Array);
  if (un.problem) return { valid: false, errors: [{ file: '(zip)', problem: un.problem }], warnings };
  const files = un.files;
  const extra: Pick<BagValidation, 'payload' | 'manifestSha256'> = {};
  const result = (version?: string): BagValidation => ({
    valid: errors.length === 0, errors, warnings, ...(version ? { version } : {}), ...(un.bagName ? { bagName: un.bagName } : {}), ...extra,
  });

  for (const path of files.keys()) {
    const why = dangerousPath(path);
    if (why) errors.push({ file: path, problem: `file name ${why}` });
  }

  const bagitBytes = files.get('bagit.txt');
  if (!bagitBytes) {
    errors.push({ file: 'bagit.txt', problem: 'is missing; every bag starts with it' });
    return result();
  }
  const decl = parseBagitTxt(bagitBytes, errors, warnings);
  if (!decl) return result();
  const { version, encoding } = decl;
  if (!/^(0\.9[3-7]|1\.0)$/.test(version)) {
    errors.push({ file: 'bagit.txt', problem: `BagIt version ${version} is not supported (0.93–0.97 and 1.0 are)` });
    return result(version);
  }
  if (!isSupportedEncoding(encoding)) {
    errors.push({ file: 'bagit.txt', problem: `tag file encoding "${encoding}" is not supported` });
    return result(version);
  }
  const text = (file: string): string | undefined => {
    try {
      return decodeTagFile(files.get(file)!, encoding);
    } catch {
      errors.push({ file, problem: `is not valid ${encoding} text` });
      return undefined;
    }
  };

  const payload = [...files.keys()].filter((p) => p.startsWith('data/')).sort();
  const payloadSet = new Set(payload);
  extra.payload = { files: payload.length, bytes: payload.reduce((n, p) => n + files.get(p)!.length, 0) };
  const m256 = files.get('manifest-sha256.txt');
  if (m256) extra.manifestSha256 = await digestHex('sha256', m256);
  const byFold = new Map<string, string[]>();
  for (const p of payload) byFold.set(fold(p), [...(byFold.get(fold(p)) ?? []), p]);
  for (const p of payload) if (SYSTEM_FILES.test(p)) warnings.push({ file: p, problem: 'is an operating-system helper file (e.g. .DS_Store, Thumbs.db), usually added by accident' });

  const payloadManifests: [string, BagAlgorithm][] = [];
  const tagManifests: [string, BagAlgorithm][] = [];
  for (const name of [...files.keys()].sort()) {
    const m = MANIFEST_RE.exec(name);
    if (!m) continue;
    const alg = m[2]!.toLowerCase();
    if (!isBagAlgorithm(alg)) {
      warnings.push({ file: name, problem: `algorithm "${alg}" is not supported here; this manifest was not checked` });
      continue;
    }
    (m[1] ? tagManifests : payloadManifests).push([name, alg]);
  }
  if (!payloadManifests.length) errors.push({ file: 'manifest-<algorithm>.txt', problem: 'is missing: the bag has no payload manifest with a supported algorithm' });

  /** Finds the stored file for a listed path; a case- or normalisation-only match is reported. */
  const resolve = (listed: string, manifest: string, within: (p: string) => boolean): string | undefined => {
    if (files.has(listed) && within(listed)) return listed;
    const near = (byFold.get(fold(listed)) ?? []).concat([...files.keys()].filter((p) => !p.startsWith('data/') && fold(p) === fold(listed)));
    if (near.length === 1) {
      const problem = `is listed in ${manifest} as "${listed}" but stored as "${near[0]}" (same only on case-insensitive or normalising file systems)`;
      (opts.strict ? errors : warnings).push({ file: near[0]!, problem });
      return near[0];
    }
    return undefined;
  };

  const checkManifest = async (name: string, alg: BagAlgorithm, tag: boolean): Promise<Set<string>> => {
    const covered = new Set<string>();
    const body = text(name);
    if (body === undefined) return covered;
    const entries: ManifestEntry[] = parseManifest(body, name, version, errors, warnings);
    const seen = new Map<string, ManifestEntry>();
    for (const e of entries) {
      const why = dangerousPath(e.path);
      if (why) { errors.push({ file: name, problem: `line ${e.line}: "${e.path}" ${why}` }); continue; }
      if (!tag && !e.path.startsWith('data/')) { errors.push({ file: name, problem: `line ${e.line}: "${e.path}" is not in data/` }); continue; }
      if (e.checksum.length !== HEX_LENGTH[alg]) { errors.push({ file: name, problem: `line ${e.line}: checksum for "${e.path}" has ${e.checksum.length} hex digits, ${alg} has ${HEX_LENGTH[alg]}` }); continue; }
      const prev = seen.get(e.path);
      if (prev) {
        if (prev.checksum !== e.checksum) errors.push({ file: e.path, problem: `is listed twice in ${name} with different checksums (lines ${prev.line} and ${e.line})` });
        else (version === '1.0' ? errors : warnings).push({ file: e.path, problem: `is listed twice in ${name} (lines ${prev.line} and ${e.line})` });
        continue;
      }
      seen.set(e.path, e);
      const stored = resolve(e.path, name, tag ? () => true : (p) => p.startsWith('data/'));
      if (!stored) { errors.push({ file: e.path, problem: `is listed in ${name} but missing from the bag` }); continue; }
      if (covered.has(stored)) { warnings.push({ file: stored, problem: `is listed more than once in ${name} under different spellings` }); continue; }
      covered.add(stored);
      const actual = await digestHex(alg, files.get(stored)!);
      if (actual !== e.checksum) errors.push({ file: stored, problem: `has changed: its ${alg} is ${actual}, ${name} says ${e.checksum}` });
    }
    return covered;
  };

  for (const [name, alg] of payloadManifests) {
    const covered = await checkManifest(name, alg, false);
    for (const p of payload) if (!covered.has(p)) errors.push({ file: p, problem: `is in data/ but not listed in ${name}` });
  }
  // Strict: every tag manifest must cover every tag file, as every payload manifest covers the payload;
  // a file missing from one was added, or a line was removed, after the bag was made.
  const tagFiles = [...files.keys()].filter((p) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')).sort();
  for (const [name, alg] of tagManifests) {
    const covered = await checkManifest(name, alg, true);
    if (!opts.strict) continue;
    for (const p of tagFiles) if (!covered.has(p)) errors.push({ file: p, problem: `is not listed in ${name} (added after the bag was made?)` });
  }
  if (opts.strict && !tagManifests.length) errors.push({ file: 'tagmanifest-<algorithm>.txt', problem: 'is missing: this app always writes tag manifests' });

  if (files.has('bag-info.txt')) checkBagInfo(text('bag-info.txt'), payload, files, errors, warnings);
  if (files.has('fetch.txt')) {
    const body = text('fetch.txt');
    for (const f of body === undefined ? [] : parseFetch(body, errors)) {
      const why = dangerousPath(f.path);
      if (why) errors.push({ file: 'fetch.txt', problem: `line ${f.line}: "${f.path}" ${why}` });
      else if (!payloadSet.has(f.path)) errors.push({ file: f.path, problem: 'is listed in fetch.txt but not present (this validator does not download)' });
    }
  }
  return result(version);
}

function checkBagInfo(body: string | undefined, payload: string[], files: Map<string, Uint8Array>, errors: BagProblem[], warnings: BagProblem[]): void {
  if (body === undefined) return;
  const file = 'bag-info.txt';
  const entries = parseBagInfo(body, errors);
  const oxum = entries.filter((e) => e.label.toLowerCase() === 'payload-oxum');
  if (oxum.length > 1) warnings.push({ file, problem: 'Payload-Oxum appears more than once' });
  const first = oxum[0];
  if (first) {
    const m = /^(\d+)\.(\d+)$/.exec(first.value);
    if (!m) errors.push({ file, problem: `Payload-Oxum "${first.value}" is not <octets>.<file count>` });
    else {
      const octets = payload.reduce((n, p) => n + files.get(p)!.length, 0);
      if (Number(m[1]) !== octets || Number(m[2]) !== payload.length) {
        errors.push({ file, problem: `Payload-Oxum says ${m[1]} bytes in ${m[2]} files, the payload has ${octets} bytes in ${payload.length} files` });
      }
    }
  }
  const date = entries.find((e) => e.label.toLowerCase() === 'bagging-date');
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) warnings.push({ file, problem: `Bagging-Date "${date.value}" is not YYYY-MM-DD` });
}
