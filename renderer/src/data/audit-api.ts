// The self-audit part of the store: saved audit snapshots, the security checklist's state and the reminder
// interval. Kept apart from DataApi like the case store (small, main-thread only, no workers); both read
// the same IndexedDB database (tables `audits` and `auditState` of schema version 3).
import type { AuditInterval } from '../../../shared/audit/schedule';
import type { SecurityItemId, SecurityItemState } from '../../../shared/audit/security-checklist';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';

export const DEFAULT_AUDIT_INTERVAL: AuditInterval = 'monthly';

export interface AuditStateRow {
  key: 'checklist' | 'interval';
  value: SecurityItemState[] | AuditInterval;
}

export interface NextAudit {
  /** YYYY-MM-DD the next audit is due. */
  due: string;
  overdue: boolean;
  interval: AuditInterval;
  /** The last saved audit's completion day, if any. */
  lastCompletedAt?: string;
  /** The end of the period the last audit covered: the next audit starts the day after. */
  lastPeriodTo?: string;
}

export interface AuditApi {
  /** Saved audits, newest first. */
  listAudits(): Promise<AuditSnapshot[]>;
  getAudit(id: string): Promise<AuditSnapshot | undefined>;
  /** Stores a finished audit and takes its checklist as the current checklist state, in one transaction. */
  saveAudit(snapshot: AuditSnapshot): Promise<void>;
  deleteAudit(id: string): Promise<AuditSnapshot | undefined>;

  /** The checklist as last confirmed, one entry per item ever touched. */
  getChecklist(): Promise<SecurityItemState[]>;
  /** Confirms an item today (`failing: false`) or marks it failing; `undefined` clears it. */
  setChecklistItem(id: SecurityItemId, state: Omit<SecurityItemState, 'id'> | undefined): Promise<SecurityItemState[]>;

  getInterval(): Promise<AuditInterval>;
  setInterval(interval: AuditInterval): Promise<void>;
  /** When the next audit is due, from the last saved one and the interval; `today` is YYYY-MM-DD. */
  nextAudit(today: string): Promise<NextAudit>;

  /** Notifies when audit data changes. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
