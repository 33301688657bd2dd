import { describe, expect, it } from 'vitest';
import { loadRunRules } from '../../../renderer/src/workers/rules-engine';
import { runRules } from '../../../shared/rules/index';
import type { Transaction } from '../../../shared/model';

describe('the rules the workers run', () => {
  it('are the shared engine', async () => {
    expect(await loadRunRules()).toBe(runRules);
  });

  it('find a burst of new large payees in a quiet history', async () => {
    const run = await loadRunRules();
    const tx = (i: number, payee: string, minor: number, at: string): Transaction => ({
      id: `t${i}`, provider: 'alipay', accountId: 'a', occurredAt: at, amountMinor: minor, currency: 'CNY', counterparty: payee,
      description: '', status: 'completed', direction: minor < 0 ? 'out' : 'in', source: { fileSha256: 'f', line: i, raw: [] },
    });
    const history = Array.from({ length: 120 }, (_, i) => tx(i, 'Canteen', -1500, `2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}T12:00:00+08:00`));
    history.push(tx(500, 'Unknown Crypto OTC', -4_800_000, '2024-06-28T03:12:00+08:00'));
    const findings = await run(history, {});
    expect(findings.some((f) => f.transactionIds.includes('t500'))).toBe(true);
  });
});
