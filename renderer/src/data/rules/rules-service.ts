// Runs the rules over the whole stored history (in the rules worker) and replaces the stored findings.
// The history is read in one read transaction together with the store generation; if an import or undo
// lands while the rules run, the result is stale and the run starts again rather than storing it.
import type { Transaction } from '../../../../shared/model';
import type { Finding, RulesConfig } from '../../../../shared/rules/types';
import { readGeneration, type WalletDb } from '../../db/database';
import type { Progress } from '../api';
import type { RulesBackend } from '../backend';
import { toDataError } from '../errors';
import type { RunRules } from '../../workers/rules-engine';

const READ_CHUNK = 50;
const MAX_ATTEMPTS = 3;

export class RulesService implements RulesBackend {
  private current: Promise<Finding[]> | undefined;
  private next: Promise<Finding[]> | undefined;

  constructor(
    private readonly db: WalletDb,
    private readonly engine: () => Promise<RunRules>,
  ) {}

  /** Runs now, or once more after the run in progress; calls made during a run share that next run. */
  run(onProgress?: Progress): Promise<Finding[]> {
    if (!this.current) {
      const run = this.runNow(onProgress);
      this.current = run;
      void run.catch(() => undefined).finally(() => {
        if (this.current === run) this.current = undefined;
      });
      return run;
    }
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        this.current = undefined;
        return this.run(onProgress);
      });
    return this.next;
  }

  private async runNow(onProgress?: Progress): Promise<Finding[]> {
    try {
      const runRules = await this.engine();
      for (let attempt = 1; ; attempt++) {
        onProgress?.(0, 'reading');
        const { transactions, config, generation } = await this.readHistory(onProgress);
        onProgress?.(0.5, 'checking');
        const findings = await runRules(transactions, config);
        onProgress?.(0.95, 'saving');
        const stored = await this.db.transaction('rw', this.db.findings, this.db.meta, async () => {
          if ((await readGeneration(this.db)) !== generation) return false;
          await this.db.findings.clear();
          await this.db.findings.bulkAdd(findings);
          return true;
        });
        if (stored || attempt >= MAX_ATTEMPTS) {
          onProgress?.(1, 'done');
          return findings;
        }
      }
    } catch (e) {
      throw toDataError(e);
    }
  }

  private async readHistory(onProgress?: Progress): Promise<{ transactions: Transaction[]; config: RulesConfig; generation: number }> {
    const db = this.db;
    return db.transaction('r', db.txPages, db.settings, db.meta, async () => {
      const generation = await readGeneration(db);
      const config = (await db.settings.get('settings'))?.value.rules ?? {};
      const keys = await db.txPages.orderBy('from').primaryKeys();
      const transactions: Transaction[] = [];
      for (let at = 0; at < keys.length; at += READ_CHUNK) {
        for (const page of await db.txPages.bulkGet(keys.slice(at, at + READ_CHUNK))) if (page) for (const tx of page.rows) transactions.push(tx);
        onProgress?.(0.5 * Math.min(1, (at + READ_CHUNK) / keys.length), 'reading');
      }
      return { transactions, config, generation };
    });
  }
}
