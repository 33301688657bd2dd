// Command-line arguments → checked options. node:util's parseArgs does the splitting (no dependency, and
// it rejects unknown flags); the checks here turn every misuse into a UsageError (exit 2) with one line.
import { parseArgs } from 'node:util';
import { PROVIDER_IDS, type ProviderId, type Severity } from '../shared/model';
import { ENCODINGS, type EncodingId } from '../shared/decode';
import type { Lang } from '../shared/rules/types';

export class UsageError extends Error {}

export interface AuditArgs {
  command: 'audit';
  files: string[];
  json: boolean;
  bundle?: string;
  casePath?: string;
  format?: ProviderId;
  mappingPath?: string;
  password?: string;
  encoding?: EncodingId;
  account?: string;
  zone?: string;
  lang: Lang;
  failOn?: Severity;
  /** Run the rules (default); `--no-rules` only imports and reports the files. */
  rules: boolean;
  /** Force the progress bar even when stderr is not a terminal. */
  progress: boolean;
}

export interface VerifyArgs {
  command: 'verify';
  bundle: string;
  json: boolean;
  lang: Lang;
  /** For an encrypted copy of a bundle. */
  password?: string;
}

export type CliArgs = AuditArgs | VerifyArgs | { command: 'help'; topic: 'usage' | 'mapping' };

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        bundle: { type: 'string' },
        case: { type: 'string' },
        format: { type: 'string' },
        mapping: { type: 'string' },
        password: { type: 'string' },
        encoding: { type: 'string' },
        account: { type: 'string' },
        zone: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        'fail-on': { type: 'string' },
        'no-rules': { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'help-mapping': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    // parseArgs' messages are clear ("Unknown option '--jsn'"), but carry a stack: keep the words only.
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  if (v['help-mapping']) return { command: 'help', topic: 'mapping' };
  if (v.help) return { command: 'help', topic: 'usage' };

  const lang = v.lang as Lang;
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${v.lang}"`);

  const [first, ...rest] = parsed.positionals;
  if (first === 'verify') {
    if (rest.length !== 1) throw new UsageError('verify takes exactly one bundle: verify out.zip');
    return { command: 'verify', bundle: rest[0]!, json: v.json, lang, ...(v.password !== undefined ? { password: v.password } : {}) };
  }
  const files = parsed.positionals;
  if (!files.length) throw new UsageError('no statement files given');

  if (v.format !== undefined && !PROVIDER_IDS.includes(v.format as ProviderId)) {
    throw new UsageError(`--format must be one of ${PROVIDER_IDS.join(', ')}, not "${v.format}"`);
  }
  if (v.format === 'generic' && !v.mapping) throw new UsageError('--format generic needs --mapping profile.json');
  if (v.format && v.mapping && v.format !== 'generic') throw new UsageError('--mapping cannot be combined with --format');
  if (v.encoding !== undefined && !ENCODINGS.includes(v.encoding as EncodingId)) {
    throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}, not "${v.encoding}"`);
  }
  if (v['fail-on'] !== undefined && !SEVERITIES.includes(v['fail-on'] as Severity)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${v['fail-on']}"`);
  }
  if (v.zone !== undefined && !validZone(v.zone)) {
    throw new UsageError(`--zone must be an offset such as +08:00 or a zone such as Europe/London, not "${v.zone}"`);
  }
  if (v['no-rules'] && v['fail-on'] !== undefined) throw new UsageError('--fail-on needs the rules: drop --no-rules');
  if (v.case !== undefined && v.bundle === undefined) throw new UsageError('--case goes with --bundle out.zip');
  if (v.account !== undefined && !v.account.trim()) throw new UsageError('--account needs a name');

  return {
    command: 'audit',
    files,
    json: v.json,
    lang,
    progress: v.progress,
    rules: !v['no-rules'],
    ...(v.bundle !== undefined ? { bundle: v.bundle } : {}),
    ...(v.case !== undefined ? { casePath: v.case } : {}),
    ...(v.format !== undefined && v.format !== 'generic' ? { format: v.format as ProviderId } : {}),
    ...(v.mapping !== undefined ? { mappingPath: v.mapping } : {}),
    ...(v.password !== undefined ? { password: v.password } : {}),
    ...(v.encoding !== undefined ? { encoding: v.encoding as EncodingId } : {}),
    ...(v.account !== undefined ? { account: v.account.trim() } : {}),
    ...(v.zone !== undefined ? { zone: v.zone } : {}),
    ...(v['fail-on'] !== undefined ? { failOn: v['fail-on'] as Severity } : {}),
  };
}

function validZone(z: string): boolean {
  if (/^[+-]\d{2}:\d{2}$/.test(z)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return true;
  } catch {
    return false;
  }
}
