// An in-memory insights backend for component tests: the real columnar aggregation over given
// transactions (no IndexedDB), recording every selection the views asked for.
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { buildAuditReview } from '../../../shared/audit/review';
import { columnsOf } from '../../../renderer/src/insights/columns';
import type {
  AuditReviewAnswer, InsightsBackend, InsightsFilter, InsightsSeries, UnusualHoursAnswer,
} from '../../../renderer/src/insights/insights-types';
import { computeSeries } from '../../../renderer/src/insights/series-columns';

export class FakeInsights implements InsightsBackend {
  filters: InsightsFilter[] = [];
  unusualAsked: (string | undefined)[] = [];
  constructor(
    public transactions: Transaction[],
    public findings: Finding[] = [],
    public unusual: UnusualHoursAnswer = { hours: [], days: 0, minDays: 30, reason: 'too-little-history' },
    public reviewed: Set<string> = new Set(),
  ) {}

  async series(filter: InsightsFilter): Promise<InsightsSeries> {
    this.filters.push(filter);
    return { generation: 1, ...computeSeries(columnsOf(this.transactions), this.findings, filter) };
  }

  async unusualHours(accountId: string | undefined): Promise<UnusualHoursAnswer> {
    this.unusualAsked.push(accountId);
    return this.unusual;
  }

  async auditReview(period: { from: string; to: string }): Promise<AuditReviewAnswer> {
    const review = buildAuditReview(this.transactions, this.findings, this.reviewed, period);
    const inPeriod = new Set(this.transactions.filter((t) => t.occurredAt.slice(0, 10) >= period.from && t.occurredAt.slice(0, 10) <= period.to).map((t) => t.id));
    const findingCounts = { high: 0, medium: 0, low: 0 };
    for (const f of this.findings) if (f.transactionIds.some((id) => inPeriod.has(id))) findingCounts[f.severity]++;
    const open = new Set(review.unreviewedFindings);
    return { review, findingCounts, unreviewed: this.findings.filter((f) => open.has(f.id)).map((finding) => ({ finding })), generation: 1 };
  }
}
