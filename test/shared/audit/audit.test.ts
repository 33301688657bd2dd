import { describe, expect, it } from 'vitest';
import {
  buildAuditReview, compareSnapshots, defaultAuditPeriod, itemStatus, nextAuditDue, SECURITY_ITEMS, snapshotFrom,
  type AuditSnapshot,
} from '../../../shared/audit';
import type { Finding } from '../../../shared/rules/types';
import { makeTx } from '../../support/make-tx';

const PERIOD = { from: '2024-06-01', to: '2024-06-30' };
const monthly = (cp: string, amounts: number[], startMonth = 1, day = 5) =>
  amounts.map((a, i) => makeTx({ counterparty: cp, amountMinor: -a, occurredAt: `2024-${String(startMonth + i).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+08:00` }));

describe('buildAuditReview', () => {
  it('finds counterparties and funding methods first seen in the period', () => {
    const txs = [
      makeTx({ counterparty: '淘宝', amountMinor: -100, occurredAt: '2024-05-01T10:00:00+08:00', method: '余额' }),
      makeTx({ counterparty: '淘宝', amountMinor: -200, occurredAt: '2024-06-02T10:00:00+08:00', method: '余额' }),
      makeTx({ counterparty: '陌生人', amountMinor: -5000, occurredAt: '2024-06-03T02:00:00+08:00', method: '招商银行(1234)' }),
      makeTx({ counterparty: '陌生人', amountMinor: -4000, occurredAt: '2024-06-03T02:05:00+08:00', method: '招商银行(1234)' }),
      makeTx({ counterparty: 'Later', amountMinor: -1, occurredAt: '2024-07-03T02:05:00+08:00', method: 'X' }),
    ];
    const r = buildAuditReview(txs, [], new Set(), PERIOD);
    expect(r.transactions).toBe(3);
    expect(r.newCounterparties).toEqual([{ counterparty: '陌生人', currency: 'CNY', firstSeen: '2024-06-03', outMinor: 9000, inMinor: 0, count: 2 }]);
    expect(r.newFundingMethods).toEqual([{ method: '招商银行(1234)', firstSeen: '2024-06-03', count: 2 }]);
  });

  it('reports a recurring charge that changed price and one that is new', () => {
    const txs = [
      ...monthly('Music', [1500, 1500, 1500, 1500, 1500, 1800]),
      ...monthly('Gym', [9900, 9900, 9900], 4, 10),
      ...monthly('Rent', [300000, 300000, 300000, 300000, 300000, 300000]),
    ];
    const r = buildAuditReview(txs, [], new Set(), PERIOD);
    expect(r.recurring).toEqual([
      expect.objectContaining({ counterparty: 'Gym', kind: 'new', nowMinor: 9900 }),
      expect.objectContaining({ counterparty: 'Music', kind: 'changed', beforeMinor: 1500, nowMinor: 1800 }),
    ]);
  });

  it('lists findings in the period whose transactions are not all reviewed', () => {
    const a = makeTx({ id: 'a', amountMinor: -1, occurredAt: '2024-06-10T10:00:00+08:00' });
    const b = makeTx({ id: 'b', amountMinor: -1, occurredAt: '2024-06-11T10:00:00+08:00' });
    const old = makeTx({ id: 'old', amountMinor: -1, occurredAt: '2024-01-11T10:00:00+08:00' });
    const f = (id: string, ids: string[]): Finding => ({ id, rule: 'burst', rules: ['burst'], severity: 'high', score: 1, transactionIds: ids, messageId: 'm', data: {} });
    const r = buildAuditReview([a, b, old], [f('f1', ['a', 'b']), f('f2', ['a']), f('f3', ['old'])], new Set(['a']), PERIOD);
    expect(r.unreviewedFindings).toEqual(['f1']);
  });

  it('gives the balance change from the export balance when there is one, else the net', () => {
    const txs = [
      makeTx({ amountMinor: -100, balanceMinor: 900, occurredAt: '2024-06-01T10:00:00Z', currency: 'EUR' }),
      makeTx({ amountMinor: 500, balanceMinor: 1400, occurredAt: '2024-06-20T10:00:00Z', currency: 'EUR' }),
      makeTx({ amountMinor: -300, occurredAt: '2024-06-20T10:00:00+08:00' }),
    ];
    expect(buildAuditReview(txs, [], new Set(), PERIOD).balances).toEqual([
      { key: 'CNY', currency: 'CNY', netMinor: -300 },
      { key: 'acct · EUR', currency: 'EUR', startMinor: 900, endMinor: 1400, netMinor: 400 },
    ]);
  });

  it('is empty for an empty history', () => {
    expect(buildAuditReview([], [], new Set(), PERIOD)).toMatchObject({ transactions: 0, newCounterparties: [], recurring: [], balances: [] });
  });
});

describe('schedule', () => {
  it('is due a month after the last audit, and at once when there was none', () => {
    expect(nextAuditDue('2024-01-31', 'monthly', '2024-02-15')).toEqual({ due: '2024-02-29', overdue: false });
    expect(nextAuditDue('2024-01-31', 'quarterly', '2024-05-01')).toEqual({ due: '2024-04-30', overdue: true });
    expect(nextAuditDue(undefined, 'monthly', '2024-05-01')).toEqual({ due: '2024-05-01', overdue: true });
  });
  it('covers the time since the last audit, or the last interval', () => {
    expect(defaultAuditPeriod('2024-03-31', 'monthly', '2024-05-02')).toEqual({ from: '2024-04-01', to: '2024-05-02' });
    expect(defaultAuditPeriod(undefined, 'quarterly', '2024-05-02')).toEqual({ from: '2024-02-02', to: '2024-05-02' });
  });
});

describe('security checklist', () => {
  const twoStep = SECURITY_ITEMS.find((i) => i.id === 'two-step')!;
  const pw = SECURITY_ITEMS.find((i) => i.id === 'password-age')!;
  it.each([
    [undefined, 'never'],
    [{ id: 'two-step' as const, failing: true, confirmedAt: '2024-06-01' }, 'failing'],
    [{ id: 'two-step' as const, confirmedAt: '2024-06-01' }, 'ok'],
    [{ id: 'two-step' as const, confirmedAt: '2023-06-01' }, 'stale'],
  ])('%j → %s', (state, want) => expect(itemStatus(twoStep, state, '2024-07-01')).toBe(want));
  it('uses the chosen password interval', () => {
    expect(itemStatus(pw, { id: 'password-age', confirmedAt: '2024-05-01' }, '2024-07-01', 30)).toBe('stale');
    expect(itemStatus(pw, { id: 'password-age', confirmedAt: '2024-05-01' }, '2024-07-01', 90)).toBe('ok');
  });
  it('asks for a backup kept fresh every quarter', () => {
    const backup = SECURITY_ITEMS.find((i) => i.id === 'backup')!;
    expect(itemStatus(backup, { id: 'backup', confirmedAt: '2024-04-15' }, '2024-07-01')).toBe('ok');
    expect(itemStatus(backup, { id: 'backup', confirmedAt: '2024-03-15' }, '2024-07-01')).toBe('stale');
  });
  it('has texts in both languages', () => {
    for (const i of SECURITY_ITEMS) expect(i.text.en && i.text['zh-CN']).toBeTruthy();
  });
});

describe('snapshots', () => {
  it('compare: finding deltas, regressed and improved checklist items', () => {
    const review = buildAuditReview([], [], new Set(), PERIOD);
    const prev: AuditSnapshot = snapshotFrom('s1', '2024-06-30', review, { high: 2, medium: 1, low: 0 }, [
      { id: 'two-step', confirmedAt: '2024-06-30' }, { id: 'notifications' },
    ], '');
    const cur: AuditSnapshot = snapshotFrom('s2', '2024-07-31', review, { high: 0, medium: 1, low: 3 }, [
      { id: 'two-step', failing: true }, { id: 'notifications', confirmedAt: '2024-07-31' },
    ], 'turned off 2FA by mistake');
    expect(compareSnapshots(prev, cur)).toEqual({
      findingsDelta: { high: -2, medium: 0, low: 3 }, unreviewedDelta: 0, transactionsDelta: 0,
      regressed: ['two-step'], improved: ['notifications'],
    });
  });
});
