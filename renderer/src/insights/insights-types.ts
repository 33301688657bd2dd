// What the insights worker answers: every chart's numbers for one selection (account, period), already
// aggregated, so the page never holds the transactions themselves. Plain objects and arrays only: they
// cross postMessage.
import type { AuditReview } from '../../../shared/audit/review';
import type { Severity } from '../../../shared/model';
import type {
  AccountCoverage, BalancePoint, CounterpartyRow, FeeRow, FindingMonth, HeatCell, MonthFlow,
} from '../../../shared/insights';
import type { Finding } from '../../../shared/rules/types';
import type { Progress } from '../data/api';

export interface InsightsFilter {
  accountId?: string;
  /** Inclusive YYYY-MM-DD bounds; either may be open. */
  from?: string;
  to?: string;
}

export interface BalanceSeries {
  key: string;
  accountId: string;
  currency: string;
  /** 'day': the last balance of each day; 'month': of each month (long histories, to keep the chart light). */
  granularity: 'day' | 'month';
  points: BalancePoint[];
}

export interface InsightsSeries {
  /** Store generation the numbers were computed from. */
  generation: number;
  /** Transactions in the selection (account and period). */
  selected: number;
  /** Every stored account, for the account filter. */
  accounts: string[];
  /** Currencies of the selected account (any period), for the currency picker. */
  currencies: string[];
  /** Per currency, months in order. */
  monthly: Record<string, MonthFlow[]>;
  /** 7 × 24 cells, Monday first; `unusual` is left false here (see `unusualHours`). */
  heatmap: HeatCell[];
  /** Per currency, the top counterparties by money moved. */
  counterparties: Record<string, CounterpartyRow[]>;
  findings: FindingMonth[];
  fees: FeeRow[];
  balances: BalanceSeries[];
  /** Coverage of the imports for the selected account(s); the period does not apply. */
  coverage: AccountCoverage[];
}

export interface UnusualHoursAnswer {
  hours: number[];
  /** Why nothing is marked, when nothing is. */
  reason?: 'rule-disabled' | 'too-little-history';
  /** Active days the judged profile is built on, and how many the rule needs. */
  days: number;
  minDays: number;
}

export interface UnreviewedFinding {
  finding: Finding;
  /** The earliest of its transactions in the period. */
  firstAt?: string;
}

export interface AuditReviewAnswer {
  review: AuditReview;
  /** Findings that touch the period, by severity (reviewed or not). */
  findingCounts: Record<Severity, number>;
  unreviewed: UnreviewedFinding[];
  generation: number;
}

/** The worker's operations (the same class runs in-process in tests). */
export interface InsightsBackend {
  series(filter: InsightsFilter, onProgress?: Progress): Promise<InsightsSeries>;
  unusualHours(accountId: string | undefined, onProgress?: Progress): Promise<UnusualHoursAnswer>;
  auditReview(period: { from: string; to: string }, onProgress?: Progress): Promise<AuditReviewAnswer>;
}
