// Combined evidence: hits that share transactions become one finding. Within one kind of evidence the
// strongest hit counts; different kinds (a new payee, at an odd hour, for a large amount, in a burst)
// add up as independent evidence, so one theft is one high finding rather than five low ones.
import { noisyOr } from './stats';
import type { RuleHit, RuleId } from './types';

export type Dimension = 'amount' | 'novelty' | 'time' | 'velocity' | 'pattern';

export const DIMENSION: Record<RuleId, Dimension> = {
  'burst': 'velocity',
  'card-testing': 'pattern',
  'dormant-reactivation': 'novelty',
  'drain': 'velocity',
  'duplicate-charge': 'pattern',
  'failed-attempts': 'pattern',
  'new-funding-method': 'novelty',
  'new-payee': 'novelty',
  'odd-hours': 'time',
  'price-change': 'amount',
  'unusual-amount': 'amount',
};

export interface RuledHit extends RuleHit {
  rule: RuleId;
  indices: number[];
}

export interface Group {
  hits: RuledHit[];
  /** Best hit per rule, strongest first. */
  best: RuledHit[];
  score: number;
  indices: number[];
}

/** Groups hits that share a transaction (union-find) and scores each group. */
export function combine(hits: readonly RuledHit[]): Group[] {
  const parent = hits.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  const owner = new Map<number, number>();
  hits.forEach((h, k) => {
    for (const i of h.indices) {
      const o = owner.get(i);
      if (o === undefined) owner.set(i, k);
      else parent[find(k)] = find(o);
    }
  });
  const byRoot = new Map<number, RuledHit[]>();
  hits.forEach((h, k) => {
    const r = find(k);
    const list = byRoot.get(r) ?? [];
    list.push(h);
    byRoot.set(r, list);
  });
  const groups: Group[] = [];
  for (const list of byRoot.values()) {
    const perRule = new Map<RuleId, RuledHit>();
    for (const h of list) {
      const cur = perRule.get(h.rule);
      if (!cur || h.score > cur.score) perRule.set(h.rule, h);
    }
    const best = [...perRule.values()].sort((a, b) => b.score - a.score || (a.rule < b.rule ? -1 : 1));
    const perDim = new Map<Dimension, number>();
    for (const h of best) perDim.set(DIMENSION[h.rule], Math.max(perDim.get(DIMENSION[h.rule]) ?? 0, h.score));
    const indices = [...new Set(list.flatMap((h) => h.indices))];
    groups.push({ hits: list, best, score: Math.round(noisyOr(perDim.values()) * 1000) / 1000, indices });
  }
  return groups;
}
