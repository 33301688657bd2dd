// The app's DataApi: one per page, with the parse, index and rules workers behind it. The index worker
// and the parse worker talk directly over a MessageChannel (duplicate checks), so a million ids never
// pass through the page's thread.
import { version } from '../../../package.json';
import { WalletDb } from '../db/database';
import type { DataApi } from './api';
import type { ImportBackend, IndexBackend, RulesBackend } from './backend';
import { createDataApi } from './create-api';
import { connect } from './rpc';

let api: DataApi | undefined;

export function getDataApi(): DataApi {
  api ??= startWorkers();
  return api;
}

function startWorkers(): DataApi {
  const importWorker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
  const indexWorker = new Worker(new URL('../workers/index.worker.ts', import.meta.url), { type: 'module', name: 'index' });
  const rulesWorker = new Worker(new URL('../workers/rules.worker.ts', import.meta.url), { type: 'module', name: 'rules' });
  const channel = new MessageChannel();
  indexWorker.postMessage({ lookupPort: channel.port1 }, [channel.port1]);
  importWorker.postMessage({ indexPort: channel.port2 }, [channel.port2]);
  // Ask the browser not to evict the data under storage pressure (best effort; it may say no).
  void navigator.storage?.persist?.().catch(() => false);
  return createDataApi({
    db: new WalletDb(),
    importer: connect<ImportBackend>(importWorker),
    index: connect<IndexBackend>(indexWorker),
    rules: connect<RulesBackend>(rulesWorker),
    appVersion: version,
  });
}
