// Building blocks for rule tests: a transaction from a few words, and a plain deterministic life to lay
// under the case being tested (so a rule has a history to judge against).
import { expect } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { buildHistory } from '../../../shared/rules/history';
import { mergeOptions } from '../../../shared/rules/options';
import type { Rule, RuleHit } from '../../../shared/rules/types';
import { civil, dayOf } from '../../scenarios/calendar';
import { rng } from '../../scenarios/random';

let seq = 0;

export interface TxSpec {
  /** Local time `YYYY-MM-DD HH:MM` (China time unless `zone`). */
  at: string;
  /** Major units; negative = money out. */
  amount: number;
  to?: string;
  zone?: string;
  currency?: string;
  account?: string;
  kind?: string;
  status?: Transaction['status'];
  method?: string;
  mirror?: boolean;
  direction?: Transaction['direction'];
  id?: string;
  relatedId?: string;
  balance?: number;
}

export function tx(s: TxSpec): Transaction {
  const id = s.id ?? `t${++seq}`;
  const minor = Math.round(s.amount * 100);
  return {
    id, provider: 'alipay', accountId: s.account ?? 'alipay:me', externalId: id,
    occurredAt: `${s.at.replace(' ', 'T')}:00${s.zone ?? '+08:00'}`, amountMinor: minor, currency: s.currency ?? 'CNY',
    counterparty: s.to ?? '', description: s.to ?? '', ...(s.kind ? { kind: s.kind } : {}), status: s.status ?? 'completed',
    direction: s.direction ?? (minor < 0 ? 'out' : minor > 0 ? 'in' : 'neutral'), ...(s.method ? { method: s.method } : {}),
    ...(s.mirror ? { mirror: true } : {}), ...(s.relatedId ? { relatedId: s.relatedId } : {}),
    ...(s.balance !== undefined ? { balanceMinor: Math.round(s.balance * 100) } : {}),
    source: { fileSha256: 'test', line: seq, raw: [] },
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of a day number. */
export function dateOf(day: number): string {
  const { y, m, d } = civil(day);
  return `${y}-${p2(m)}-${p2(d)}`;
}
export const at = (day: number, hour: number, minute = 0): string => `${dateOf(day)} ${p2(hour)}:${p2(minute)}`;

export const START = dayOf(2024, 1, 1);

export interface LifeOptions {
  days?: number;
  start?: number;
  account?: string;
  currency?: string;
  seed?: number;
  /** Payment methods to rotate through. */
  methods?: string[];
  /** Add a late evening payment (23:00–00:40) on this share of days. */
  lateShare?: number;
}

/**
 * A plain life: lunch and dinner at a handful of places, coffee on workdays, salary on the 10th, rent to
 * the same landlord on the 2nd and a ¥25 subscription on the 7th. Roughly four payments a day.
 */
export function life(o: LifeOptions = {}): Transaction[] {
  const r = rng(o.seed ?? 7);
  const start = o.start ?? START;
  const days = o.days ?? 150;
  const out: Transaction[] = [];
  const base = { account: o.account ?? 'alipay:me', currency: o.currency ?? 'CNY' };
  const method = (): { method?: string } => (o.methods?.length ? { method: r.pick(o.methods) } : {});
  const lunch = ['兰州拉面', '沙县小吃', '吉野家', '和府捞面', '真功夫'];
  const dinner = ['外婆家', '西贝莜面村', '新白鹿餐厅', '味千拉面', '老盛昌汤包'];
  for (let d = start; d < start + days; d++) {
    const dom = civil(d).d;
    const wd = (((d + 3) % 7) + 7) % 7;
    if (dom === 10) out.push(tx({ ...base, at: at(d, 10, 5), amount: 20000, to: '上海云帆科技有限公司' }));
    if (dom === 2) out.push(tx({ ...base, at: at(d, 20, 15), amount: -5000, to: '王*华', kind: '转账' }));
    if (dom === 7) out.push(tx({ ...base, at: at(d, 6, 30), amount: -25, to: '爱奇艺' }));
    out.push(tx({ ...base, ...method(), at: at(d, 12, r.int(0, 50)), amount: -r.int(28, 45), to: r.pick(lunch) }));
    if (r.chance(0.7)) out.push(tx({ ...base, ...method(), at: at(d, r.int(18, 20), r.int(0, 59)), amount: -r.int(50, 95), to: r.pick(dinner) }));
    if (wd < 5) out.push(tx({ ...base, ...method(), at: at(d, 9, r.int(30, 59)), amount: -r.int(20, 28), to: r.pick(['瑞幸咖啡', '星巴克']) }));
    if (r.chance(0.3)) out.push(tx({ ...base, ...method(), at: at(d, r.int(14, 21), r.int(0, 59)), amount: -r.int(30, 200), to: '盒马鲜生' }));
    if (o.lateShare && r.chance(o.lateShare)) {
      const late = r.int(23 * 60, 24 * 60 + 40);
      out.push(tx({ ...base, at: at(d + Math.floor(late / 1440), Math.floor((late % 1440) / 60), late % 60), amount: -r.int(30, 60), to: '美团外卖' }));
    }
  }
  return out;
}

/** Runs one rule with its default options (or some overridden) over the transactions. */
export function evaluate<O extends object>(rule: Rule<O>, txs: readonly Transaction[], options?: Record<string, number>): RuleHit[] {
  return rule.evaluate({ transactions: txs, history: buildHistory(txs), options: mergeOptions(rule.meta.defaultOptions, options) });
}

/** Hits that involve any of the given transactions. */
export const touching = (hits: RuleHit[], ...ts: Transaction[]): RuleHit[] =>
  hits.filter((h) => ts.some((t) => h.transactionIds.includes(t.id)));

/** The day after a life of `days` days (for placing the case under test). */
export const after = (days = 150, start = START): number => start + days;

/** One row of a rule's table: the history to build, the transactions that matter, and what is expected. */
export interface RuleCase {
  name: string;
  build: () => { txs: Transaction[]; subject: Transaction[] };
  /** Expected message id, or undefined for "no hit touches the subject". */
  message?: string;
  minScore?: number;
  maxScore?: number;
}

/** The common table check: no hit touching the subject, or exactly one hit with the message naming exactly it. */
export function expectRuleCase<O extends object>(rule: Rule<O>, c: RuleCase): void {
  const { txs, subject } = c.build();
  const hits = touching(evaluate(rule, txs), ...subject);
  if (!c.message) {
    expect(hits).toEqual([]);
    return;
  }
  expect(hits).toHaveLength(1);
  expect(hits[0]!.messageId).toBe(c.message);
  expect(hits[0]!.transactionIds).toEqual(subject.map((t) => t.id));
  if (c.minScore !== undefined) expect(hits[0]!.score).toBeGreaterThanOrEqual(c.minScore);
  if (c.maxScore !== undefined) expect(hits[0]!.score).toBeLessThanOrEqual(c.maxScore);
}
