// The DataApi with every service in this thread: for tests (with fake-indexeddb) and for any host that
// cannot start workers. The app itself uses the worker-backed one from ./index.ts.
import { WalletDb } from '../db/database';
import { loadRunRules, type RunRules } from '../workers/rules-engine';
import type { DataApi } from './api';
import { createDataApi } from './create-api';
import { IndexService } from './index/index-service';
import { runRules } from './rules/rules-service';
import { StoreMaintenance } from './store/maintenance';
import { ParseSession } from './store/parse-session';

export interface LocalOptions {
  dbName?: string;
  /** Replaces the rule engine (tests). */
  runRules?: RunRules;
  appVersion?: string;
}

export function createLocalDataApi(opts: LocalOptions = {}): DataApi & { db: WalletDb; close(): void } {
  const db = new WalletDb(opts.dbName);
  const index = new IndexService(db);
  const engine = opts.runRules ? async () => opts.runRules! : loadRunRules;
  const api = createDataApi({
    db,
    index,
    store: new StoreMaintenance(db),
    parser: () => Object.assign(new ParseSession(db, index, engine), { dispose: () => undefined }),
    rules: () => ({ run: async (onProgress) => runRules(db, await engine(), onProgress), dispose: () => undefined }),
    appVersion: opts.appVersion ?? '0.0.0',
  });
  return Object.assign(api, { db, close: () => db.close() });
}
