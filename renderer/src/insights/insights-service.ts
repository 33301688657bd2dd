// The insights side of the store (runs in the insights worker). The charts' numbers come from a columnar
// copy of the history kept in step with IndexedDB (see columns.ts); the audit review and the heat map's
// unusual hours need transactions and the rules' history index, so those read the history again (as lean
// objects rebuilt from the store's column records, col-history.ts) when asked and keep only their small
// answers.
import { buildAuditReview } from '../../../shared/audit/review';
import type { SeriesFilter } from '../../../shared/insights';
import type { Severity, Transaction } from '../../../shared/model';
import { buildHistory } from '../../../shared/rules/history';
import type { RulesConfig } from '../../../shared/rules/types';
import { hourProfilesOf, unusualHours, unusualHoursOptions, type HourProfiles } from '../../../shared/rules/unusual-hours';
import { readGeneration, type WalletDb } from '../db/database';
import type { Progress } from '../data/api';
import { toDataError } from '../data/errors';
import { ColumnsBuilder, type Columns } from './columns';
import type {
  AuditReviewAnswer, InsightsBackend, InsightsFilter, InsightsSeries, UnreviewedFinding, UnusualHoursAnswer,
} from './insights-types';
import { computeSeries } from './series-columns';
import { readLean, readLeanHistory } from './col-history';
import { readHourProfiles } from '../data/rules/hour-profiles-store';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export function seriesFilter(f: InsightsFilter): SeriesFilter {
  const period = f.from || f.to ? { ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) } : undefined;
  return { ...(f.accountId ? { accountId: f.accountId } : {}), ...(period ? { period } : {}) };
}

interface Loaded {
  generation: number;
  columns: Columns;
}

/** Runs `load` once for concurrent callers and again when the store's generation has moved on. */
class PerGeneration<T extends { generation: number }> {
  private value: T | undefined;
  private loading: Promise<T> | undefined;
  constructor(private readonly db: WalletDb, private readonly load: (onProgress?: Progress) => Promise<T>) {}
  async get(onProgress?: Progress): Promise<T> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const generation = await readGeneration(this.db);
      if (this.value?.generation === generation) return this.value;
      this.loading ??= this.load(onProgress).finally(() => (this.loading = undefined));
      this.value = await this.loading;
    }
    return this.value!;
  }
}

export class InsightsService implements InsightsBackend {
  private readonly columns: PerGeneration<Loaded>;
  /** The hour profiles of the rules' history index: kept (a few KB) so any account or option answers at once. */
  private readonly profiles: PerGeneration<{ generation: number; profiles: HourProfiles }>;

  constructor(private readonly db: WalletDb) {
    this.columns = new PerGeneration(db, async (onProgress) => {
      const b = new ColumnsBuilder();
      const generation = await readLean(db, (t) => b.add(t), onProgress, (r) => b.addRecord(r));
      return { generation, columns: b.done() };
    });
    this.profiles = new PerGeneration(db, async (onProgress) => {
      // The last rules run left the profiles it judged by; only when the store has moved on since are they built here.
      const current = await readGeneration(db);
      const kept = await readHourProfiles(db, current);
      if (kept) return { generation: current, profiles: kept };
      const { generation, transactions } = await readLeanHistory(db, onProgress);
      onProgress?.(1, 'profiling');
      return { generation, profiles: hourProfilesOf(buildHistory(transactions)) };
    });
  }

  private async rulesConfig(): Promise<RulesConfig> {
    return (await this.db.settings.get('settings'))?.value.rules ?? {};
  }

  async series(filter: InsightsFilter, onProgress?: Progress): Promise<InsightsSeries> {
    try {
      const { columns, generation } = await this.columns.get(onProgress);
      onProgress?.(1, 'computing');
      return { generation, ...computeSeries(columns, await this.db.findings.toArray(), filter) };
    } catch (e) {
      throw toDataError(e);
    }
  }

  async unusualHours(accountId: string | undefined, onProgress?: Progress): Promise<UnusualHoursAnswer> {
    try {
      const config = await this.rulesConfig();
      const options = unusualHoursOptions(config.options?.['odd-hours']);
      if (config.disabled?.includes('odd-hours')) return { hours: [], reason: 'rule-disabled', days: 0, minDays: options.minDays };
      // The charts' columns first: the page waits for those, and two full reads at once would slow both.
      await this.columns.get();
      const { profiles: h } = await this.profiles.get(onProgress);
      const account = accountId === undefined ? undefined : h.accounts.find((a) => a.accountId === accountId);
      const days = account && account.hours.days >= options.minDays ? account.hours.days : h.hours.days;
      return {
        hours: unusualHours(h, options, accountId), days, minDays: options.minDays,
        ...(days < options.minDays ? { reason: 'too-little-history' as const } : {}),
      };
    } catch (e) {
      throw toDataError(e);
    }
  }

  async auditReview(period: { from: string; to: string }, onProgress?: Progress): Promise<AuditReviewAnswer> {
    try {
      // Only what the review reads: everything up to the period's end (later rows change none of its answers).
      const txs: Transaction[] = [];
      const generation = await readLean(this.db, (t) => {
        if (t.occurredAt.slice(0, 10) <= period.to) txs.push(t);
      }, onProgress);
      onProgress?.(1, 'reviewing');
      const [findings, marks] = await Promise.all([this.db.findings.toArray(), this.db.marks.toCollection().primaryKeys()]);
      const review = buildAuditReview(txs, findings, new Set<string>(marks), period);
      const wanted = new Set(findings.flatMap((f) => f.transactionIds));
      const inPeriod = new Map<string, string>();
      for (const t of txs) {
        const day = t.occurredAt.slice(0, 10);
        if (wanted.has(t.id) && day >= period.from && day <= period.to) inPeriod.set(t.id, t.occurredAt);
      }
      const findingCounts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
      for (const f of findings) if (f.transactionIds.some((id) => inPeriod.has(id))) findingCounts[f.severity]++;
      const open = new Set(review.unreviewedFindings);
      const unreviewed: UnreviewedFinding[] = findings
        .filter((f) => open.has(f.id))
        .map((f) => {
          const firstAt = f.transactionIds.map((id) => inPeriod.get(id)).filter((x): x is string => !!x).sort()[0];
          return { finding: f, ...(firstAt ? { firstAt } : {}) };
        })
        .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || (a.firstAt ?? '').localeCompare(b.firstAt ?? ''));
      return { review, findingCounts, unreviewed, generation };
    } catch (e) {
      throw toDataError(e);
    }
  }
}
