// Ordinary life: salary, rent, family, meals, commuting, coffee, groceries, online shopping, rides,
// subscriptions and bills, abandoned orders, refunds and the occasional late night. No incidents here.
import { civil, weekday } from './calendar';
import { around, pay, receive, type Book } from './draft';

export function ordinaryLife(b: Book): void {
  const { r, persona: p } = b;
  const n = p.names;
  const P = p.prices;
  const known = { restaurants: [...n.restaurants], shops: [] as string[] };
  const friends = [n.person(r), n.person(r), n.person(r)];
  const landlord = n.person(r);
  const mother = n.person(r);
  // Each place has its own price level, set at the first visit; a meal there varies around it, and now
  // and then the user pays for a group.
  const level = new Map<string, number>();
  const meal = (where: string, base: number, groupChance: number): number => {
    let l = level.get(where);
    if (l === undefined) level.set(where, (l = base * r.between(0.6, 1.6)));
    return l * r.logNormal(1, 0.25) * (r.chance(groupChance) ? r.between(2, 4.5) : 1);
  };
  for (let day = b.firstDay; day <= b.lastDay; day++) {
    const wd = weekday(day);
    const workday = wd < 5;
    const dom = civil(day).d;
    // Monthly money.
    if (dom === 10) receive(b, day, around(r, 10, 0.5, 9, 12), P.salary * r.between(0.97, 1.03), n.employer, { kind: n.cardKind });
    if (dom === 2) pay(b, day, around(r, 20, 2, 9, 23), P.rent, landlord, { kind: n.transferKind, description: '房租 rent' });
    if (dom === 12 && P.family > 0) pay(b, day, around(r, 20, 1.5, 9, 23), Math.round(P.family * r.between(0.8, 1.2) / 100) * 100 || P.family, mother, { kind: n.transferKind });
    if (dom === 15) pay(b, day, around(r, 11, 3, 8, 22), P.power * r.between(0.5, 1.8), n.utilities.power);
    if (dom === 16) pay(b, day, around(r, 11, 3, 8, 22), P.power * r.between(0.3, 0.9), n.utilities.gas);
    if (dom === 5) pay(b, day, 8 * 60 + r.int(0, 20), P.phone, n.utilities.phone);
    n.subscriptions.forEach((s, k) => {
      if (dom === 7 + k * 6) pay(b, day, 6 * 60 + r.int(0, 90), P.subscription * (k ? 0.6 : 1), s);
    });
    // Meals.
    if (workday && r.chance(0.45)) {
      const where = r.pick(known.restaurants.slice(0, 4));
      pay(b, day, around(r, 8.2, 0.4, 7, 10), meal(where, P.breakfast, 0), where);
    }
    if (r.chance(workday ? 0.85 : 0.6)) {
      const fresh = r.chance(0.12);
      const where = fresh ? n.newRestaurant(r) : r.pick(known.restaurants);
      if (fresh && r.chance(0.3)) known.restaurants.push(where);
      const place = r.chance(0.25) ? r.pick(n.delivery) : where;
      pay(b, day, around(r, 12.3, 0.5, 11, 14.5), place === where ? meal(where, P.lunch, 0.05) : r.logNormal(P.lunch, 0.3), place);
    }
    if (r.chance(workday ? 0.5 : 0.7)) {
      const fresh = r.chance(0.15);
      const where = fresh ? n.newRestaurant(r) : r.pick(known.restaurants.slice(4));
      const place = r.chance(0.3) ? r.pick(n.delivery) : where;
      const amount = place === where ? meal(where, P.dinner, workday ? 0.1 : 0.3) : r.logNormal(P.dinner * 0.7, 0.35);
      pay(b, day, around(r, 19, 0.9, 17, 22.5), amount, place);
      if (!workday && r.chance(0.15)) pay(b, day, around(r, 21, 0.5, 20, 23), P.split * r.between(0.5, 2), r.pick(friends), { kind: n.transferKind });
    }
    // Commute and rides.
    if (p.commute && workday && r.chance(0.85)) {
      const fare = p.currency === 'CNY' ? r.pick([3, 4, 5]) : P.metro;
      pay(b, day, around(r, 8.5, 0.3, 7, 10), fare, n.metro);
      pay(b, day, around(r, 18.6, 0.6, 17, 21), fare, n.metro);
    }
    if (r.chance(0.12)) pay(b, day, around(r, 9, 1, 7, 12), p.prices.bike * r.between(0.7, 1.5), n.bike);
    if (r.chance(0.25)) pay(b, day, around(r, 15, 4, 8, 23.5), r.logNormal(P.taxi, 0.4), n.taxi);
    // Coffee, groceries, shopping.
    if (r.chance(workday ? 0.5 : 0.3)) pay(b, day, around(r, 10.5, 2, 8, 18), r.logNormal(P.coffee, 0.2), r.pick(n.coffee));
    if (r.chance(0.35)) pay(b, day, around(r, 19.5, 2, 9, 22.5), r.logNormal(P.grocery, 0.6), r.pick(n.grocery), { wallet: p.second && r.chance(0.5) ? 1 : 0 });
    for (let k = 0; k < extraCount(b, p.activity); k++) shopOnline(b, day, known.shops);
    if (r.chance(0.06)) pay(b, day, around(r, 14, 4, 9, 23), r.logNormal(P.online * 1.5, 0.6), n.bigStore);
    if (r.chance(p.lateNights)) {
      // A late evening: a delivery or a ride home after midnight.
      const at = around(r, 24.4, 0.6, 23.2, 26.5);
      pay(b, day, at, r.logNormal(P.dinner * 0.6, 0.4), r.chance(0.6) ? r.pick(n.delivery) : n.taxi);
    }
    // Abandoned orders: a closed order now and then, sometimes two.
    if (r.chance(0.05)) {
      const at = around(r, 20, 2, 10, 23.5);
      const shop = n.newShop(r);
      pay(b, day, at, r.logNormal(P.online, 0.6), shop, { status: 'closed', direction: 'neutral' });
      if (r.chance(0.3)) pay(b, day, at + r.int(1, 20), r.logNormal(P.online, 0.6), shop, { status: 'closed', direction: 'neutral' });
    }
  }
}

function extraCount(b: Book, activity: number): number {
  // Poisson-ish: mean `activity`/3 online orders a day.
  let k = 0;
  const l = Math.exp(-activity / 3);
  let x = b.r.next();
  while (x > l && k < 6) {
    k++;
    x *= b.r.next();
  }
  return k;
}

function shopOnline(b: Book, day: number, shops: string[]): void {
  const { r, persona: p } = b;
  const n = p.names;
  const shop = shops.length > 8 && r.chance(0.55) ? r.pick(shops) : r.chance(0.3) ? r.pick(n.onlineStores) : n.newShop(r);
  if (!shops.includes(shop) && r.chance(0.4)) shops.push(shop);
  const at = around(r, 20.5, 2.5, 8, 23.8);
  const d = pay(b, day, at, r.logNormal(p.prices.online, 0.75), shop, { wallet: p.second && r.chance(0.3) ? 1 : 0 });
  if (r.chance(0.06)) {
    receive(b, day + r.int(2, 10), around(r, 14, 3, 9, 22), d.amount, shop, {
      kind: p.currency === 'CNY' ? '退款' : 'Card Refund', status: 'refunded', refundOf: d, wallet: d.wallet,
      description: p.currency === 'CNY' ? `退款-${shop}` : `Refund ${shop}`,
    });
  }
}
