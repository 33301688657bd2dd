// One run: build the history once, let every enabled rule look at it, fold hits that share transactions
// into findings, and grade them. Deterministic: same transactions and config, same findings in the same
// order with the same ids.
import type { Severity, Transaction } from '../model';
import { combine, type RuledHit } from './combine';
import { findingId } from './finding-id';
import { TRUSTED } from './flags';
import { buildHistory } from './history';
import { compileNormal } from './normal';
import { mergeOptions } from './options';
import { RULES } from './registry';
import type { Finding, RuleHit, RulesConfig } from './types';
import { hourProfilesOf, type HourProfiles } from './unusual-hours';

/** Combined score at or above which a finding is high / medium; below is low. */
export const SEVERITY_CUTS = { high: 0.75, medium: 0.5 } as const;

/** Findings weaker than this are not reported: rules may return weak hits as supporting evidence only. */
export const REPORT_MIN = 0.2;

export function severityOf(score: number): Severity {
  return score >= SEVERITY_CUTS.high ? 'high' : score >= SEVERITY_CUTS.medium ? 'medium' : 'low';
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function runRules(transactions: readonly Transaction[], config: RulesConfig = {}): Finding[] {
  return runRulesWithProfiles(transactions, config).findings;
}

/**
 * The findings, and the hour profiles of the history they were judged against: a few KB the app keeps
 * beside the findings, so its charts mark the odd-hours rule's own unusual hours without building the
 * whole history index a second time.
 */
export function runRulesWithProfiles(transactions: readonly Transaction[], config: RulesConfig = {}): { findings: Finding[]; hourProfiles: HourProfiles } {
  const history = buildHistory(transactions, compileNormal(config.normal));
  return { findings: findingsOf(transactions, config, history), hourProfiles: hourProfilesOf(history) };
}

function findingsOf(transactions: readonly Transaction[], config: RulesConfig, history: ReturnType<typeof buildHistory>): Finding[] {
  const disabled = new Set(config.disabled ?? []);
  let byId: Map<string, number> | undefined;
  const positions = (hit: RuleHit): number[] => {
    if (hit.indices && hit.indices.length === hit.transactionIds.length) return hit.indices;
    byId ??= new Map(transactions.map((t, i) => [t.id, i]));
    return hit.transactionIds.map((id) => byId!.get(id)).filter((i): i is number => i !== undefined);
  };

  const hits: RuledHit[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.meta.id)) continue;
    const options = mergeOptions(rule.meta.defaultOptions, config.options?.[rule.meta.id]);
    for (const h of rule.evaluate({ transactions, history, options })) {
      // "Normal for me" wins over every rule, also for transactions a rule pulled in as context.
      const indices = positions(h).filter((i) => !(history.flags[i]! & TRUSTED));
      if (!indices.length || !(h.score > 0)) continue;
      hits.push({ ...h, rule: rule.meta.id, indices, transactionIds: indices.map((i) => transactions[i]!.id) });
    }
  }

  const findings: (Finding & { firstMs: number })[] = combine(hits).filter((g) => g.score >= REPORT_MIN).map((g) => {
    const top = g.best[0]!;
    const indices = g.indices.sort((a, b) => history.ms[a]! - history.ms[b]! || a - b);
    const transactionIds = indices.map((i) => transactions[i]!.id);
    return {
      id: findingId(top.rule, transactionIds),
      rule: top.rule,
      rules: g.best.map((h) => h.rule),
      severity: severityOf(g.score),
      score: g.score,
      transactionIds,
      messageId: top.messageId,
      data: top.data,
      evidence: g.best.map((h) => ({ rule: h.rule, score: h.score, messageId: h.messageId, data: h.data })),
      firstMs: history.ms[indices[0]!]!,
    };
  });
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.score - a.score || a.firstMs - b.firstMs
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return findings.map(({ firstMs: _, ...f }) => f);
}
