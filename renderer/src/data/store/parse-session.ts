// One chosen file, from parse to store (in the app: its own parse worker, ended after the commit, so the
// memory of a million parsed rows is returned at once). Commit writes the file in one transaction, then
// runs the rules with the rows it already holds, reading only the rest of the history from the store.
// The query index catches up afterwards (the page asks it to), when this worker's memory is gone.
import type { WalletDb } from '../../db/database';
import type { ImportPreview, ImportRecord, PreviewOptions, Progress } from '../api';
import type { ParserBackend } from '../backend';
import { DataError, toDataError } from '../errors';
import type { RunRules } from '../../workers/rules-engine';
import { runRules, type KnownRows } from '../rules/rules-service';
import { planCommit, recordOf, StalePlanError, writePlan } from './commit';
import type { DuplicateLookup } from './lookup';
import { checkDuplicates, parseForPreview, type HeldPreview, type NamedBlob } from './preview';

/** How often a commit re-checks duplicates when the store changed under it before giving up. */
const MAX_ATTEMPTS = 4;

export class ParseSession implements ParserBackend {
  private held: HeldPreview | undefined;

  constructor(
    private readonly db: WalletDb,
    private readonly index: DuplicateLookup,
    private readonly engine: () => Promise<RunRules>,
  ) {}

  async preview(file: NamedBlob, opts: PreviewOptions, onProgress?: Progress): Promise<ImportPreview> {
    try {
      const { held, preview } = await parseForPreview(this.db, this.index, crypto.randomUUID(), file, opts, onProgress);
      this.held = opts.headOnly ? undefined : held;
      return preview;
    } catch (e) {
      throw toDataError(e);
    }
  }

  async commit(onProgress?: Progress): Promise<ImportRecord> {
    try {
      const { record, have } = await this.store(onProgress);
      // Only the added rows stay referenced while the rules run: the parsed file, its duplicates and the
      // page records are garbage by now, which keeps a million-row import inside its memory budget.
      return await this.rules(record, have, onProgress);
    } catch (e) {
      throw toDataError(e);
    }
  }

  private async store(onProgress?: Progress): Promise<{ record: ImportRecord; have: KnownRows }> {
    let held = this.held;
    if (!held) throw new DataError({ kind: 'no-preview', message: 'This file is no longer prepared for import; choose it again.' });
    for (let attempt = 1; ; attempt++) {
      const plan = planCommit(held);
      try {
        const rows = await writePlan(this.db, plan, (f) => onProgress?.(0.6 * f, 'saving'));
        this.held = undefined;
        return { record: recordOf(rows, held.name), have: { importIds: rows.map((r) => r.id), rows: plan.fresh } };
      } catch (e) {
        if (!(e instanceof StalePlanError) || attempt >= MAX_ATTEMPTS) throw e;
        // Another import or an undo landed since the preview: check duplicates again and retry.
        held = await checkDuplicates(this.db, this.index, held.key, held.source, held.parts.map((p) => p.file));
        this.held = held;
      }
    }
  }

  /** The file is stored whatever the rules do; their outcome rides along on the record. */
  private async rules(record: ImportRecord, have: KnownRows, onProgress?: Progress): Promise<ImportRecord> {
    try {
      const findings = await runRules(this.db, await this.engine(), (f, label) => onProgress?.(0.6 + 0.4 * f, label === 'done' ? 'done' : 'rules'), have);
      return { ...record, findings: findings.length };
    } catch (e) {
      return { ...record, rulesError: toDataError(e).message };
    }
  }
}
