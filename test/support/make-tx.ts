// Builds model transactions for tests with only the fields a test cares about.
import type { Transaction } from '../../shared/model';

let seq = 0;

export function makeTx(p: Partial<Transaction> & Pick<Transaction, 'occurredAt' | 'amountMinor'>): Transaction {
  seq++;
  return {
    id: p.id ?? `test:${seq}`,
    provider: 'alipay',
    accountId: 'acct',
    currency: 'CNY',
    counterparty: 'shop',
    description: '',
    status: 'completed',
    direction: p.amountMinor < 0 ? 'out' : p.amountMinor > 0 ? 'in' : 'neutral',
    source: { fileSha256: 'f1', line: seq, raw: [] },
    ...p,
  };
}
