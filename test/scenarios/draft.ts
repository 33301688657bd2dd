// A generated payment before it becomes a Transaction: local day and minute, amount in major units.
import type { Direction, TransactionStatus } from '../../shared/model';
import type { Persona } from './persona';
import type { Rng } from './random';

export interface Draft {
  day: number;
  /** Minutes after local midnight of `day`; may exceed 1440 (after midnight). */
  minute: number;
  second: number;
  /** Major units, positive. */
  amount: number;
  direction: Direction;
  status: TransactionStatus;
  counterparty: string;
  kind: string;
  description: string;
  method?: string;
  /** Which wallet: the persona's first (0) or second (1). */
  wallet: 0 | 1;
  /** Scenario label: `incident:<type>#n` or `legit:<pattern>`. */
  label?: string;
  refundOf?: Draft;
}

export interface Book {
  persona: Persona;
  r: Rng;
  drafts: Draft[];
  firstDay: number;
  lastDay: number;
}

export function pay(b: Book, day: number, minute: number, amount: number, counterparty: string, extra: Partial<Draft> = {}): Draft {
  const { names } = b.persona;
  const d: Draft = {
    day, minute: Math.round(minute), second: b.r.int(0, 59), amount: roundMoney(amount, b.persona.currency),
    direction: 'out', status: 'completed', counterparty, kind: names.cardKind, description: counterparty, wallet: 0,
    ...(names.methods.length ? { method: pickMethod(b) } : {}),
    ...extra,
  };
  b.drafts.push(d);
  return d;
}

export function receive(b: Book, day: number, minute: number, amount: number, counterparty: string, extra: Partial<Draft> = {}): Draft {
  return pay(b, day, minute, amount, counterparty, { direction: 'in', kind: b.persona.names.transferKind, method: undefined, ...extra });
}

function pickMethod(b: Book): string {
  const m = b.persona.names.methods;
  const x = b.r.next();
  return x < 0.55 ? m[0]! : x < 0.85 ? m[1]! : m[2]!;
}

export function roundMoney(amount: number, _currency: string): number {
  return Math.max(0.01, Math.round(amount * 100) / 100);
}

/** A time of day in minutes, normally distributed around `center` (hours), clamped to [lo, hi] hours. */
export function around(r: Rng, center: number, sdHours: number, lo = 0, hi = 24): number {
  const h = Math.min(hi, Math.max(lo, r.normal(center, sdHours)));
  return Math.round(h * 60);
}
