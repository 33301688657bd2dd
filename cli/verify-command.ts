// `wallet-audit verify bundle.zip`: re-checks every checksum of an evidence bundle and says which file
// changed. Exit 0 when the bag is intact, 1 when anything differs, 2 when the file cannot be read at all.
import { readFile } from 'node:fs/promises';
import { validateBag, type BagValidation } from '../shared/bundle/bagit-validate';
import type { Lang } from '../shared/rules/types';

export interface VerifyOptions {
  lang?: Lang;
  /** For an encrypted copy. */
  password?: string;
}

export interface VerifyOutcome {
  exitCode: 0 | 1 | 2;
  /** Human-readable report, one finding per line, ending with a newline. */
  text: string;
  /** Machine-readable form for `--json`. */
  json: {
    version: 1;
    file: string;
    valid: boolean;
    bag?: string;
    bagitVersion?: string;
    payload?: { files: number; bytes: number };
    fingerprint?: string;
    errors: { file: string; problem: string }[];
    warnings: { file: string; problem: string }[];
  };
}

const WORDS = {
  en: {
    ok: (bag: string, n: number, bytes: number) => `OK: ${bag} is intact: ${n} payload files, ${bytes} bytes, every checksum matches.`,
    bad: (n: number) => `CHANGED: ${n} problem${n === 1 ? '' : 's'} found; this bundle is not as it was made.`,
    fingerprint: (f: string) => `Fingerprint (SHA-256 of manifest-sha256.txt): ${f}`,
    error: 'error', warning: 'warning', unreadable: 'cannot be read',
  },
  'zh-CN': {
    ok: (bag: string, n: number, bytes: number) => `通过：${bag} 完整无改动：${n} 个数据文件，共 ${bytes} 字节，全部校验值一致。`,
    bad: (n: number) => `已改动：发现 ${n} 处问题，本证据包与生成时不一致。`,
    fingerprint: (f: string) => `指纹（manifest-sha256.txt 的 SHA-256）：${f}`,
    error: '错误', warning: '提醒', unreadable: '无法读取',
  },
} as const;

// Names inside a hostile zip may carry terminal control sequences; show them escaped.
// eslint-disable-next-line no-control-regex
const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

function render(path: string, r: BagValidation, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  if (r.valid) lines.push(w.ok(r.bagName ?? path, r.payload?.files ?? 0, r.payload?.bytes ?? 0));
  else lines.push(w.bad(r.errors.length));
  for (const e of r.errors) lines.push(`  ${w.error}: ${printable(e.file)}: ${printable(e.problem)}`);
  for (const e of r.warnings) lines.push(`  ${w.warning}: ${printable(e.file)}: ${printable(e.problem)}`);
  if (r.valid && r.manifestSha256) lines.push(w.fingerprint(r.manifestSha256));
  return `${lines.join('\n')}\n`;
}

export async function verifyBundle(path: string, opts: VerifyOptions = {}): Promise<VerifyOutcome> {
  const lang = opts.lang ?? 'en';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder, not a zip' : err.message;
    const problem = { file: path, problem: why };
    return {
      exitCode: 2,
      text: `${path}: ${WORDS[lang].unreadable}: ${why}\n`,
      json: { version: 1, file: path, valid: false, errors: [problem], warnings: [] },
    };
  }
  // Strict: a bundle this app made lists every tag file, so anything unlisted was added later.
  const r = await validateBag(bytes, { strict: true, ...(opts.password !== undefined ? { password: opts.password } : {}) });
  return {
    exitCode: r.valid ? 0 : 1,
    text: render(path, r, lang),
    json: {
      version: 1, file: path, valid: r.valid,
      ...(r.bagName ? { bag: r.bagName } : {}),
      ...(r.version ? { bagitVersion: r.version } : {}),
      ...(r.payload ? { payload: r.payload } : {}),
      ...(r.manifestSha256 ? { fingerprint: r.manifestSha256 } : {}),
      errors: r.errors, warnings: r.warnings,
    },
  };
}
