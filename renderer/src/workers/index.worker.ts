// The query worker: holds the columnar index of every stored transaction and answers the views' filters
// and sorts, and the parse workers' duplicate checks (each over its own MessagePort). It starts loading
// at once so the index is ready by the time the user filters.
import { WalletDb } from '../db/database';
import { serve } from '../data/rpc';
import { IndexService } from '../data/index/index-service';

const service = new IndexService(new WalletDb());

self.addEventListener('message', (e: MessageEvent) => {
  const port = (e.data as { lookupPort?: MessagePort } | undefined)?.lookupPort;
  if (port) serve(port, { lookup: service.lookup.bind(service), sync: service.sync.bind(service) });
});

serve(self, service);
void service.sync().catch(() => undefined);
