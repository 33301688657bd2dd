// Who the statement belongs to: where they live, what they earn, what things cost for them, and habits
// (commuting, staying up late, a second wallet). Prices are in major units of the persona's currency.
import type { ProviderId } from '../../shared/model';
import type { Zone } from './calendar';
import { chinese, english, type Names } from './names';
import type { Rng } from './random';

export interface Prices {
  breakfast: number; lunch: number; dinner: number; coffee: number; grocery: number; online: number;
  taxi: number; metro: number; bike: number; big: number; insurance: number; rent: number; salary: number;
  power: number; phone: number; subscription: number; family: number; hotel: number; train: number; split: number;
}

export interface Persona {
  id: string;
  names: Names;
  zone: Zone;
  currency: 'CNY' | 'GBP';
  provider: ProviderId;
  accountId: string;
  /** A second wallet used for some daily spending. */
  second?: { provider: ProviderId; accountId: string };
  prices: Prices;
  commute: boolean;
  /** Share of evenings that run past midnight. */
  lateNights: number;
  /** Payments per day on top of meals and commuting. */
  activity: number;
  festivals: boolean;
}

const CNY: Prices = {
  breakfast: 12, lunch: 35, dinner: 70, coffee: 22, grocery: 80, online: 90, taxi: 32, metro: 4, bike: 1.5,
  big: 7999, insurance: 4800, rent: 5500, salary: 22000, power: 160, phone: 128, subscription: 25, family: 1500,
  hotel: 1300, train: 550, split: 120,
};
const GBP: Prices = {
  breakfast: 4.5, lunch: 9, dinner: 24, coffee: 3.6, grocery: 28, online: 25, taxi: 16, metro: 2.8, bike: 1.8,
  big: 1299, insurance: 620, rent: 1650, salary: 3600, power: 95, phone: 22, subscription: 10.99, family: 200,
  hotel: 240, train: 85, split: 30,
};

export function persona(seed: number, r: Rng): Persona {
  const kind = seed % 4;
  const jitter = (p: Prices): Prices =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, k === 'subscription' || k === 'phone' ? v : v * r.between(0.8, 1.25)])) as unknown as Prices;
  if (kind === 1) {
    return {
      id: 'student-night-owl', names: chinese, zone: 'china', currency: 'CNY', provider: 'wechat-pay', accountId: 'wechat:student',
      prices: { ...jitter(CNY), salary: 6000, rent: 1200, lunch: 18, dinner: 30, online: 60, insurance: 1200, big: 4500, hotel: 500, family: 0 },
      commute: false, lateNights: 0.35, activity: 2.5, festivals: true,
    };
  }
  if (kind === 2) {
    return {
      id: 'london-revolut', names: english, zone: 'london', currency: 'GBP', provider: 'revolut', accountId: 'revolut:GBP',
      prices: jitter(GBP), commute: true, lateNights: 0.06, activity: 1.6, festivals: false,
    };
  }
  if (kind === 3) {
    return {
      id: 'family-two-wallets', names: chinese, zone: 'china', currency: 'CNY', provider: 'alipay', accountId: 'alipay:family',
      second: { provider: 'wechat-pay', accountId: 'wechat:family' },
      prices: { ...jitter(CNY), salary: 36000, rent: 8500, grocery: 160 }, commute: false, lateNights: 0.03, activity: 3,
      festivals: true,
    };
  }
  return {
    id: 'shanghai-office', names: chinese, zone: 'china', currency: 'CNY', provider: 'alipay', accountId: 'alipay:me',
    prices: jitter(CNY), commute: true, lateNights: 0.08, activity: 2, festivals: true,
  };
}
