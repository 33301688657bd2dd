// The rules as the settings page lists them: ids and numeric defaults from the rule registry, names and
// descriptions from the rules' own message catalogue, option labels from this page's translations.
import { RULES, ruleDescription as describe, ruleTitle } from '../../../shared/rules/index';
import type { Lang, RuleId } from '../../../shared/rules/types';
import type { RuleMeta } from './ruleForm';

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => ({
  id: r.meta.id,
  defaultOptions: Object.fromEntries(
    Object.entries(r.meta.defaultOptions).filter((e): e is [string, number] => typeof e[1] === 'number'),
  ),
}));

export const ruleName = (id: RuleId, lang: Lang): string => ruleTitle(id, lang);
export const ruleDescription = (id: RuleId, lang: Lang): string => describe(id, lang);

/** `gapMinutes` → "Gap minutes": the label of an option that has no translation yet. */
export function humanizeOption(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
