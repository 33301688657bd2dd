// Conformance over the real Meituan 美团 export collected by another project (read in place, never copied here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../shared/importing/import-file';
import type { Transaction } from '../../../shared/model';
import { countProblems, declaredCountIn, PEERS_ABSENT, PEERS_ABSENT_NOTE, peerFiles, saneChinese } from './china/fixtures';

describe.skipIf(PEERS_ABSENT)('meituan peer samples', () => {
  const files = peerFiles('meituan');

  it('has a sample to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports with sane values and an honest count', async (file) => {
    const [f] = await importBytes(path.basename(file), new Uint8Array(readFileSync(file)));
    expect([f!.importer, f!.encoding, f!.accountId]).toEqual(['meituan', 'utf-8', 'SJT714453696']);
    expect(saneChinese(f!)).toEqual([]);
    const declared = declaredCountIn(readFileSync(file, 'utf8'));
    expect(declared).toBe(29);
    expect(countProblems(f!, declared)).toEqual([]);
    expect(f!.issues).toEqual([]);
    const byId = new Map(f!.transactions.map((t) => [t.externalId, t]));
    // 订单金额 ¥50.00, 实付金额 ¥49.56.
    expect(byId.get('25022211100401670005106003552443')).toMatchObject({ amountMinor: -4956, status: 'completed' });
    expect(byId.get('2502200119979523443')).toMatchObject({ amountMinor: 1177, direction: 'in', status: 'refunded', kind: '退款' });
    expect(byId.get('25021211100401670003883284995443')).toMatchObject({ amountMinor: -4812, kind: '还款', mirror: true });
    // The bill's own summary (支出：23笔 1175.68元, 收入：6笔 209.73元) counts the 月付 repayment among the 23 but
    // leaves its amount out of the total, just as the mirror flag does.
    const rows = (d: string): Transaction[] => f!.transactions.filter((t) => t.direction === d);
    const total = (d: string): number => rows(d).filter((t) => !t.mirror).reduce((a, t) => a + t.amountMinor, 0);
    expect([rows('out').length, total('out'), rows('in').length, total('in')]).toEqual([23, -117568, 6, 20973]);
  });
});

describe.runIf(PEERS_ABSENT)('meituan peer samples', () => {
  it.skip(PEERS_ABSENT_NOTE, () => undefined);
});
