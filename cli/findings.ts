// Findings for the CLI report: the rule engine's findings (shared/rules), each with its message in the
// user's language, in the engine's order (most severe first, then strongest, then earliest).
import type { Severity, Transaction } from '../shared/model';
import { formatFinding, runRules } from '../shared/rules/index';
import type { Lang, RuleId, RulesConfig } from '../shared/rules/types';

export interface CliFinding {
  id: string;
  rule: RuleId;
  severity: Severity;
  score: number;
  message: string;
  transactionIds: string[];
}

export function findFindings(transactions: readonly Transaction[], lang: Lang, config: RulesConfig = {}): CliFinding[] {
  if (!transactions.length) return [];
  return runRules(transactions, config).map((f) => ({
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    score: f.score,
    message: formatFinding(f, lang),
    transactionIds: f.transactionIds,
  }));
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Whether any finding is at or above `level` (for --fail-on). */
export function reaches(findings: readonly CliFinding[], level: Severity): boolean {
  return findings.some((f) => RANK[f.severity] >= RANK[level]);
}
