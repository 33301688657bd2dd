import { describe, expect, it } from 'vitest';
import {
  balanceOverTime, coverage, feesByPlatform, findingsOverTime, monthlyFlows, outgoingHeatmap, topCounterparties,
} from '../../../shared/insights';
import type { Finding } from '../../../shared/rules/types';
import { makeTx } from '../../support/make-tx';

describe('monthlyFlows', () => {
  it('keeps currencies apart and fills empty months', () => {
    const txs = [
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: -1000 }),
      makeTx({ occurredAt: '2024-01-06T10:00:00+08:00', amountMinor: 5000 }),
      makeTx({ occurredAt: '2024-03-01T10:00:00+08:00', amountMinor: -250 }),
      makeTx({ occurredAt: '2024-01-07T10:00:00+00:00', amountMinor: -700, currency: 'USD' }),
    ];
    const flows = monthlyFlows(txs);
    expect([...flows.keys()]).toEqual(['CNY', 'USD']);
    expect(flows.get('CNY')).toEqual([
      { month: '2024-01', inMinor: 5000, outMinor: 1000, netMinor: 4000, count: 2 },
      { month: '2024-02', inMinor: 0, outMinor: 0, netMinor: 0, count: 0 },
      { month: '2024-03', inMinor: 0, outMinor: 250, netMinor: -250, count: 1 },
    ]);
    expect(flows.get('USD')).toEqual([{ month: '2024-01', inMinor: 0, outMinor: 700, netMinor: -700, count: 1 }]);
  });

  it('ignores mirrors, neutral moves, failed and pending payments; honours account and period filters', () => {
    const txs = [
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: -1000, mirror: true }),
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: -1000, status: 'failed' }),
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: -1000, status: 'pending' }),
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: 0, direction: 'neutral' }),
      makeTx({ occurredAt: '2024-01-05T10:00:00+08:00', amountMinor: -300, accountId: 'other' }),
      makeTx({ occurredAt: '2024-02-05T10:00:00+08:00', amountMinor: -300 }),
    ];
    expect(monthlyFlows(txs, { accountId: 'acct' }).get('CNY')).toEqual([{ month: '2024-02', inMinor: 0, outMinor: 300, netMinor: -300, count: 1 }]);
    expect(monthlyFlows(txs, { period: { to: '2024-01-31' } }).get('CNY')).toEqual([{ month: '2024-01', inMinor: 0, outMinor: 300, netMinor: -300, count: 1 }]);
  });

  it('is empty for no data, and one point for a single day', () => {
    expect(monthlyFlows([]).size).toBe(0);
    expect(monthlyFlows([makeTx({ occurredAt: '2024-05-05T00:00:00+08:00', amountMinor: -1 })]).get('CNY')).toHaveLength(1);
  });

  it('dates by China wall time: 00:30 on 1 Feb +08:00 is February even though it is January in UTC', () => {
    const flows = monthlyFlows([makeTx({ occurredAt: '2024-02-01T00:30:00+08:00', amountMinor: -100 })]);
    expect(flows.get('CNY')![0]!.month).toBe('2024-02');
  });
});

describe('outgoingHeatmap', () => {
  it('counts outgoing payments per weekday and local hour and marks unusual hours', () => {
    const cells = outgoingHeatmap(
      [
        makeTx({ occurredAt: '2024-11-11T23:30:00+08:00', amountMinor: -500 }), // a Monday
        makeTx({ occurredAt: '2024-11-11T23:59:00+08:00', amountMinor: -100 }),
        makeTx({ occurredAt: '2024-11-11T23:59:00+08:00', amountMinor: 100 }),
      ],
      {},
      new Set([3]),
    );
    expect(cells).toHaveLength(168);
    expect(cells[23]).toEqual({ weekday: 0, hour: 23, count: 2, outMinor: { CNY: 600 }, unusual: false });
    expect(cells.filter((c) => c.unusual)).toHaveLength(7);
  });
});

describe('topCounterparties', () => {
  it('totals per counterparty and currency, and marks those first seen in the period as new', () => {
    const txs = [
      makeTx({ occurredAt: '2024-01-01T10:00:00+08:00', amountMinor: -100, counterparty: '淘宝' }),
      makeTx({ occurredAt: '2024-02-01T10:00:00+08:00', amountMinor: -900, counterparty: '淘宝' }),
      makeTx({ occurredAt: '2024-02-02T10:00:00+08:00', amountMinor: -5000, counterparty: '张三' }),
    ];
    const rows = topCounterparties(txs, { period: { from: '2024-02-01' } });
    expect(rows).toEqual([
      { counterparty: '张三', currency: 'CNY', outMinor: 5000, inMinor: 0, count: 1, firstSeen: '2024-02-02', lastSeen: '2024-02-02', isNew: true },
      { counterparty: '淘宝', currency: 'CNY', outMinor: 900, inMinor: 0, count: 1, firstSeen: '2024-02-01', lastSeen: '2024-02-01', isNew: false },
    ]);
  });
});

describe('findingsOverTime', () => {
  it('dates each finding by its earliest transaction', () => {
    const a = makeTx({ id: 'a', occurredAt: '2024-01-31T23:00:00+08:00', amountMinor: -1 });
    const b = makeTx({ id: 'b', occurredAt: '2024-02-01T01:00:00+08:00', amountMinor: -1 });
    const f = (sev: Finding['severity'], ids: string[]): Finding => ({ id: ids.join(), rule: 'burst', rules: ['burst'], severity: sev, score: 1, transactionIds: ids, messageId: 'x', data: {} });
    const byId = new Map([a, b].map((t) => [t.id, t]));
    expect(findingsOverTime([f('high', ['b', 'a']), f('low', ['b']), f('low', ['missing'])], byId)).toEqual([
      { month: '2024-01', high: 1, medium: 0, low: 0 },
      { month: '2024-02', high: 0, medium: 0, low: 1 },
    ]);
  });
});

describe('feesByPlatform', () => {
  it('sums fee columns and fee rows by platform and kind, never a mirrored fee twice', () => {
    const txs = [
      makeTx({ provider: 'wise', currency: 'GBP', occurredAt: '2024-01-01T10:00:00Z', amountMinor: -35738, feeMinor: 1135, kind: 'TRANSFER', description: 'Sent money' }),
      makeTx({ provider: 'wise', currency: 'GBP', occurredAt: '2024-01-01T10:00:00Z', amountMinor: -1135, mirror: true, description: 'Wise Charges for: TRANSFER-1' }),
      makeTx({ provider: 'wechat-pay', occurredAt: '2024-01-02T10:00:00+08:00', amountMinor: -10000, feeMinor: 10, kind: '零钱提现' }),
      makeTx({ provider: 'revolut', currency: 'EUR', occurredAt: '2024-01-03T10:00:00Z', amountMinor: -500, kind: 'Fee', description: 'Premium plan fee' }),
      makeTx({ provider: 'paypal', currency: 'USD', occurredAt: '2024-01-04T10:00:00Z', amountMinor: -5000, feeMinor: 150, kind: 'General Currency Conversion', status: 'failed' }),
    ];
    expect(feesByPlatform(txs)).toEqual([
      { provider: 'revolut', currency: 'EUR', kind: 'service', feeMinor: 500, count: 1 },
      { provider: 'wechat-pay', currency: 'CNY', kind: 'withdrawal', feeMinor: 10, count: 1 },
      { provider: 'wise', currency: 'GBP', kind: 'transfer', feeMinor: 1135, count: 1 },
    ]);
  });
});

describe('balanceOverTime', () => {
  it('takes the last balance of each day per account and currency', () => {
    const txs = [
      makeTx({ occurredAt: '2024-01-01T10:00:00Z', amountMinor: -1, balanceMinor: 100, currency: 'EUR' }),
      makeTx({ occurredAt: '2024-01-01T18:00:00Z', amountMinor: -1, balanceMinor: 99, currency: 'EUR' }),
      makeTx({ occurredAt: '2024-01-03T09:00:00Z', amountMinor: 5, balanceMinor: 104, currency: 'EUR' }),
      makeTx({ occurredAt: '2024-01-03T09:00:00Z', amountMinor: 5 }),
    ];
    expect(Object.fromEntries(balanceOverTime(txs))).toEqual({ 'acct · EUR': [{ day: '2024-01-01', balanceMinor: 99 }, { day: '2024-01-03', balanceMinor: 104 }] });
  });
});

describe('coverage', () => {
  it('merges overlapping exports and shows the gap between them', () => {
    const t = (d: string, file: string) => makeTx({ occurredAt: `${d}T10:00:00+08:00`, amountMinor: -1, source: { fileSha256: file, line: 1, raw: [] } });
    const cov = coverage([t('2024-01-01', 'a'), t('2024-01-31', 'a'), t('2024-01-20', 'b'), t('2024-02-10', 'b'), t('2024-04-01', 'c'), t('2024-04-30', 'c')]);
    expect(cov).toEqual([{
      accountId: 'acct',
      ranges: [{ from: '2024-01-01', to: '2024-02-10', fileSha256s: ['a', 'b'] }, { from: '2024-04-01', to: '2024-04-30', fileSha256s: ['c'] }],
      gaps: [{ from: '2024-02-11', to: '2024-03-31', days: 50 }],
    }]);
  });
});
