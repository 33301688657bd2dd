// The anomaly rules' public face: run them, list them, and put their findings into words.
export { runRules, runRulesWithProfiles, severityOf, SEVERITY_CUTS } from './run-rules';
export { RULES, RULE_IDS } from './registry';
export { formatFinding, ruleDescription, ruleTitle } from './format';
export { buildHistory, type HistoryIndex } from './history';
export type { Evidence, Finding, Lang, NormalEntry, Rule, RuleHit, RuleId, RulesConfig } from './types';
