// The words for a finding come from the rule catalogue in shared/rules, in the user's language.
import { formatFinding, ruleTitle } from '../../../shared/rules/index';
import type { Finding, Lang } from '../../../shared/rules/types';

export function findingTitle(f: Pick<Finding, 'rule'>, lang: Lang): string {
  return ruleTitle(f.rule, lang);
}

export function findingMessage(f: Finding, lang: Lang): string {
  return formatFinding(f, lang);
}
