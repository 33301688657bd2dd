// The DataApi the views use, composed from the backends (workers in the app, in-process in tests) plus a
// main-thread connection for the small tables: imports list, findings, marks, settings, originals.
import type { Finding } from '../../../shared/rules/types';
import type { WalletDb } from '../db/database';
import type { ImportRow } from '../db/rows';
import type { DataApi, ImportRecord, Progress, ReviewMark, Settings } from './api';
import type { Disposable, IndexBackend, ParserBackend, RulesBackend, StoreBackend } from './backend';
import { DataError, toDataError } from './errors';

export interface Backends {
  db: WalletDb;
  index: IndexBackend;
  store: StoreBackend;
  /** A parse session for one file. */
  parser(): Disposable<ParserBackend>;
  /** A rules run. */
  rules(): Disposable<RulesBackend>;
  appVersion: string;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, mappings: [] };

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

function publicRecord({ batchId: _b, seq: _s, ...r }: ImportRow): ImportRecord {
  return r;
}

/**
 * Records how long a call took as a User Timing measure (`wa:query`), so a benchmark can read the data
 * path's own time in the page. Old entries are dropped now and then to keep the buffer small.
 */
let measured = 0;
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    if (++measured % 2000 === 0) performance.clearMeasures?.();
    performance.measure?.(name, { start, end: performance.now() });
  }
}

export function createDataApi(b: Backends): DataApi {
  const { db, index, store } = b;
  const listeners = new Set<() => void>();
  const sessions = new Map<string, Disposable<ParserBackend>>();
  const notify = (): void => {
    for (const l of [...listeners]) l();
  };
  /** Errors from the small-table calls get the same friendly shape as the workers' (quota, etc.). */
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw toDataError(e);
    }
  };
  const changed = (): void => {
    void index.sync().catch(() => undefined);
    notify();
  };

  // One rules run at a time; calls during a run share the one run that follows it.
  let running: Promise<Finding[]> | undefined;
  let queued: Promise<Finding[]> | undefined;
  const startRules = (onProgress?: Progress): Promise<Finding[]> => {
    const h = b.rules();
    const run = h.run(onProgress).finally(() => {
      h.dispose();
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  const rerun = (onProgress?: Progress): Promise<Finding[]> => {
    if (!running) return startRules(onProgress);
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return startRules(onProgress);
      });
    return queued;
  };

  return {
    async preview(file, opts, onProgress) {
      const session = b.parser();
      try {
        const preview = await session.preview(file, opts, onProgress);
        if (opts.headOnly) session.dispose();
        else sessions.set(preview.key, session);
        return preview;
      } catch (e) {
        session.dispose();
        throw e;
      }
    },
    peek: (file, opts) => store.peek(file, opts),
    async discardPreview(key) {
      sessions.get(key)?.dispose();
      sessions.delete(key);
    },
    async commit(key, onProgress) {
      const session = sessions.get(key);
      if (!session) throw new DataError({ kind: 'no-preview', message: 'This file is no longer prepared for import; choose it again.' });
      try {
        const record = await session.commit(onProgress);
        sessions.delete(key);
        session.dispose();
        return record;
      } catch (e) {
        // A failed write keeps the session, so the user can try again.
        if ((e as DataError).kind === 'already-imported') {
          sessions.delete(key);
          session.dispose();
        }
        throw e;
      } finally {
        changed();
      }
    },
    async undoLastImport() {
      const record = await store.undo();
      changed();
      return record;
    },
    listImports: () => guard(async () => (await db.imports.orderBy('seq').reverse().toArray()).map(publicRecord)),
    queryTransactions: (q, offset, limit) => timed('wa:query', () => index.query(q, offset, limit)),
    getTransactions: (ids) => index.getTransactions(ids),
    listAccounts: () => index.listAccounts(),
    listFindings: () =>
      guard(async () =>
        (await db.findings.toArray()).sort(
          (x: Finding, y: Finding) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.score - x.score || x.id.localeCompare(y.id),
        ),
      ),
    async rerunRules(onProgress) {
      const findings = await rerun(onProgress);
      notify();
      return findings;
    },
    getMarks: (ids) =>
      guard(async () => (ids ? (await db.marks.bulkGet(ids)).filter((m): m is ReviewMark => m !== undefined) : db.marks.toArray())),
    async setMark(transactionId, verdict, note) {
      await guard(() =>
        verdict === undefined
          ? db.marks.delete(transactionId)
          : db.marks.put({ transactionId, verdict, note, updatedAt: new Date().toISOString() }).then(() => undefined),
      );
      notify();
    },
    getSettings: () => guard(async () => ({ ...DEFAULT_SETTINGS, ...(await db.settings.get('settings'))?.value })),
    async saveSettings(s) {
      await guard(() => db.settings.put({ key: 'settings', value: s }).then(() => undefined));
      notify();
    },
    backup: (opts, onProgress) => store.backup(b.appVersion, opts ?? {}, onProgress),
    async restore(file, opts, onProgress) {
      await store.restore(file, opts ?? {}, onProgress);
      changed();
    },
    async deleteAll() {
      await store.deleteAll();
      changed();
    },
    getOriginal: (sha) =>
      guard(async () => {
        return (await db.originals.get(sha))?.data;
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
