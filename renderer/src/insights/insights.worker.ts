// The insights worker: holds the lean history and aggregates it for the Insights and Audit pages, so a
// million stored transactions never reach the page's thread — only the numbers each chart draws.
import { WalletDb } from '../db/database';
import { serve } from '../data/rpc';
import { InsightsService } from './insights-service';

serve(self, new InsightsService(new WalletDb()));
