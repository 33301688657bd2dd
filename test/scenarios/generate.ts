// Realistic multi-month statements with injected incidents and their labels, for rule tests and the
// quality benchmark. `generateScenario(seed)` is pure: the same seed gives the same statement.
import type { Transaction } from '../../shared/model';
import { parseAmount } from '../../shared/money';
import { dayOf, isoAt } from './calendar';
import type { Book, Draft } from './draft';
import { INCIDENT_TYPES, inject, type IncidentType } from './incidents';
import { legitPatterns } from './legit';
import { ordinaryLife } from './life';
import { persona } from './persona';
import { rng } from './random';

export interface Labelled {
  label: string;
  transactionIds: string[];
}

export interface Scenario {
  seed: number;
  persona: string;
  transactions: Transaction[];
  incidents: (Labelled & { type: IncidentType })[];
  legit: Labelled[];
}

export interface ScenarioOptions {
  months?: number;
  /** Which incidents to inject (all by default; [] for a clean statement). */
  incidents?: readonly IncidentType[];
}

export function generateScenario(seed: number, opts: ScenarioOptions = {}): Scenario {
  const r = rng(seed * 7919 + 17);
  const p = persona(seed, r);
  const months = opts.months ?? r.int(7, 14);
  const firstDay = dayOf(2023, 1, 1) + r.int(0, 540);
  const book: Book = { persona: p, r, drafts: [], firstDay, lastDay: firstDay + Math.round(months * 30.4) };
  ordinaryLife(book);
  legitPatterns(book);
  // Incidents after the first two months, at least ten days apart, in a shuffled order.
  const types = [...(opts.incidents ?? INCIDENT_TYPES)];
  for (let k = types.length - 1; k > 0; k--) {
    const j = r.int(0, k);
    [types[k], types[j]] = [types[j]!, types[k]!];
  }
  const room = book.lastDay - firstDay - 62;
  types.forEach((type, k) => {
    const slot = Math.floor(room / Math.max(1, types.length));
    const day = firstDay + 60 + k * slot + r.int(0, Math.max(0, slot - 10));
    inject(book, type, day, k);
  });
  return assemble(seed, book);
}

function assemble(seed: number, b: Book): Scenario {
  const p = b.persona;
  const drafts = b.drafts
    .filter((d) => d.day + Math.floor(d.minute / 1440) <= b.lastDay)
    .map((d, k) => ({ d, k }))
    .sort((x, y) => x.d.day * 1440 + x.d.minute - (y.d.day * 1440 + y.d.minute) || x.d.second - y.d.second || x.k - y.k);
  const ids = new Map<Draft, string>();
  const transactions: Transaction[] = drafts.map(({ d }, k) => {
    const wallet = d.wallet === 1 && p.second ? p.second : { provider: p.provider, accountId: p.accountId };
    const externalId = `${20230000 + seed}${String(k).padStart(7, '0')}`;
    const id = `${wallet.provider}:${externalId}`;
    ids.set(d, id);
    const amount = parseAmount(d.amount.toFixed(2), p.currency);
    if (!amount.ok) throw new Error(`scenario ${seed}: bad amount ${d.amount}`);
    const signed = d.direction === 'in' ? amount.minor : -amount.minor;
    const refundOf = d.refundOf ? ids.get(d.refundOf) : undefined;
    return {
      id, provider: wallet.provider, accountId: wallet.accountId, externalId,
      occurredAt: isoAt(p.zone, d.day, d.minute, d.second), amountMinor: signed, currency: p.currency,
      counterparty: d.counterparty, description: d.description, kind: d.kind, status: d.status, direction: d.direction,
      ...(d.method ? { method: d.method } : {}), ...(refundOf ? { relatedId: refundOf } : {}),
      source: { fileSha256: `scenario-${seed}`, line: k + 2, raw: [] },
    };
  });
  const byLabel = new Map<string, string[]>();
  for (const { d } of drafts) {
    if (!d.label) continue;
    const list = byLabel.get(d.label) ?? [];
    list.push(ids.get(d)!);
    byLabel.set(d.label, list);
  }
  const incidents: Scenario['incidents'] = [];
  const legit: Labelled[] = [];
  for (const [label, transactionIds] of byLabel) {
    if (label.startsWith('incident:')) {
      incidents.push({ label, type: label.slice(9).split('#')[0] as IncidentType, transactionIds });
    } else {
      legit.push({ label, transactionIds });
    }
  }
  return { seed, persona: p.id, transactions, incidents, legit };
}
