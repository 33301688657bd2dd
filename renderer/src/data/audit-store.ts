// AuditApi over the app's Dexie database (tables `audits` and `auditState` of schema version 3).
import type { Table } from 'dexie';
import { nextAuditDue, type AuditInterval } from '../../../shared/audit/schedule';
import { SECURITY_ITEMS, type SecurityItemState } from '../../../shared/audit/security-checklist';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import type { WalletDb } from '../db/database';
import { DEFAULT_AUDIT_INTERVAL, type AuditApi, type AuditStateRow } from './audit-api';
import { createStoreWrites } from './store-writes';

export interface AuditTables {
  audits: Table<AuditRow, string>;
  auditState: Table<AuditStateRow, string>;
}

export function auditTables(db: WalletDb): AuditTables {
  return { audits: db.table('audits'), auditState: db.table('auditState') };
}

const INTERVALS: readonly AuditInterval[] = ['monthly', 'quarterly', 'half-yearly', 'yearly'];
export const isAuditInterval = (v: unknown): v is AuditInterval => typeof v === 'string' && (INTERVALS as readonly string[]).includes(v);

const KNOWN_ITEMS = new Set<string>(SECURITY_ITEMS.map((i) => i.id));

/** An audit as stored: the snapshot and when it was saved, which orders two audits finished on one day. */
export interface AuditRow extends AuditSnapshot {
  savedAt?: string;
}

const newestFirst = (a: AuditRow, b: AuditRow): number =>
  b.completedAt.localeCompare(a.completedAt) || (b.savedAt ?? '').localeCompare(a.savedAt ?? '') || b.id.localeCompare(a.id);

const snapshotOf = ({ savedAt: _s, ...snapshot }: AuditRow): AuditSnapshot => snapshot;

export function createAuditApi(db: WalletDb, opts: { now?: () => Date } = {}): AuditApi {
  const t = auditTables(db);
  const now = opts.now ?? (() => new Date());
  const sorted = async (): Promise<AuditRow[]> => (await t.audits.toArray()).sort(newestFirst);
  const { guard, write, subscribe } = createStoreWrites();
  const readChecklist = async (): Promise<SecurityItemState[]> => {
    const v = (await t.auditState.get('checklist'))?.value;
    return Array.isArray(v) ? v.filter((s) => KNOWN_ITEMS.has(s.id)) : [];
  };
  const readInterval = async (): Promise<AuditInterval> => {
    const v = (await t.auditState.get('interval'))?.value;
    return isAuditInterval(v) ? v : DEFAULT_AUDIT_INTERVAL;
  };

  return {
    listAudits: () => guard(async () => (await sorted()).map(snapshotOf)),
    getAudit: (id) => guard(async () => {
      const row = await t.audits.get(id);
      return row && snapshotOf(row);
    }),
    saveAudit: (snapshot) =>
      write(() =>
        db.transaction('rw', [t.audits, t.auditState], async () => {
          await t.audits.put({ ...snapshot, savedAt: now().toISOString() });
          await t.auditState.put({ key: 'checklist', value: snapshot.checklist });
        }),
      ),
    deleteAudit: (id) =>
      write(async () => {
        const row = await t.audits.get(id);
        if (row) await t.audits.delete(id);
        return row && snapshotOf(row);
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
        // One after the other: a query that throws before it starts must not leave the other one unobserved.
        const interval = await readInterval();
        const [last] = await sorted();
        const { due, overdue } = nextAuditDue(last?.completedAt, interval, today);
        return { due, overdue, interval, ...(last ? { lastCompletedAt: last.completedAt, lastPeriodTo: last.period.to } : {}) };
      }),

    subscribe,
  };
}
