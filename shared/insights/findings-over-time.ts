// Findings per month by severity, dated by their earliest transaction.
import type { Severity, Transaction } from '../model';
import type { Finding } from '../rules/types';
import { monthOf } from './counted';

export interface FindingMonth {
  month: string;
  high: number;
  medium: number;
  low: number;
}

export function findingsOverTime(findings: readonly Finding[], byId: ReadonlyMap<string, Pick<Transaction, 'occurredAt'>>): FindingMonth[] {
  const months = new Map<string, FindingMonth>();
  for (const f of findings) {
    let first: string | undefined;
    for (const id of f.transactionIds) {
      const at = byId.get(id)?.occurredAt;
      if (at && (!first || at < first)) first = at;
    }
    if (!first) continue;
    const m = monthOf(first);
    let row = months.get(m);
    if (!row) months.set(m, (row = { month: m, high: 0, medium: 0, low: 0 }));
    row[f.severity as Severity]++;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
