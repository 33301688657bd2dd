import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { RULE_IDS, formatFinding, runRules, severityOf } from '../../../shared/rules';
import { generateScenario } from '../../scenarios/generate';
import { after, at, life, tx } from './fixtures';

const D = after();

/** A night takeover: a new card, then transfers to strangers and a gift-card buy, within half an hour. */
function takeover(): Transaction[] {
  return [
    tx({ at: at(D, 2, 11), amount: -5000, to: '*强玉', kind: '转账', method: '建设银行信用卡(9921)' }),
    tx({ at: at(D, 2, 15), amount: -8000, to: '周*敏', kind: '转账', method: '建设银行信用卡(9921)' }),
    tx({ at: at(D, 2, 22), amount: -3999, to: '礼品卡商城', method: '建设银行信用卡(9921)' }),
    tx({ at: at(D, 2, 30), amount: -6000, to: '*霞华', kind: '转账', method: '建设银行信用卡(9921)' }),
    tx({ at: at(D, 2, 41), amount: -2000, to: '吴*杰', kind: '转账', method: '建设银行信用卡(9921)' }),
  ];
}

const base = (): Transaction[] => life({ methods: ['余额宝', '招商银行储蓄卡(1234)'] });

describe('runRules', () => {
  it('folds a night takeover into one high finding naming all its transactions', () => {
    const attack = takeover();
    const findings = runRules([...base(), ...attack]);
    const mine = findings.filter((f) => f.transactionIds.some((id) => attack.some((t) => t.id === id)));
    expect(mine).toHaveLength(1);
    const [f] = mine;
    expect(f!.severity).toBe('high');
    for (const t of attack) expect(f!.transactionIds).toContain(t.id);
    expect(f!.rules).toEqual(expect.arrayContaining(['new-payee', 'odd-hours', 'burst']));
    expect(f!.evidence!.map((e) => e.rule)).toEqual(f!.rules);
    expect(f!.evidence![0]!.score).toBeGreaterThanOrEqual(f!.evidence![f!.evidence!.length - 1]!.score);
  });

  it('is deterministic: shuffled input gives the same findings, in the same order, with the same ids', () => {
    const txs = [...base(), ...takeover()];
    const a = runRules(txs);
    const b = runRules([...txs].reverse());
    expect(b).toEqual(a);
    expect(new Set(a.map((f) => f.id)).size).toBe(a.length);
  });

  it('sorts by severity, then score', () => {
    const s = generateScenario(3);
    const findings = runRules(s.transactions);
    const rank = { high: 0, medium: 1, low: 2 };
    for (let k = 1; k < findings.length; k++) {
      const [p, c] = [findings[k - 1]!, findings[k]!];
      expect(rank[p.severity] < rank[c.severity] || (p.severity === c.severity && p.score >= c.score)).toBe(true);
      expect(c.severity).toBe(severityOf(c.score));
    }
  });

  it('respects disabled rules', () => {
    const txs = [...base(), ...takeover()];
    const findings = runRules(txs, { disabled: [...RULE_IDS] });
    expect(findings).toEqual([]);
    const some = runRules(txs, { disabled: ['odd-hours'] });
    expect(some.some((f) => f.rules.includes('odd-hours'))).toBe(false);
    expect(some.length).toBeGreaterThan(0);
  });

  it('respects rule options', () => {
    const big = tx({ at: at(D, 13), amount: -1268, to: '兰州拉面' });
    const txs = [...base(), big];
    expect(runRules(txs).some((f) => f.rule === 'unusual-amount')).toBe(true);
    expect(runRules(txs, { options: { 'unusual-amount': { minRatio: 100 } } }).some((f) => f.rule === 'unusual-amount')).toBe(false);
  });

  it('"normal for me" silences a counterparty, within its amount band', () => {
    const transfer = tx({ at: at(D, 15), amount: -16000, to: '*小明', kind: '转账' });
    const txs = [...base(), transfer];
    const flagged = (cfg: Parameters<typeof runRules>[1]): boolean =>
      runRules(txs, cfg).some((f) => f.transactionIds.includes(transfer.id));
    expect(flagged({})).toBe(true);
    expect(flagged({ normal: [{ counterparty: '*小明' }] })).toBe(false);
    expect(flagged({ normal: [{ counterparty: '*小明', maxAmountMinor: 100000 }] })).toBe(true);
    expect(flagged({ normal: [{ counterparty: '*小明', hours: { from: 9, to: 18 } }] })).toBe(false);
    expect(flagged({ normal: [{ counterparty: '*小明', accountId: 'other' }] })).toBe(true);
  });

  it('keeps a finding\'s id when the same evidence is found again later', () => {
    const dup = [tx({ at: at(D, 19, 30), amount: -268, to: '外婆家' }), tx({ at: at(D, 19, 32), amount: -268, to: '外婆家' })];
    const first = runRules([...base(), ...dup]).find((f) => f.rule === 'duplicate-charge')!;
    const later = [...base(), ...dup, tx({ at: at(D + 5, 12), amount: -30, to: '兰州拉面' })];
    const again = runRules(later).find((f) => f.rule === 'duplicate-charge')!;
    expect(again.id).toBe(first.id);
  });

  it("does not flood a new account's first weeks with new payees", () => {
    // A year-old wallet, and a second one opened now whose every payee is new to it.
    const fresh = life({ start: D, days: 25, account: 'wechat:me', seed: 3 }).map((t, k) =>
      (t.amountMinor < 0 ? { ...t, counterparty: `新店${k}` } : t));
    const findings = runRules([...base(), ...fresh]);
    const onFresh = findings.filter((f) => f.transactionIds.some((id) => fresh.some((t) => t.id === id)));
    expect(onFresh.filter((f) => f.rules.includes('new-payee'))).toEqual([]);
    expect(runRules(life({ days: 25 })).filter((f) => f.rules.includes('new-payee'))).toEqual([]);
  });

  it('ignores transactions it cannot place in time', () => {
    const bad = { ...tx({ at: at(D, 3), amount: -9999, to: 'X' }), occurredAt: 'not a time' };
    expect(runRules([...base(), bad]).some((f) => f.transactionIds.includes(bad.id))).toBe(false);
  });
});

describe('calibration on generated statements', () => {
  // A handful of seeds outside the quality benchmark's lists, so this test is not the tuning set.
  const seeds = [501, 502, 503, 504];

  it.each(seeds)('seed %i: every incident is caught at high', (seed) => {
    const s = generateScenario(seed);
    const findings = runRules(s.transactions);
    for (const inc of s.incidents) {
      const caught = findings.some((f) => f.severity === 'high'
        && inc.transactionIds.filter((id) => f.transactionIds.includes(id)).length * 2 >= inc.transactionIds.length);
      expect(caught, `${inc.label} in ${s.persona}`).toBe(true);
    }
  });

  it.each(seeds)('seed %i: at most 2 % of a clean statement is flagged medium or high', (seed) => {
    const s = generateScenario(seed, { incidents: [] });
    const flagged = new Set(runRules(s.transactions).filter((f) => f.severity !== 'low').flatMap((f) => f.transactionIds));
    expect(flagged.size / s.transactions.length).toBeLessThanOrEqual(0.02);
  });

  it('every finding on a generated statement reads as a sentence in both languages', () => {
    const s = generateScenario(505);
    for (const f of runRules(s.transactions)) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = formatFinding(f, lang);
        expect(text).not.toMatch(/\?|undefined|NaN|\{/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });
});
