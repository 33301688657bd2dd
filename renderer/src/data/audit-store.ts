// AuditApi over the app's Dexie database (tables `audits` and `auditState` of schema version 3).
import type { Table } from 'dexie';
import { nextAuditDue, type AuditInterval } from '../../../shared/audit/schedule';
import { SECURITY_ITEMS, type SecurityItemState } from '../../../shared/audit/security-checklist';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import type { WalletDb } from '../db/database';
import { DEFAULT_AUDIT_INTERVAL, type AuditApi, type AuditStateRow } from './audit-api';
import { toDataError } from './errors';

export interface AuditTables {
  audits: Table<AuditSnapshot, string>;
  auditState: Table<AuditStateRow, string>;
}

export function auditTables(db: WalletDb): AuditTables {
  return { audits: db.table('audits'), auditState: db.table('auditState') };
}

const INTERVALS: readonly AuditInterval[] = ['monthly', 'quarterly', 'half-yearly', 'yearly'];
export const isAuditInterval = (v: unknown): v is AuditInterval => typeof v === 'string' && (INTERVALS as readonly string[]).includes(v);

const KNOWN_ITEMS = new Set<string>(SECURITY_ITEMS.map((i) => i.id));

/** Newest first; two audits finished on one day keep the later-saved one first by id order of saving. */
const newestFirst = (a: AuditSnapshot, b: AuditSnapshot): number => b.completedAt.localeCompare(a.completedAt) || b.id.localeCompare(a.id);

export function createAuditApi(db: WalletDb): AuditApi {
  const t = auditTables(db);
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const l of [...listeners]) l();
  };
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw toDataError(e);
    }
  };
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    const result = await guard(work);
    notify();
    return result;
  };
  const readChecklist = async (): Promise<SecurityItemState[]> => {
    const v = (await t.auditState.get('checklist'))?.value;
    return Array.isArray(v) ? v.filter((s) => KNOWN_ITEMS.has(s.id)) : [];
  };
  const readInterval = async (): Promise<AuditInterval> => {
    const v = (await t.auditState.get('interval'))?.value;
    return isAuditInterval(v) ? v : DEFAULT_AUDIT_INTERVAL;
  };

  return {
    listAudits: () => guard(async () => (await t.audits.toArray()).sort(newestFirst)),
    getAudit: (id) => guard(() => t.audits.get(id)),
    saveAudit: (snapshot) =>
      write(() =>
        db.transaction('rw', [t.audits, t.auditState], async () => {
          await t.audits.put(snapshot);
          await t.auditState.put({ key: 'checklist', value: snapshot.checklist });
        }),
      ),
    deleteAudit: (id) =>
      write(async () => {
        const row = await t.audits.get(id);
        if (row) await t.audits.delete(id);
        return row;
      }),

    getChecklist: () => guard(readChecklist),
    setChecklistItem: (id, state) =>
      write(() =>
        db.transaction('rw', t.auditState, async () => {
          const next = (await readChecklist()).filter((s) => s.id !== id);
          if (state) next.push({ id, ...state });
          // Kept in the catalogue's order so snapshots and reports list items the same way every time.
          const order = SECURITY_ITEMS.map((i) => i.id);
          next.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
          await t.auditState.put({ key: 'checklist', value: next });
          return next;
        }),
      ),

    getInterval: () => guard(readInterval),
    setInterval: (interval) =>
      write(async () => {
        if (!isAuditInterval(interval)) throw new Error(`Unknown audit interval "${String(interval)}"`);
        await t.auditState.put({ key: 'interval', value: interval });
      }),
    nextAudit: (today) =>
      guard(async () => {
        const [interval, last] = await Promise.all([readInterval(), t.audits.orderBy('completedAt').last()]);
        const { due, overdue } = nextAuditDue(last?.completedAt, interval, today);
        return { due, overdue, interval, ...(last ? { lastCompletedAt: last.completedAt, lastPeriodTo: last.period.to } : {}) };
      }),

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
