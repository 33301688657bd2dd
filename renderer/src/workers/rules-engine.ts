// The rule engine as the workers call it: shared/rules' runRules, loaded on first use so a worker that
// never runs the rules never loads them. Tests hand the store a replacement with the same shape.
import type { Transaction } from '../../../shared/model';
import type { Finding, RulesConfig } from '../../../shared/rules/types';
import type { HourProfiles } from '../../../shared/rules/unusual-hours';

/** A run's findings, and the hour profiles the store keeps beside them (engines in tests may give none). */
export interface RulesRun {
  findings: Finding[];
  hourProfiles?: HourProfiles;
}

export type RunRules = (transactions: readonly Transaction[], config: RulesConfig) => Finding[] | RulesRun | Promise<Finding[] | RulesRun>;

export async function loadRunRules(): Promise<RunRules> {
  const { runRulesWithProfiles } = await import('../../../shared/rules/index');
  return runRulesWithProfiles;
}
