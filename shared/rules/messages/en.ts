// English reasons. Plain words and the user's own numbers; no jargon (no "z-score", no "MAD").
import type { Catalog, Data } from './types';

const usual = (d: Data): string => (Number(d.nearDays) === 0
  ? `on none of your ${d.days} other active days did you pay around that time`
  : `you paid around that time on about ${d.nearDays} of your ${d.days} other active days`);

const s = (n: string | number | undefined, one: string, many: string): string => (Number(n) === 1 ? one : many);

export const en: Catalog = {
  titles: {
    'burst': 'Burst of payments',
    'card-testing': 'Card testing',
    'dormant-reactivation': 'Dormant account active again',
    'drain': 'Money moved out to new people',
    'duplicate-charge': 'Duplicate charge',
    'failed-attempts': 'Failed payment attempts',
    'new-funding-method': 'New funding method',
    'new-payee': 'New payee',
    'odd-hours': 'Unusual hour',
    'price-change': 'Price change',
    'unusual-amount': 'Unusual amount',
  },
  descriptions: {
    'burst': 'Many payments in a short time, or a day far above your normal.',
    'card-testing': 'Tiny charges followed by a large one: how stolen cards are tried and then used.',
    'dormant-reactivation': 'An account that had been quiet for much longer than usual starts paying again.',
    'drain': 'Transfers to people you had not paid before that move a large share of your money.',
    'duplicate-charge': 'The same merchant charging the same amount twice within minutes or a day.',
    'failed-attempts': 'Several failed or closed payments in a short time, often large.',
    'new-funding-method': 'A card or account you had never paid with before.',
    'new-payee': 'A first payment to someone, weighted by amount and by what followed.',
    'odd-hours': 'A payment at an hour you almost never pay, judged by your own habits.',
    'price-change': 'A recurring charge whose amount changed.',
    'unusual-amount': 'Far more than you usually pay that counterparty or from this account.',
  },
  messages: {
    'unusual-amount.payee': (d, m) =>
      `${m('amount')} to ${d.counterparty} is ${d.ratio}× your usual ${m('median')} there (median of ${d.count} payments)`,
    'unusual-amount.account': (d, m) =>
      `${m('amount')} to ${d.counterparty} is ${d.ratio}× your usual payment from this account (median ${m('median')} of ${d.count} payments), and you had paid them only a few times before`,
    'new-payee.first': (d, m) =>
      `${m('amount')} to ${d.counterparty}, ${d.person ? 'a person' : 'a payee'} you had never paid before; your usual payment is ${m('median')}`,
    'new-payee.repeat': (d, m) =>
      `${d.payments} payments totalling ${m('total')} to ${d.counterparty} within ${d.hours} hours of the first payment ever made to them`,
    'odd-hours.one': (d, m) => `${m('amount')} paid at ${d.time}; ${usual(d)}`,
    'odd-hours.many': (d, m) => `${d.count} payments (${m('amount')}) from ${d.time} on; ${usual(d)}`,
    'burst.window': (d, m) =>
      `${d.count} payments in ${d.minutes} ${s(d.minutes, 'minute', 'minutes')}, ${m('total')} in all; you usually make at most ${d.usualCount} in a row`,
    'burst.day': (d, m) =>
      `${d.count} payments on ${d.date} totalling ${m('total')}; a usual day has ${d.usualCount} (${m('usual')})`,
    'duplicate-charge.same': (d, m) =>
      `${d.counterparty} charged ${m('amount')} twice, ${d.minutes} ${s(d.minutes, 'minute', 'minutes')} apart`,
    'duplicate-charge.refunded': (d, m) =>
      `${d.counterparty} charged ${m('amount')} twice, ${d.minutes} ${s(d.minutes, 'minute', 'minutes')} apart; a matching refund followed`,
    'card-testing.then-large': (d, m) =>
      `${d.count} tiny charges (up to ${m('maxTiny')}, ${d.declined} declined), then ${m('large')} at ${d.counterparty}: the way a stolen card is tested, then used`,
    'card-testing.probe': (d, m) =>
      `${d.count} tiny charges (up to ${m('maxTiny')}, ${d.declined} declined) at merchants you had not used before, starting with ${d.counterparty}`,
    'failed-attempts.cluster': (d, m) =>
      `${d.count} failed or closed payments in ${d.minutes} ${s(d.minutes, 'minute', 'minutes')}, ${m('total')} in all, to ${d.payees} ${s(d.payees, 'payee', 'payees')}`,
    'failed-attempts.then-success': (d, m) =>
      `${d.count} failed or closed payments in ${d.minutes} ${s(d.minutes, 'minute', 'minutes')} (${m('total')}), then ${d.succeeded} ${s(d.succeeded, 'payment', 'payments')} to a new payee went through`,
    'drain.fan-out': (d, m) =>
      `${d.count} transfers to ${d.people} people you had not paid before moved ${m('total')} in ${d.days} ${s(d.days, 'day', 'days')}: ${d.percent}% of the ${m('month')} this account usually sees in a month`,
    'drain.one': (d, m) =>
      `${d.count === 1 ? 'A transfer' : `${d.count} transfers`} of ${m('total')} to someone you had not paid before: ${d.percent}% of the ${m('month')} this account usually sees in a month`,
    'price-change.up': (d, m) =>
      `${d.counterparty} now charges ${m('new')} instead of ${m('old')} (+${d.percent}%) after ${d.run} equal charges`,
    'price-change.down': (d, m) =>
      `${d.counterparty} now charges ${m('new')} instead of ${m('old')} (−${d.percent}%) after ${d.run} equal charges`,
    'new-funding-method.first': (d, m) =>
      `First payment with ${d.method}: ${d.count} ${s(d.count, 'payment', 'payments')}, ${m('total')}, within ${d.hours} hours`,
    'dormant-reactivation.account': (d, m) =>
      `This account was quiet for ${d.days} days (since ${d.since}), then made ${d.count} ${s(d.count, 'payment', 'payments')} (${m('total')}) within a week`,
  },
  also: (first, others) => (others.length ? `${first}. Also: ${others.join('; ')}.` : `${first}.`),
};
