// The tricky legitimate patterns a good auditor must not shout about: Double-11 at 20:00, red packets on
// New Year's Eve, a yearly insurance premium, a trip with a new hotel, moving to a new landlord, a big
// planned purchase at a familiar store, a subscription's first month, a price rise, a renewed card.
import { dayOf, civil } from './calendar';
import { around, pay, type Book, type Draft } from './draft';

const NEW_YEARS_EVE = [dayOf(2023, 1, 21), dayOf(2024, 2, 9), dayOf(2025, 1, 28), dayOf(2026, 2, 16)];

const inRange = (b: Book, day: number): boolean => day >= b.firstDay && day <= b.lastDay;

export function legitPatterns(b: Book): void {
  const { r, persona: p } = b;
  const n = p.names;
  const P = p.prices;
  const span = b.lastDay - b.firstDay;
  const label = (pattern: string) => ({ label: `legit:${pattern}` });

  // Shopping festival: Double-11 (or Black Friday) evening orders, mostly at shops never used before.
  for (let y = civil(b.firstDay).y; y <= civil(b.lastDay).y; y++) {
    const day = p.festivals ? dayOf(y, 11, 11) : dayOf(y, 11, 29);
    if (!inRange(b, day)) continue;
    const count = r.int(8, 15);
    for (let k = 0; k < count; k++) {
      const at = 20 * 60 + r.int(0, 80);
      pay(b, day, at, r.logNormal(P.online * 2, 0.7), r.chance(0.7) ? n.newShop(r) : r.pick(n.onlineStores), label('festival-shopping'));
    }
    if (p.festivals) for (let k = 0; k < r.int(0, 3); k++) pay(b, day, r.int(0, 40), r.logNormal(P.online * 2, 0.6), n.newShop(r), label('festival-shopping'));
  }
  // Red packets on New Year's Eve (a red packet holds at most ¥200), one to each relative and now and then
  // a second, until after midnight; some relatives were never paid before.
  if (p.festivals) {
    for (const day of NEW_YEARS_EVE.filter((d) => inRange(b, d))) {
      const family = Array.from({ length: r.int(4, 9) }, () => n.person(r));
      for (const who of family) {
        for (let k = r.chance(0.2) ? 2 : 1; k > 0; k--) {
          const lucky = Math.min(200, r.pick([6.6, 8.8, 16.8, 18.8, 20, 52, 66.6]) * Math.max(1, Math.round(P.salary / 10000)));
          pay(b, day, r.int(20 * 60, 24 * 60 + 40), lucky, who, { kind: n.redPacketKind, description: '新年红包', ...label('red-packets') });
        }
      }
    }
  }
  // Yearly insurance premium, and the same again a year later.
  const insuranceDay = b.firstDay + r.int(35, 80);
  for (let d = insuranceDay; d <= b.lastDay; d += 365) pay(b, d, around(r, 14, 2, 9, 20), P.insurance, n.insurer, label('insurance'));
  // A trip: train, a new hotel, new restaurants, rides.
  for (let t = 0; t < (span > 250 ? 2 : 1); t++) {
    const start = b.firstDay + r.int(45, Math.max(46, span - 10));
    pay(b, start - r.int(3, 20), around(r, 21, 1, 9, 23), P.train * r.between(0.7, 1.3), n.train, label('travel'));
    const nights = r.int(2, 4);
    pay(b, start, around(r, 15, 1, 12, 19), P.hotel * nights * r.between(0.8, 1.2), n.newRestaurant(r).replace(/.{0,2}$/, '') + (p.currency === 'CNY' ? '大酒店' : ' Hotel'), label('travel'));
    for (let k = 0; k < nights * 2; k++) pay(b, start + Math.floor(k / 2), around(r, k % 2 ? 19 : 12.5, 0.5, 11, 22), r.logNormal(P.dinner, 0.4), n.newRestaurant(r), label('travel'));
  }
  // A planned big purchase at a familiar store, in daylight.
  pay(b, b.firstDay + r.int(60, Math.max(61, span - 5)), around(r, 15, 2, 10, 21), P.big * r.between(0.8, 1.3), n.bigStore, label('big-purchase'));
  // A new subscription: first month at an introductory price, then the full price.
  const subStart = b.firstDay + r.int(50, Math.max(51, span - 90));
  for (let d = subStart, k = 0; d <= b.lastDay; d += 30, k++) {
    pay(b, d, 6 * 60 + r.int(0, 60), k ? P.subscription : Math.max(1, Math.round(P.subscription * 0.2)), n.lateSubscription, label('subscription'));
  }
  // Moving home: deposit and first rent to a new landlord, who then gets the rent every month.
  if (r.chance(0.5) && span > 200) {
    const move = b.firstDay + r.int(70, span - 100);
    const landlord = n.person(r);
    pay(b, move, around(r, 14, 2, 10, 20), P.rent * 2, landlord, { kind: n.transferKind, description: '押金 deposit', ...label('new-landlord') });
    for (const d of b.drafts) if (d.description === '房租 rent' && d.day >= move) Object.assign(d, { counterparty: landlord, ...label('new-landlord') });
  }
  // A price rise on the oldest subscription, and a renewed bank card.
  const rise = b.firstDay + r.int(90, Math.max(91, span - 30));
  const sub = n.subscriptions[0]!;
  let first = true;
  for (const d of b.drafts) {
    if (d.counterparty !== sub || d.day < rise) continue;
    d.amount = Math.round(d.amount * 1.2 * 100) / 100;
    if (first) d.label = 'legit:price-rise';
    first = false;
  }
  if (n.methods.length) {
    const renew = b.firstDay + r.int(100, Math.max(101, span - 20));
    let firstUse = true;
    for (const d of [...b.drafts].sort((x, y) => x.day - y.day || x.minute - y.minute)) {
      if (d.method !== n.methods[1] || d.day < renew) continue;
      d.method = n.newMethod;
      if (firstUse && !d.label) d.label = 'legit:new-card';
      firstUse = false;
    }
  }
}

export type { Draft };
