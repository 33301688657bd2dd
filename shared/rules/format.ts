// Words for findings: rules return numbers, and the reason a user reads is built here, in their language.
import { formatMoney } from '../money';
import { en } from './messages/en';
import type { Catalog, Data } from './messages/types';
import { zhCN } from './messages/zh-CN';
import type { Finding, Lang, RuleId } from './types';

const CATALOGS: Record<Lang, Catalog> = { 'en': en, 'zh-CN': zhCN };

export const catalogs = CATALOGS;

function sentence(c: Catalog, lang: Lang, messageId: string, data: Data): string {
  const build = c.messages[messageId];
  const money = (key: string): string => {
    const minor = data[`${key}Minor`];
    const currency = data.currency;
    return typeof minor === 'number' && typeof currency === 'string' ? formatMoney(minor, currency, lang) : '?';
  };
  if (!build) return `${messageId} ${JSON.stringify(data)}`;
  return build(data, money);
}

/** The plain-language reason for a finding: its strongest evidence first, then what else was seen. */
export function formatFinding(f: Finding, lang: Lang): string {
  const c = CATALOGS[lang];
  const evidence = f.evidence?.length ? f.evidence : [{ rule: f.rule, score: f.score, messageId: f.messageId, data: f.data }];
  const [first, ...others] = evidence.map((e) => sentence(c, lang, e.messageId, e.data));
  return c.also(first!, others);
}

export function ruleTitle(id: RuleId, lang: Lang): string {
  return CATALOGS[lang].titles[id];
}

export function ruleDescription(id: RuleId, lang: Lang): string {
  return CATALOGS[lang].descriptions[id];
}
