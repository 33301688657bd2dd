// A parse worker: one per chosen file. Reads the file, parses it with the shared importers, checks it
// against the store, and on commit writes it and runs the rules with the rows it holds. The page ends
// the worker afterwards, which frees a large file's memory at once. It reaches the query index over a
// MessagePort the page hands it with the first message.
import { WalletDb } from '../db/database';
import { connect, serve } from '../data/rpc';
import { ParseSession } from '../data/store/parse-session';
import type { DuplicateLookup } from '../data/store/lookup';
import { loadRunRules } from './rules-engine';

let index: DuplicateLookup | undefined;
const waiting: ((l: DuplicateLookup) => void)[] = [];
const whenIndex = async (): Promise<DuplicateLookup> => index ?? new Promise((resolve) => waiting.push(resolve));
const lookup: DuplicateLookup = {
  lookup: async (ids, amounts, times) => (await whenIndex()).lookup(ids, amounts, times),
  sync: async () => (await whenIndex()).sync(),
};

self.addEventListener('message', (e: MessageEvent) => {
  const port = (e.data as { indexPort?: MessagePort } | undefined)?.indexPort;
  if (!port) return;
  index = connect<DuplicateLookup>(port);
  for (const w of waiting.splice(0)) w(index);
});

serve(self, new ParseSession(new WalletDb(), lookup, loadRunRules));
