// 简体中文说明：用用户自己的数字说清原因，不用统计术语。
import type { Catalog, Data } from './types';

const usual = (d: Data): string => (Number(d.nearDays) === 0
  ? `在您其他${d.days}个有付款的日子里，从未在这个时间前后付过款`
  : `在您其他${d.days}个有付款的日子里，只有约${d.nearDays}天在这个时间前后付过款`);

export const zhCN: Catalog = {
  titles: {
    'burst': '短时间内集中支付',
    'card-testing': '疑似盗卡试刷',
    'dormant-reactivation': '休眠账户重新活跃',
    'drain': '资金转给新的个人',
    'duplicate-charge': '重复扣款',
    'failed-attempts': '多次支付失败',
    'new-funding-method': '新的付款方式',
    'new-payee': '新的收款方',
    'odd-hours': '不寻常的时间',
    'price-change': '扣费金额变动',
    'unusual-amount': '金额异常',
  },
  descriptions: {
    'burst': '短时间内多笔支付，或某一天远超平常。',
    'card-testing': '先有几笔极小额扣款，随后一笔大额：盗用银行卡的常见手法。',
    'dormant-reactivation': '账户沉寂远超平常后突然重新付款。',
    'drain': '转给从未付过款的个人，且占您资金的很大比例。',
    'duplicate-charge': '同一商户在几分钟或一天内扣了相同金额两次。',
    'failed-attempts': '短时间内多笔支付失败或关闭，金额往往较大。',
    'new-funding-method': '从未用过的银行卡或账户付款。',
    'new-payee': '首次向某收款方付款，按金额和后续情况加权。',
    'odd-hours': '在您几乎从不付款的时间付款（按您自己的习惯判断）。',
    'price-change': '定期扣费的金额发生了变化。',
    'unusual-amount': '远高于您平时付给该收款方或该账户的金额。',
  },
  messages: {
    'unusual-amount.payee': (d, m) =>
      `付给${d.counterparty}的${m('amount')}是您在该处平常金额${m('median')}的${d.ratio}倍（${d.count}笔付款的中位数）`,
    'unusual-amount.account': (d, m) =>
      `付给${d.counterparty}的${m('amount')}是该账户平常付款的${d.ratio}倍（${d.count}笔付款的中位数为${m('median')}），且此前只付过几次`,
    'new-payee.first': (d, m) =>
      `向从未付过款的${d.person ? '个人' : '收款方'}${d.counterparty}付款${m('amount')}；您平常一笔付款为${m('median')}`,
    'new-payee.repeat': (d, m) =>
      `首次向${d.counterparty}付款后${d.hours}小时内共付款${d.payments}笔，合计${m('total')}`,
    'odd-hours.one': (d, m) => `${d.time}付款${m('amount')}；${usual(d)}`,
    'odd-hours.many': (d, m) => `${d.time}起付款${d.count}笔（${m('amount')}）；${usual(d)}`,
    'burst.window': (d, m) =>
      `${d.minutes}分钟内付款${d.count}笔，合计${m('total')}；您平常连续付款最多${d.usualCount}笔`,
    'burst.day': (d, m) =>
      `${d.date}付款${d.count}笔，合计${m('total')}；平常一天${d.usualCount}笔（${m('usual')}）`,
    'duplicate-charge.same': (d, m) => `${d.counterparty}相隔${d.minutes}分钟两次扣款${m('amount')}`,
    'duplicate-charge.refunded': (d, m) => `${d.counterparty}相隔${d.minutes}分钟两次扣款${m('amount')}；随后有一笔相同金额的退款`,
    'card-testing.then-large': (d, m) =>
      `${d.count}笔极小额扣款（最高${m('maxTiny')}，${d.declined}笔被拒），随后在${d.counterparty}扣款${m('large')}：盗卡先试刷再盗用的典型手法`,
    'card-testing.probe': (d, m) =>
      `在从未使用过的商户出现${d.count}笔极小额扣款（最高${m('maxTiny')}，${d.declined}笔被拒），第一笔为${d.counterparty}`,
    'failed-attempts.cluster': (d, m) =>
      `${d.minutes}分钟内${d.count}笔支付失败或关闭，合计${m('total')}，涉及${d.payees}个收款方`,
    'failed-attempts.then-success': (d, m) =>
      `${d.minutes}分钟内${d.count}笔支付失败或关闭（${m('total')}），随后${d.succeeded}笔付给新收款方的付款成功`,
    'drain.fan-out': (d, m) =>
      `${d.days}天内向${d.people}位从未付过款的个人转账${d.count}笔，共${m('total')}：占该账户平常每月资金${m('month')}的${d.percent}%`,
    'drain.one': (d, m) =>
      `向从未付过款的个人转账${m('total')}（${d.count}笔）：占该账户平常每月资金${m('month')}的${d.percent}%`,
    'price-change.up': (d, m) =>
      `${d.counterparty}连续${d.run}次扣款${m('old')}后，现在扣款${m('new')}（上涨${d.percent}%）`,
    'price-change.down': (d, m) =>
      `${d.counterparty}连续${d.run}次扣款${m('old')}后，现在扣款${m('new')}（下降${d.percent}%）`,
    'new-funding-method.first': (d, m) =>
      `首次使用${d.method}付款：${d.hours}小时内${d.count}笔，合计${m('total')}`,
    'dormant-reactivation.account': (d, m) =>
      `该账户自${d.since}起沉寂${d.days}天，随后一周内付款${d.count}笔（${m('total')}）`,
  },
  also: (first, others) => (others.length ? `${first}。另外：${others.join('；')}。` : `${first}。`),
};
