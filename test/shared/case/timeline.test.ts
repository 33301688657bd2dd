import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineItem } from '../../../shared/case/timeline';
import { sampleCase, sampleFindings, sampleMarks, sampleTransactions, tx } from './sample-case';

const label = (i: TimelineItem): string =>
  i.kind === 'event' ? `event:${i.event.kind}` : i.kind === 'contact' ? `contact:${i.contact.id}` : `tx:${i.transaction.id}`;

describe('buildTimeline', () => {
  it('merges flagged and marked transactions, contacts and case events in time order', () => {
    const items = buildTimeline({ case: sampleCase(), transactions: sampleTransactions, findings: sampleFindings, marks: sampleMarks });
    expect(items.map(label)).toEqual([
      'tx:alipay:1', // 03-04 23:10 China time
      'tx:alipay:2', // 03-05 01:20 China time: stays on its Chinese date
      'event:restricted', // 03-05, date only: after the day's timed items
      'contact:c1',
      'contact:c2',
      'event:documents-sent',
    ]);
    const t1 = items[0]!;
    expect(t1.kind === 'transaction' && t1.findingIds).toEqual(['f1']);
    expect(t1.kind === 'transaction' && t1.mark?.verdict).toBe('mine');
  });

  it('leaves out transactions nobody flagged or marked', () => {
    const items = buildTimeline({ case: sampleCase(), transactions: sampleTransactions });
    expect(items.some((i) => i.kind === 'transaction')).toBe(false);
  });

  it('does not add a restricted event when the owner recorded one', () => {
    const c = sampleCase({ events: [{ id: 'r', at: '2024-03-05T08:00:00+08:00', kind: 'restricted', text: 'SMS' }] });
    expect(buildTimeline({ case: c, transactions: [] }).filter((i) => i.kind === 'event').length).toBe(1);
  });

  it('orders by instant across offsets and breaks ties stably', () => {
    const a = tx({ id: 'a', occurredAt: '2024-03-05T10:00:00+08:00' }); // 02:00Z
    const b = tx({ id: 'b', occurredAt: '2024-03-05T03:00:00+01:00' }); // 02:00Z, same instant
    const c = tx({ id: 'c', occurredAt: '2024-03-05T01:00:00+00:00' }); // 01:00Z
    const order = (list: typeof a[]) =>
      buildTimeline({ case: { events: [], contacts: [] }, transactions: list, findings: [{ id: 'f', transactionIds: ['a', 'b', 'c'] }] }).map(label);
    expect(order([a, b, c])).toEqual(['tx:c', 'tx:a', 'tx:b']);
    expect(order([b, c, a])).toEqual(['tx:c', 'tx:a', 'tx:b']);
  });
});
