// The parse worker: reads chosen files, parses them with the shared importers, and writes commits,
// undo, backup and restore to IndexedDB, so neither parsing nor big writes ever block the page. It asks
// the index worker which transactions are already stored over a MessagePort the page hands it.
import { WalletDb } from '../db/database';
import { connect, serve } from '../data/rpc';
import { ImportService } from '../data/store/import-service';
import type { DuplicateLookup } from '../data/store/lookup';

let index: DuplicateLookup | undefined;
const waiting: ((l: DuplicateLookup) => void)[] = [];
const lookup: DuplicateLookup = {
  async lookup(ids, amounts, times) {
    const l = index ?? (await new Promise<DuplicateLookup>((resolve) => waiting.push(resolve)));
    return l.lookup(ids, amounts, times);
  },
};

self.addEventListener('message', (e: MessageEvent) => {
  const port = (e.data as { indexPort?: MessagePort } | undefined)?.indexPort;
  if (!port) return;
  index = connect<DuplicateLookup>(port);
  for (const w of waiting.splice(0)) w(index);
});

serve(self, new ImportService(new WalletDb(), lookup));
