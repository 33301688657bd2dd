// wallet-audit: the headless auditor. Statements in; a table, the JSON contract or an evidence bundle out.
// Every failure ends as one `wallet-audit: <file>: <reason>` line and exit code 2, never a stack trace.
// Heavy modules (importers, archives) load only once the arguments are known to be good: fast start-up.
import { parseCli, UsageError, type AuditArgs } from './args';
import { MAPPING_HELP, MAPPING_HINT, USAGE } from './help';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  const fail = (msg: string): number => {
    for (const line of msg.split('\n')) io.stderr.write(`wallet-audit: ${line}\n`);
    return EXIT.unusable;
  };
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      fail(e.message);
      io.stderr.write('usage: npm run -s audit -- [--json] [--bundle out.zip] [--format ID] [--mapping profile.json] [--fail-on high|medium|low] FILE...\n       (--help for all options)\n');
      return EXIT.unusable;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout.write(args.topic === 'mapping' ? MAPPING_HELP : USAGE);
    return EXIT.ok;
  }
  if (args.command === 'verify') {
    const { verifyBundle } = await import('./verify-command');
    const r = await verifyBundle(args.bundle, { lang: args.lang, ...(args.password !== undefined ? { password: args.password } : {}) });
    if (args.json) await write(io.stdout, `${JSON.stringify(r.json, null, 2)}\n`);
    else await write(r.exitCode === 2 ? io.stderr : io.stdout, r.exitCode === 2 ? `wallet-audit: ${r.text}` : r.text);
    return r.exitCode;
  }
  return audit(args, io, fail);
}

async function audit(args: AuditArgs, io: Io, fail: (msg: string) => number): Promise<number> {
  const [{ runAudit, InputError }, { createProgress }, { safe }] = await Promise.all([
    import('./audit'), import('./progress'), import('./table-report'),
  ]);
  const progress = args.progress || io.stderr.isTTY ? createProgress(io.stderr, args.progress) : undefined;
  let result;
  try {
    result = await runAudit(args, progress ? { onProgress: progress.update, onFileDone: progress.done } : {});
  } catch (e) {
    const errors = e instanceof AggregateError ? e.errors : [e];
    if (!errors.every((x) => x instanceof InputError)) throw e;
    for (const x of errors as InstanceType<typeof InputError>[]) fail(x.message.split('\n').map(safe).join('\n'));
    if (!args.mappingPath && errors.some((x) => (x as InstanceType<typeof InputError>).noLayout)) fail(MAPPING_HINT);
    return EXIT.unusable;
  }
  if (args.bundle) {
    const { writeBundle, BundleError } = await import('./bundle-command');
    try {
      const b = await writeBundle({
        imports: result.imports, transactions: result.transactions, lang: args.lang, outPath: args.bundle,
        findings: result.findings.map((f) => ({ id: f.id, rule: f.rule, severity: f.severity, score: f.score, message: f.message, transactionIds: f.transactionIds })),
        ...(args.casePath ? { casePath: args.casePath } : {}),
      });
      // On stderr, so that --json output stays one object.
      for (const s of b.skipped) io.stderr.write(`wallet-audit: ${safe(args.bundle)}: ${safe(s.name)} left out: ${safe(s.reason)}\n`);
      io.stderr.write(`wallet-audit: evidence bundle written to ${b.path} (${b.size} bytes; fingerprint ${b.fingerprint})\n`);
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      return fail(e.message.split('\n').map(safe).join('\n'));
    }
  }
  if (args.json) {
    const { buildJsonReport } = await import('./json-report');
    await write(io.stdout, `${JSON.stringify(buildJsonReport(result), null, 2)}\n`);
  } else {
    const { renderTable } = await import('./table-report');
    await write(io.stdout, renderTable(result, args.lang));
  }
  const { reaches } = await import('./findings');
  return args.failOn && reaches(result.findings, args.failOn) ? EXIT.findings : EXIT.ok;
}

/** Resolves once the text is handed to the OS, so a large report is not cut short by the exit. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

function lastResort(e: unknown): void {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`wallet-audit: internal error: ${msg.split('\n')[0]}\n`);
  if (process.env.WALLET_AUDIT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.unusable;
}

/** Runs as the command itself: the exit code set, a closed pipe quiet, any fault one line and exit 2. */
export function runCli(argv: readonly string[]): void {
  process.on('uncaughtException', (e) => {
    lastResort(e);
    process.exit(EXIT.unusable);
  });
  // A closed pipe (`| head`) is not an error worth a message.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(argv).then((code) => {
    process.exitCode = code;
  }, lastResort);
}

// Run directly (tsx cli/main.ts, node out/cli/main.mjs); scripts/audit.mjs imports the bundle and calls runCli.
const isEntry = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) runCli(process.argv.slice(2));
