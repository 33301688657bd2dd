// The DataApi the views use, composed from the three backends (workers in the app, in-process in tests)
// plus a main-thread connection for the small tables: imports list, findings, marks, settings, originals.
import type { Finding } from '../../../shared/rules/types';
import type { WalletDb } from '../db/database';
import type { ImportRow } from '../db/rows';
import type { DataApi, ImportRecord, ReviewMark, Settings } from './api';
import type { ImportBackend, IndexBackend, RulesBackend } from './backend';
import { toDataError } from './errors';

export interface Backends {
  db: WalletDb;
  importer: ImportBackend;
  index: IndexBackend;
  rules: RulesBackend;
  appVersion: string;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, mappings: [] };

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

function publicRecord({ batchId: _b, seq: _s, ...r }: ImportRow): ImportRecord {
  return r;
}

export function createDataApi(b: Backends): DataApi {
  const { db, importer, index, rules } = b;
  const listeners = new Set<() => void>();
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

  return {
    preview: (file, opts, onProgress) => importer.preview(file, opts, onProgress),
    peek: (file, opts) => importer.peek(file, opts),
    discardPreview: (key) => importer.discard(key),
    async commit(key, onProgress) {
      const record = await importer.commit(key, onProgress);
      await index.sync();
      notify();
      return record;
    },
    async undoLastImport() {
      const record = await importer.undo();
      await index.sync();
      notify();
      return record;
    },
    listImports: () => guard(async () => (await db.imports.orderBy('seq').reverse().toArray()).map(publicRecord)),
    queryTransactions: (q, offset, limit) => index.query(q, offset, limit),
    getTransactions: (ids) => index.getTransactions(ids),
    listAccounts: () => index.listAccounts(),
    listFindings: () =>
      guard(async () =>
        (await db.findings.toArray()).sort(
          (x: Finding, y: Finding) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.score - x.score || x.id.localeCompare(y.id),
        ),
      ),
    async rerunRules(onProgress) {
      const findings = await rules.run(onProgress);
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
    backup: (onProgress) => importer.backup(b.appVersion, onProgress),
    async restore(file, onProgress) {
      await importer.restore(file, onProgress);
      await index.sync();
      notify();
    },
    async deleteAll() {
      await importer.deleteAll();
      await index.sync();
      notify();
    },
    getOriginal: (sha) =>
      guard(async () => {
        const row = await db.originals.get(sha);
        return row ? new Blob([row.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }) : undefined;
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
