// A rules worker: one per run. Reads the whole history, runs the rule engine, stores the findings; the
// page ends it afterwards so the history's memory is returned at once.
import { WalletDb } from '../db/database';
import { serve } from '../data/rpc';
import { runRules } from '../data/rules/rules-service';
import type { Progress } from '../data/api';
import { loadRunRules } from './rules-engine';

const db = new WalletDb();
serve(self, { run: async (onProgress?: Progress) => runRules(db, await loadRunRules(), onProgress) });
