// The store worker: undo, backup, restore and delete-all (big reads and writes off the page's thread),
// and the first rows of a file for the mapping editor.
import { WalletDb } from '../db/database';
import { serve } from '../data/rpc';
import { StoreMaintenance } from '../data/store/maintenance';

serve(self, new StoreMaintenance(new WalletDb()));
