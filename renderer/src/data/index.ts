// The app's DataApi: one per page, with its workers behind it. Each parse worker talks to the index
// worker directly over a MessageChannel (duplicate checks), so a million ids never pass through the
// page's thread; parse and rules workers are ended after their job so their memory is freed at once.
import { version } from '../../../package.json';
import { WalletDb } from '../db/database';
import type { DataApi } from './api';
import type { Disposable, IndexBackend, ParserBackend, RulesBackend, StoreBackend } from './backend';
import { createDataApi } from './create-api';
import { connect } from './rpc';

let api: DataApi | undefined;

export function getDataApi(): DataApi {
  api ??= startWorkers();
  return api;
}

function disposable<T extends object>(worker: Worker): Disposable<T> {
  const remote = connect<T>(worker);
  return new Proxy(remote, {
    get: (target, key) => (key === 'dispose' ? () => worker.terminate() : Reflect.get(target, key)),
  }) as Disposable<T>;
}

function startWorkers(): DataApi {
  const indexWorker = new Worker(new URL('../workers/index.worker.ts', import.meta.url), { type: 'module', name: 'index' });
  const storeWorker = new Worker(new URL('../workers/store.worker.ts', import.meta.url), { type: 'module', name: 'store' });
  // Ask the browser not to evict the data under storage pressure (best effort; it may say no).
  void navigator.storage?.persist?.().catch(() => false);
  return createDataApi({
    db: new WalletDb(),
    index: connect<IndexBackend>(indexWorker),
    store: connect<StoreBackend>(storeWorker),
    parser: () => {
      const worker = new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
      const channel = new MessageChannel();
      indexWorker.postMessage({ lookupPort: channel.port1 }, [channel.port1]);
      worker.postMessage({ indexPort: channel.port2 }, [channel.port2]);
      return disposable<ParserBackend>(worker);
    },
    rules: () => disposable<RulesBackend>(new Worker(new URL('../workers/rules.worker.ts', import.meta.url), { type: 'module', name: 'rules' })),
    appVersion: version,
  });
}
