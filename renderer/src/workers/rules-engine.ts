// The rule engine as the workers call it: shared/rules' runRules, loaded on first use so a worker that
// never runs the rules never loads them. Tests hand the store a replacement with the same shape.
import type { Transaction } from '../../../shared/model';
import type { Finding, RulesConfig } from '../../../shared/rules/types';

export type RunRules = (transactions: readonly Transaction[], config: RulesConfig) => Finding[] | Promise<Finding[]>;

export async function loadRunRules(): Promise<RunRules> {
  const { runRules } = await import('../../../shared/rules/index');
  return runRules;
}
