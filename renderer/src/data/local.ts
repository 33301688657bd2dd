// The DataApi with every service in this thread: for tests (with fake-indexeddb) and for any host that
// cannot start workers. The app itself uses the worker-backed one from ./index.ts.
import { WalletDb } from '../db/database';
import { loadRunRules, type RunRules } from '../workers/rules-engine';
import type { DataApi } from './api';
import { createDataApi } from './create-api';
import { IndexService } from './index/index-service';
import { RulesService } from './rules/rules-service';
import { ImportService } from './store/import-service';

export interface LocalOptions {
  dbName?: string;
  /** Replaces the rule engine (tests). */
  runRules?: RunRules;
  appVersion?: string;
}

export function createLocalDataApi(opts: LocalOptions = {}): DataApi & { db: WalletDb; close(): void } {
  const db = new WalletDb(opts.dbName);
  const index = new IndexService(db);
  const importer = new ImportService(db, index);
  const rules = new RulesService(db, opts.runRules ? async () => opts.runRules! : loadRunRules);
  const api = createDataApi({ db, importer, index, rules, appVersion: opts.appVersion ?? '0.0.0' });
  return Object.assign(api, { db, close: () => db.close() });
}
