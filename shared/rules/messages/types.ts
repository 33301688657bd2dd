// A message is built from a hit's numbers; `money(key)` formats `data[key + 'Minor']` in `data.currency`.
import type { RuleId } from '../types';

export type Data = Record<string, string | number>;
export type Money = (key: string) => string;
export type Message = (d: Data, money: Money) => string;

export interface Catalog {
  titles: Record<RuleId, string>;
  descriptions: Record<RuleId, string>;
  messages: Record<string, Message>;
  /** Joins the strongest reason with the others folded into the same finding. */
  also: (first: string, others: string[]) => string;
}
