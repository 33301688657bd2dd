// Findings for the CLI report: the rule engine's findings with their message in the user's language.
// The engine (`runRules` + `formatFinding` in shared/rules/index.ts) is not in the tree yet; until it is,
// this reports no findings, so the report shape and exit codes are already the final ones.
import type { Severity, Transaction } from '../shared/model';
import type { Lang, RuleId } from '../shared/rules/types';

export interface CliFinding {
  id: string;
  rule: RuleId;
  severity: Severity;
  score: number;
  message: string;
  transactionIds: string[];
}

export function findFindings(_transactions: readonly Transaction[], _lang: Lang): CliFinding[] {
  return [];
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Whether any finding is at or above `level` (for --fail-on). */
export function reaches(findings: readonly CliFinding[], level: Severity): boolean {
  return findings.some((f) => RANK[f.severity] >= RANK[level]);
}

/** Most severe first, then by score, so the table and JSON read top-down. */
export function bySeverity(a: CliFinding, b: CliFinding): number {
  return RANK[b.severity] - RANK[a.severity] || b.score - a.score || a.id.localeCompare(b.id);
}
