// The rule engine's contract. Rules are pure functions over the history that return numbers; the words a
// user reads are built later from `messageId` + `data`, in their language.
import type { Severity, Transaction } from '../model';
import type { HistoryIndex } from './history';

export type RuleId =
  | 'burst'
  | 'card-testing'
  | 'dormant-reactivation'
  | 'drain'
  | 'duplicate-charge'
  | 'failed-attempts'
  | 'new-funding-method'
  | 'new-payee'
  | 'odd-hours'
  | 'price-change'
  | 'unusual-amount';

export type Lang = 'en' | 'zh-CN';

export interface RuleHit {
  transactionIds: string[];
  /** 0..1: how strongly this pattern is present. */
  score: number;
  messageId: string;
  data: Record<string, string | number>;
  /** Positions of the transactions in `ctx.transactions`, same order as `transactionIds` (saves a lookup). */
  indices?: number[];
}

export interface RuleContext<Options> {
  transactions: readonly Transaction[];
  history: HistoryIndex;
  options: Options;
}

export interface Rule<Options extends object = Record<string, number>> {
  meta: { id: RuleId; title: string; description: string; defaultOptions: Options };
  evaluate(ctx: RuleContext<Options>): RuleHit[];
}

export interface Finding {
  /** Stable across runs for the same transactions and rule, so review state can attach to it. */
  id: string;
  rule: RuleId;
  /** Rules whose evidence was folded into this finding (combined evidence). */
  rules: RuleId[];
  severity: Severity;
  score: number;
  transactionIds: string[];
  messageId: string;
  data: Record<string, string | number>;
  /** Every piece of evidence folded into this finding, strongest first (the first one is the finding's own). */
  evidence?: Evidence[];
}

export interface Evidence {
  rule: RuleId;
  score: number;
  messageId: string;
  data: Record<string, string | number>;
}

/** "This is normal for me": a counterparty, optionally limited to an amount band or hours. */
export interface NormalEntry {
  counterparty: string;
  accountId?: string;
  /** Absolute amounts in minor units. */
  minAmountMinor?: number;
  maxAmountMinor?: number;
  currency?: string;
  /** Local hours 0–23, inclusive; from > to wraps midnight. */
  hours?: { from: number; to: number };
  note?: string;
}

export interface RulesConfig {
  disabled?: RuleId[];
  options?: Partial<Record<RuleId, Record<string, number>>>;
  normal?: NormalEntry[];
}
