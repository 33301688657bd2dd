// The `--json` report: exactly the version-1 contract of docs/architecture.md (DESIGN §6). Amounts are
// decimal strings from toDecimalString, never floats, so `-5000.00` stays `-5000.00`.
import { toDecimalString } from '../shared/money';
import type { RowIssue, Severity, Transaction } from '../shared/model';
import type { RuleId } from '../shared/rules/types';
import type { AuditResult } from './audit';

export interface JsonReport {
  version: 1;
  files: {
    name: string;
    sha256: string;
    importer: string;
    encoding: string;
    rows: number;
    imported: number;
    duplicates: number;
    issues: RowIssue[];
  }[];
  transactions: number;
  findings: {
    id: string;
    rule: RuleId;
    severity: Severity;
    score: number;
    message: string;
    transactions: {
      id: string;
      externalId: string | null;
      occurredAt: string;
      amount: string;
      currency: string;
      counterparty: string;
    }[];
  }[];
}

export function buildJsonReport(r: AuditResult): JsonReport {
  const byId = findingTransactions(r);
  return {
    version: 1,
    files: r.files.map((f) => ({
      name: f.name,
      sha256: f.sha256,
      importer: f.importer,
      encoding: f.encoding,
      rows: f.rows,
      imported: f.imported,
      duplicates: f.duplicates,
      issues: f.issues.map((i) => ({ line: i.line, code: i.code, detail: i.detail })),
    })),
    transactions: r.transactions.length,
    findings: r.findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      severity: f.severity,
      score: f.score,
      message: f.message,
      transactions: f.transactionIds.flatMap((id) => {
        const t = byId.get(id);
        return t ? [txJson(t)] : [];
      }),
    })),
  };
}

/** Only the transactions findings point at: a million-entry map for a handful of findings is waste. */
export function findingTransactions(r: Pick<AuditResult, 'findings' | 'transactions'>): Map<string, Transaction> {
  const wanted = new Set(r.findings.flatMap((f) => f.transactionIds));
  const out = new Map<string, Transaction>();
  if (!wanted.size) return out;
  for (const t of r.transactions) if (wanted.has(t.id)) out.set(t.id, t);
  return out;
}

function txJson(t: Transaction): JsonReport['findings'][number]['transactions'][number] {
  return {
    id: t.id,
    externalId: t.externalId ?? null,
    occurredAt: t.occurredAt,
    amount: toDecimalString(t.amountMinor, t.currency),
    currency: t.currency,
    counterparty: t.counterparty,
  };
}
