// `--bundle out.zip`: the file side of the evidence bundle. Reads the case file and its attachments,
// hands everything to shared/bundle (which decides every byte), and writes the zip atomically, so an
// interrupted run never leaves a half-written bundle behind.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeAttachment, MAX_ATTACHMENT_BYTES } from '../shared/case/attachments';
import { formatCaseErrors, parseCaseJson } from '../shared/case/case-json';
import type { AppealCase, TransactionMark } from '../shared/case/types';
import { buildBundle } from '../shared/bundle/bundle';
import { encryptedCopy } from '../shared/bundle/encrypted-copy';
import type { AttachmentFile, BundleFinding, OriginalFile } from '../shared/bundle/types';
import type { FileImport } from '../shared/importing/import-file';
import type { Transaction } from '../shared/model';
import type { Lang } from '../shared/rules/types';

/** A problem with one input or output file; the message names the file and says why. */
export class BundleError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'BundleError';
  }
}

export interface WriteBundleOptions {
  imports: readonly FileImport[];
  /** The transactions to put in transactions.csv (and in the report's totals). */
  transactions: readonly Transaction[];
  /** Findings with their message already in `lang`. */
  findings: readonly BundleFinding[];
  /** The case, already parsed from JSON (validated here); attachments resolve against `casePath`'s folder. */
  caseFile?: unknown;
  /** Path of the case file: read from here when `caseFile` is not given. */
  casePath?: string;
  lang: Lang;
  outPath: string;
  /** YYYY-MM-DD. Default: SOURCE_DATE_EPOCH if set (reproducible builds), else today. */
  baggingDate?: string;
  reportPdf?: Uint8Array;
  maskCounterpartyAccounts?: boolean;
  /** Also write an AES-256 copy next to the bundle (`out.zip` → `out.encrypted.zip`). */
  password?: string;
}

export interface WrittenBundle {
  path: string;
  bagName: string;
  /** SHA-256 of manifest-sha256.txt. */
  fingerprint: string;
  size: number;
  /** Attachments left out, with why. */
  skipped: { name: string; reason: string }[];
  encryptedPath?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function defaultBaggingDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const d = new Date(Number(epoch) * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function softwareAgent(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return `Wallet Auditor ${pkg.version ?? ''}`.trim();
  } catch {
    return 'Wallet Auditor';
  }
}

const reasonOf = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a folder, not a file';
  return err.message ?? String(e);
};

export interface LoadedCase {
  case: AppealCase;
  marks: TransactionMark[];
  attachments: AttachmentFile[];
  skipped: { name: string; reason: string }[];
}

/** Reads and validates a case file and the attachments it names (paths relative to the case file). */
export async function loadCase(caseFile: unknown, casePath: string | undefined): Promise<LoadedCase> {
  const label = casePath ?? 'case';
  let data = caseFile;
  if (data === undefined) {
    if (!casePath) throw new BundleError(label, 'no case given');
    try {
      data = await readFile(casePath, 'utf8');
    } catch (e) {
      throw new BundleError(casePath, reasonOf(e));
    }
  }
  const parsed = parseCaseJson(data);
  if (!parsed.ok) throw new BundleError(label, `the case file has ${parsed.errors.length} problem(s):\n${formatCaseErrors(label, parsed.errors)}`);
  const base = casePath ? dirname(resolve(casePath)) : process.cwd();
  const attachments: AttachmentFile[] = [];
  const skipped: LoadedCase['skipped'] = [];
  for (const ref of parsed.attachments) {
    const file = resolve(base, ref.file);
    let bytes: Uint8Array;
    try {
      const info = await stat(file);
      if (info.size > MAX_ATTACHMENT_BYTES) {
        skipped.push({ name: ref.name, reason: `the file is larger than ${MAX_ATTACHMENT_BYTES / 2 ** 20} MB` });
        continue;
      }
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      throw new BundleError(`${label}: attachment ${ref.file}`, reasonOf(e));
    }
    const { acceptable: _ok, ...meta } = await describeAttachment({ id: ref.id, name: ref.name, kind: ref.kind, bytes, ...(ref.note ? { note: ref.note } : {}) });
    attachments.push({ meta, bytes });
  }
  const c = { ...parsed.case, attachments: attachments.map((a) => a.meta) };
  return { case: c, marks: parsed.marks, attachments, skipped };
}

/** The export files byte for byte, each once (two imports from the same file share one original). */
function originalsOf(imports: readonly FileImport[]): OriginalFile[] {
  const seen = new Set<string>();
  const out: OriginalFile[] = [];
  for (const f of imports) {
    if (seen.has(f.sha256)) continue;
    seen.add(f.sha256);
    out.push({ name: f.name.split(/[\\/]/).pop() ?? f.name, bytes: f.bytes });
  }
  return out;
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.partial-${process.pid}`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new BundleError(path, `cannot write the bundle: ${reasonOf(e)}`);
  }
}

export async function writeBundle(opts: WriteBundleOptions): Promise<WrittenBundle> {
  const outPath = resolve(opts.outPath);
  try {
    if (!(await stat(dirname(outPath))).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new BundleError(opts.outPath, `the folder ${dirname(outPath)} does not exist`);
  }
  const loaded = opts.caseFile !== undefined || opts.casePath ? await loadCase(opts.caseFile, opts.casePath) : undefined;
  const baggingDate = opts.baggingDate ?? defaultBaggingDate();
  const built = await buildBundle({
    lang: opts.lang,
    baggingDate,
    transactions: opts.transactions,
    findings: opts.findings,
    originals: originalsOf(opts.imports),
    softwareAgent: await softwareAgent(),
    ...(loaded ? { case: loaded.case, marks: loaded.marks, attachments: loaded.attachments } : {}),
    ...(opts.reportPdf ? { reportPdf: opts.reportPdf } : {}),
    ...(opts.maskCounterpartyAccounts ? { maskCounterpartyAccounts: true } : {}),
    ...(loaded?.case.holderName ? { bagInfo: { contactName: loaded.case.holderName } } : {}),
  });
  // Both files are made in memory first, so a failure leaves neither behind.
  const encryptedPath = opts.password !== undefined ? outPath.replace(/(\.zip)?$/i, '.encrypted.zip') : undefined;
  let encrypted: Uint8Array | undefined;
  if (encryptedPath) {
    try {
      encrypted = await encryptedCopy(built, { password: opts.password!, baggingDate });
    } catch (e) {
      throw new BundleError(encryptedPath, (e as Error).message);
    }
  }
  await writeAtomically(outPath, built.zip);
  if (encryptedPath && encrypted) await writeAtomically(encryptedPath, encrypted);
  const result: WrittenBundle = {
    path: outPath, bagName: built.bagName, fingerprint: built.fingerprint, size: built.zip.length,
    skipped: [...(loaded?.skipped ?? []), ...built.skipped],
    ...(encryptedPath ? { encryptedPath } : {}),
  };
  return result;
}
