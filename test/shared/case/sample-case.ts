// A small, realistic case used by the case, letter and bundle tests.
import { buildChecklist } from '../../../shared/case/checklist';
import type { AppealCase, TransactionMark } from '../../../shared/case/types';
import type { Transaction } from '../../../shared/model';

export function tx(over: Partial<Transaction> & { id: string }): Transaction {
  return {
    provider: 'alipay', accountId: 'alipay:138****0000', occurredAt: '2024-03-04T10:00:00+08:00', amountMinor: -1000,
    currency: 'CNY', counterparty: 'Shop', description: 'Goods', status: 'completed', direction: 'out',
    source: { fileSha256: 'f'.repeat(64), line: 2, raw: [] }, ...over,
  };
}

export function sampleCase(over: Partial<AppealCase> = {}): AppealCase {
  const checklist = buildChecklist(over.reason ?? 'policy-violation', over.platform ?? 'alipay');
  return {
    id: 'case-1', platform: 'alipay', account: '138****0000', holderName: '张三', contact: 'zhang@example.com', status: 'waiting-on-support',
    reason: 'policy-violation', restrictedOn: '2024-03-05', noticeText: '您的账户存在异常交易，已限制收款。', noticeReference: 'R-2024-77',
    asks: ['reopen'], events: [{ id: 'ev1', at: '2024-03-08', kind: 'documents-sent', text: 'ID photos and invoices' }],
    contacts: [
      { id: 'c1', at: '2024-03-06T09:30:00+08:00', channel: 'phone', channelDetail: '95188', officialConfirmed: true, ticket: 'T-1', agent: 'Li', asked: 'Why restricted?', answered: 'Upload proof of purchase', followUpOn: '2024-03-13' },
      { id: 'c2', at: '2024-03-07T20:00:00+08:00', channel: 'in-app-chat', officialConfirmed: true, asked: 'Status?', answered: 'Under review' },
    ],
    checklist: checklist.map((i) => (i.id === 'notice-saved' ? { ...i, done: true } : i)),
    attachments: [],
    ...over,
  };
}

export const sampleTransactions: Transaction[] = [
  tx({ id: 'alipay:1', externalId: '2024030422001', occurredAt: '2024-03-04T23:10:00+08:00', amountMinor: -520000, counterparty: '王五', description: '货款' }),
  tx({ id: 'alipay:2', externalId: '2024030422002', occurredAt: '2024-03-05T01:20:00+08:00', amountMinor: 880000, counterparty: 'Trader <b>X</b>', direction: 'in', description: '=HYPERLINK("http://x")' }),
  tx({ id: 'alipay:3', externalId: '2024030122003', occurredAt: '2024-03-01T12:00:00+08:00', amountMinor: -2500, counterparty: '便利店', description: '午餐' }),
];

export const sampleFindings = [{ id: 'f1', transactionIds: ['alipay:1', 'alipay:2'] }];
export const sampleMarks: TransactionMark[] = [
  { transactionId: 'alipay:1', verdict: 'mine', note: 'Payment for a second-hand laptop; chat record enclosed' },
  { transactionId: 'alipay:2', verdict: 'not-mine', note: '' },
];
