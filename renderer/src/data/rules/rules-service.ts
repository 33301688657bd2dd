// Runs the rules over the whole stored history and replaces the stored findings. The history is read in
// one read transaction together with the store generation; if an import or undo lands while the rules
// run, the result is stale and the run starts again rather than storing it.
import type { Transaction } from '../../../../shared/model';
import type { Finding, RulesConfig } from '../../../../shared/rules/types';
import { readGeneration, type WalletDb } from '../../db/database';
import type { Progress } from '../api';
import { toDataError } from '../errors';
import type { RunRules } from '../../workers/rules-engine';
import { hourProfilesRow } from './hour-profiles-store';

const READ_CHUNK = 100;
const MAX_ATTEMPTS = 3;

/** Rows the caller already holds (a commit that just stored them), so they are not read back. */
export interface KnownRows {
  importIds: string[];
  rows: Transaction[];
}

export async function runRules(db: WalletDb, engine: RunRules, onProgress?: Progress, have?: KnownRows): Promise<Finding[]> {
  try {
    for (let attempt = 1; ; attempt++) {
      onProgress?.(0, 'reading');
      const { transactions, config, generation } = await readHistory(db, have, onProgress);
      onProgress?.(0.5, 'checking');
      const run = await engine(transactions, config);
      const { findings, hourProfiles } = Array.isArray(run) ? { findings: run, hourProfiles: undefined } : run;
      onProgress?.(0.95, 'saving');
      const stored = await db.transaction('rw', db.findings, db.meta, async () => {
        if ((await readGeneration(db)) !== generation) return false;
        await db.findings.clear();
        await db.findings.bulkAdd(findings);
        if (hourProfiles) await db.meta.put(hourProfilesRow(generation, hourProfiles));
        return true;
      });
      if (stored || attempt >= MAX_ATTEMPTS) {
        onProgress?.(1, 'done');
        return findings;
      }
      have = undefined;
    }
  } catch (e) {
    throw toDataError(e);
  }
}

async function readHistory(db: WalletDb, have: KnownRows | undefined, onProgress?: Progress): Promise<{ transactions: Transaction[]; config: RulesConfig; generation: number }> {
  return db.transaction('r', [db.txPages, db.imports, db.settings, db.meta], async () => {
    const generation = await readGeneration(db);
    const config = (await db.settings.get('settings'))?.value.rules ?? {};
    // The rows held in memory count only while their imports are still stored (not undone meanwhile).
    const held = have && (await db.imports.bulkGet(have.importIds)).every(Boolean) ? have : undefined;
    const skip = new Set(held?.importIds ?? []);
    const keys = held
      ? await db.txPages.where('importId').noneOf([...skip]).primaryKeys()
      : await db.txPages.orderBy('from').primaryKeys();
    const transactions: Transaction[] = [];
    for (let at = 0; at < keys.length; at += READ_CHUNK) {
      for (const page of await db.txPages.bulkGet(keys.slice(at, at + READ_CHUNK))) if (page) for (const tx of page.rows) transactions.push(tx);
      onProgress?.(0.5 * Math.min(1, (at + READ_CHUNK) / keys.length), 'reading');
    }
    if (held) for (const tx of held.rows) transactions.push(tx);
    return { transactions, config, generation };
  });
}
