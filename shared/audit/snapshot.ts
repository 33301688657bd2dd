// A finished self-audit, saved so the next one can say what changed since.
import type { Severity } from '../model';
import type { AuditReview } from './review';
import type { SecurityItemId, SecurityItemState } from './security-checklist';

export interface AuditSnapshot {
  id: string;
  /** YYYY-MM-DD the audit was completed. */
  completedAt: string;
  period: { from: string; to: string };
  transactions: number;
  findings: Record<Severity, number>;
  unreviewedFindings: number;
  newCounterparties: string[];
  newFundingMethods: string[];
  recurringChanges: string[];
  checklist: SecurityItemState[];
  notes: string;
}

export function snapshotFrom(
  id: string,
  completedAt: string,
  review: AuditReview,
  findingCounts: Record<Severity, number>,
  checklist: SecurityItemState[],
  notes: string,
): AuditSnapshot {
  return {
    id,
    completedAt,
    period: review.period,
    transactions: review.transactions,
    findings: findingCounts,
    unreviewedFindings: review.unreviewedFindings.length,
    newCounterparties: review.newCounterparties.map((c) => c.counterparty),
    newFundingMethods: review.newFundingMethods.map((m) => m.method),
    recurringChanges: review.recurring.map((r) => `${r.counterparty} (${r.kind})`),
    checklist,
    notes,
  };
}

export interface SnapshotComparison {
  findingsDelta: Record<Severity, number>;
  unreviewedDelta: number;
  transactionsDelta: number;
  /** Checklist items that held last time and no longer do (failing now, or confirmation dropped). */
  regressed: SecurityItemId[];
  /** Items fixed or confirmed since. */
  improved: SecurityItemId[];
}

export function compareSnapshots(prev: AuditSnapshot, cur: AuditSnapshot): SnapshotComparison {
  const before = new Map(prev.checklist.map((s) => [s.id, s]));
  const regressed: SecurityItemId[] = [];
  const improved: SecurityItemId[] = [];
  for (const s of cur.checklist) {
    const b = before.get(s.id);
    const okNow = !s.failing && !!s.confirmedAt;
    const okBefore = !!b && !b.failing && !!b.confirmedAt;
    if (okBefore && !okNow) regressed.push(s.id);
    if (!okBefore && okNow) improved.push(s.id);
  }
  return {
    findingsDelta: {
      high: cur.findings.high - prev.findings.high,
      medium: cur.findings.medium - prev.findings.medium,
      low: cur.findings.low - prev.findings.low,
    },
    unreviewedDelta: cur.unreviewedFindings - prev.unreviewedFindings,
    transactionsDelta: cur.transactions - prev.transactions,
    regressed,
    improved,
  };
}
