// The rules worker: runs the rule engine over the whole stored history and stores the findings.
import { WalletDb } from '../db/database';
import { serve } from '../data/rpc';
import { RulesService } from '../data/rules/rules-service';
import { loadRunRules } from './rules-engine';

serve(self, new RulesService(new WalletDb(), loadRunRules));
