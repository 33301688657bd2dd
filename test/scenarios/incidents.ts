// Injected incidents, each labelled `incident:<type>#<n>` on every transaction that belongs to it. They
// follow how these things happen, with ranges rather than fixed numbers, so rules cannot be tuned to one.
import { around, pay, type Book, type Draft } from './draft';

export const INCIDENT_TYPES = [
  'account-takeover', 'duplicate-charge', 'card-testing', 'failed-attempts', 'quiet-drain', 'odd-hour-purchase',
  'unusual-amount',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** A shop or restaurant (not a bill or subscription) with at least `min` payments before `day`, and its median. */
function knownMerchant(b: Book, day: number, min: number, shopsOnly = false): { name: string; median: number } | undefined {
  const n = b.persona.names;
  const billers = new Set([...Object.values(n.utilities), ...n.subscriptions, n.lateSubscription, n.insurer, n.metro]);
  const by = new Map<string, number[]>();
  for (const d of b.drafts) {
    if (d.day >= day || d.direction !== 'out' || d.status !== 'completed' || d.kind === n.transferKind) continue;
    if (shopsOnly && billers.has(d.counterparty)) continue;
    const list = by.get(d.counterparty) ?? [];
    list.push(d.amount);
    by.set(d.counterparty, list);
  }
  const candidates = [...by].filter(([, a]) => a.length >= min).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  if (!candidates.length) return undefined;
  const [name, amounts] = b.r.pick(candidates);
  const sorted = [...amounts].sort((x, y) => x - y);
  return { name, median: sorted[sorted.length >> 1]! };
}

export function inject(b: Book, type: IncidentType, day: number, n: number): Draft[] {
  const { r, persona: p } = b;
  const names = p.names;
  const P = p.prices;
  const tag = { label: `incident:${type}#${n}` };
  const out: Draft[] = [];
  const add = (d: Draft): void => void out.push(d);
  const monthly = P.salary;
  // Thieves act while the owner sleeps: after a night owl's latest hour, deep in the night for others.
  const asleep = (): number => (p.lateNights > 0.2 ? r.int(210, 330) : p.lateNights > 0.05 ? r.int(165, 320) : r.int(75, 290));
  switch (type) {
    case 'account-takeover': {
      // Night: maybe a new card linked, then transfers to strangers and buys that resell easily.
      let at = asleep();
      const method = names.attackerMethod || undefined;
      const budget = monthly * r.between(0.6, 1.5);
      let spent = 0;
      for (let k = r.int(3, 7); k > 0 && spent < budget; k--) {
        const toPerson = r.chance(0.6);
        const amount = toPerson ? Math.round(r.between(0.1, 0.35) * monthly / 100) * 100 || 100 : r.between(0.05, 0.3) * monthly;
        add(pay(b, day, at, amount, toPerson ? names.person(r) : names.newMerchant(r), {
          kind: toPerson ? names.transferKind : names.cardKind, ...(method ? { method } : {}), ...tag,
        }));
        spent += amount;
        at += r.int(2, 12);
      }
      break;
    }
    case 'duplicate-charge': {
      const m = r.chance(0.6) ? knownMerchant(b, day, 3) : undefined;
      const name = m?.name ?? names.newRestaurant(r);
      const amount = Math.max(m?.median ?? 0, P.dinner) * r.between(1, 4);
      const at = around(r, 14, 3, 9, 21);
      add(pay(b, day, at, amount, name, tag));
      add(pay(b, day, at + r.int(0, 5), amount, name, tag));
      break;
    }
    case 'card-testing': {
      let at = around(r, 13, 6, 0, 23.5);
      for (let k = r.int(2, 5); k > 0; k--) {
        add(pay(b, day, at, r.pick([0.01, 0.1, 0.5, 1, 1.5, 2]) * (p.currency === 'CNY' ? 1 : 0.5), names.newMerchant(r), {
          status: r.chance(0.35) ? 'failed' : 'completed', ...tag,
        }));
        at += r.int(1, 8);
      }
      add(pay(b, day, at + r.int(20, 600), r.between(0.08, 0.35) * monthly, names.newMerchant(r), tag));
      break;
    }
    case 'failed-attempts': {
      let at = around(r, 12, 7, 0, 23.5);
      for (let k = r.int(3, 7); k > 0; k--) {
        const toPerson = r.chance(0.4);
        add(pay(b, day, at, r.between(0.1, 0.9) * monthly, toPerson ? names.person(r) : names.newMerchant(r), {
          status: r.chance(0.5) ? 'failed' : 'closed', kind: toPerson ? names.transferKind : names.cardKind, ...tag,
        }));
        at += r.int(1, 7);
      }
      if (r.chance(0.5)) add(pay(b, day, at + r.int(2, 40), r.between(0.05, 0.25) * monthly, names.newMerchant(r), tag));
      break;
    }
    case 'quiet-drain': {
      // Daytime, over a few days, to a handful of strangers: 60–120 % of a month's income.
      const people = Array.from({ length: r.int(2, 4) }, () => names.person(r));
      const count = r.int(3, 6);
      const total = monthly * r.between(0.6, 1.2);
      for (let k = 0; k < count; k++) {
        add(pay(b, day + Math.floor(k * r.between(0.3, 1)), around(r, 14, 2.5, 9.5, 19), total / count * r.between(0.8, 1.2),
          people[k % people.length]!, { kind: names.transferKind, ...tag }));
      }
      break;
    }
    case 'odd-hour-purchase': {
      const m = r.chance(0.3) ? knownMerchant(b, day, 3, true) : undefined;
      add(pay(b, day, asleep(), r.between(8, 40) * P.lunch, m?.name ?? names.newMerchant(r), tag));
      break;
    }
    case 'unusual-amount': {
      const m = knownMerchant(b, day, 8);
      if (!m) break;
      add(pay(b, day, around(r, 15, 3, 9, 22), m.median * r.between(8, 40), m.name, tag));
      break;
    }
  }
  return out;
}
