// One audit run: read every file, import it through the same shared/ code the app uses, drop what an
// earlier file already brought (overlapping exports), and run the rules over the result.
import { readFile } from 'node:fs/promises';
import { importBytes, type FileImport, type ImportOptions } from '../shared/importing/import-file';
import { ImportError } from '../shared/importing/errors';
import { describeConflict, mergeInto, type DedupeResult } from '../shared/importing/dedupe';
import { parseMappingProfile } from '../shared/importing/mapping-profile';
import type { MappingProfile } from '../shared/importers/generic';
import type { ProviderId, RowIssue, Transaction } from '../shared/model';
import type { AuditArgs } from './args';
import { findFindings, type CliFinding } from './findings';

export interface FileReport {
  name: string;
  sha256: string;
  importer: ProviderId;
  layout: string;
  encoding: string;
  accountId: string;
  /** Data rows seen after the header. */
  rows: number;
  /** Transactions this file added to the run. */
  imported: number;
  /** Transactions an earlier file of the run already had. */
  duplicates: number;
  issues: RowIssue[];
}

export interface AuditResult {
  files: FileReport[];
  /** The imports as parsed (bytes included), for the evidence bundle. */
  imports: FileImport[];
  transactions: Transaction[];
  findings: CliFinding[];
}

/** A file that cannot be used at all: the run stops with exit code 2 after naming every such file. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly noLayout = false,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface AuditHooks {
  /** Progress of one file (0..1), for the progress bar. */
  onProgress?: (file: string, size: number, fraction: number) => void;
  onFileDone?: (file: string) => void;
}

export async function loadMapping(file: string): Promise<MappingProfile> {
  const text = await readInput(file).then((b) => new TextDecoder().decode(b));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `the mapping is not valid JSON (${(e as Error).message})`);
  }
  const r = parseMappingProfile(json);
  if (!r.ok) throw new InputError(file, `the mapping has problems:\n  ${r.problems.join('\n  ')}`);
  return r.profile;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file'
      : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(file, why);
  }
}

/**
 * Imports every file; collects every unusable one before giving up, so one run names all of them.
 * Throws AggregateError of InputErrors when any file is unusable.
 */
export async function runAudit(args: AuditArgs, hooks: AuditHooks = {}): Promise<AuditResult> {
  const imported = await importFiles(args, hooks);
  return { ...imported, findings: args.rules ? findFindings(imported.transactions, args.lang) : [] };
}

/** The import half of a run (all of it with --no-rules): every file read, parsed and deduplicated. */
async function importFiles(args: AuditArgs, hooks: AuditHooks = {}): Promise<Omit<AuditResult, 'findings'>> {
  const failures: InputError[] = [];
  const mapping = args.mappingPath ? await loadMapping(args.mappingPath) : undefined;
  // Dedupe needs an id map only once a second file arrives; a one-file run (the common, and the largest)
  // never builds it.
  let known: Map<string, Transaction> | undefined;
  const files: FileReport[] = [];
  const imports: FileImport[] = [];
  const transactions: Transaction[] = [];

  for (const file of args.files) {
    let parsed: FileImport[];
    try {
      const bytes = await readInput(file);
      const opts: ImportOptions = {
        // Nothing the CLI prints or bundles shows a row's cells (the bundle carries the file itself).
        keepCells: false,
        ...(args.format ? { format: args.format } : {}),
        ...(args.encoding ? { encoding: args.encoding } : {}),
        ...(args.account ? { accountId: args.account } : {}),
        ...(args.password !== undefined ? { password: args.password } : {}),
        ...(mapping ? { mapping } : {}),
        ...(args.zone ? { zone: args.zone } : {}),
        ...(hooks.onProgress ? { onProgress: (f: number) => hooks.onProgress!(file, bytes.length, f) } : {}),
      };
      parsed = await importBytes(file, bytes, opts);
    } catch (e) {
      failures.push(asInputError(file, e));
      continue;
    } finally {
      hooks.onFileDone?.(file);
    }
    for (const f of parsed) {
      let d: DedupeResult;
      if (!known && !transactions.length) d = { added: f.transactions, duplicates: [], conflicts: [] };
      else {
        known ??= new Map(transactions.map((t) => [t.id, t]));
        d = mergeInto(known, f.transactions);
      }
      for (const t of d.added) transactions.push(t);
      const issues = [...f.issues];
      for (const c of d.conflicts) issues.push({ line: c.incoming.source.line, code: 'duplicate-id', detail: describeConflict(c) });
      issues.sort((a, b) => a.line - b.line);
      files.push({
        name: f.container ? `${f.container}/${f.name}` : f.name,
        sha256: f.sha256,
        importer: f.importer,
        layout: f.layout,
        encoding: f.encoding,
        accountId: f.accountId,
        rows: f.rows,
        imported: d.added.length,
        duplicates: d.duplicates.length,
        issues,
      });
      // The bundle needs the original bytes; a plain report does not, so they are not kept alive for it.
      imports.push(args.bundle ? f : { ...f, bytes: new Uint8Array(0), transactions: [] });
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} unusable input file(s)`);
  return { files, imports, transactions };
}

function asInputError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof ImportError) {
    // Inside an archive the entry is named too.
    const reason = e.fileName === file ? e.reason : `${e.fileName}: ${e.reason}`;
    return new InputError(file, reason, /no header row of/.test(e.reason));
  }
  // Anything else is a fault on our side met while reading this file: still one line, never a stack.
  const msg = e instanceof Error ? e.message : String(e);
  return new InputError(file, `could not be read (${msg || (e as Error)?.name || 'unknown error'})`);
}
