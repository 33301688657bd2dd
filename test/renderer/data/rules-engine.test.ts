import { describe, expect, it } from 'vitest';
import { loadRunRules } from '../../../renderer/src/workers/rules-engine';
import { buildHistory, runRules, runRulesWithProfiles } from '../../../shared/rules/index';
import { hourProfilesOf } from '../../../shared/rules/unusual-hours';
import type { Transaction } from '../../../shared/model';

describe('the rules the workers run', () => {
  it('are the shared engine, with the hour profiles of the run', async () => {
    expect(await loadRunRules()).toBe(runRulesWithProfiles);
  });

  it('find a burst of new large payees in a quiet history', async () => {
    const run = await loadRunRules();
    const tx = (i: number, payee: string, minor: number, at: string): Transaction => ({
      id: `t${i}`, provider: 'alipay', accountId: 'a', occurredAt: at, amountMinor: minor, currency: 'CNY', counterparty: payee,
      description: '', status: 'completed', direction: minor < 0 ? 'out' : 'in', source: { fileSha256: 'f', line: i, raw: [] },
    });
    const history = Array.from({ length: 120 }, (_, i) => tx(i, 'Canteen', -1500, `2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}T12:00:00+08:00`));
    history.push(tx(500, 'Unknown Crypto OTC', -4_800_000, '2024-06-28T03:12:00+08:00'));
    const out = await run(history, {});
    expect(Array.isArray(out)).toBe(false);
    const { findings, hourProfiles } = out as Exclude<typeof out, unknown[]>;
    expect(findings).toEqual(runRules(history, {}));
    expect(findings.some((f) => f.transactionIds.includes('t500'))).toBe(true);
    // The profiles are those of the history the findings were judged against.
    expect(hourProfiles).toEqual(hourProfilesOf(buildHistory(history)));
    expect(hourProfiles!.hours.days).toBeGreaterThan(50);
  });
});
