// Peer bank exports through the example mapping profiles in test/fixtures/mappings, and without a mapping
// (rejected, never guessed). The expected values are read off the fixture files themselves.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes } from '../../../shared/importing/import-file';
import { ImportError } from '../../../shared/importing/errors';
import { parseMappingProfile } from '../../../shared/importing/mapping-profile';
import type { MappingProfile } from '../../../shared/importers/generic';

const PEERS = path.resolve(__dirname, '../../../..', 'shared/fixtures/peers');
const MAPPINGS = path.resolve(__dirname, '../../fixtures/mappings');
const havePeers = existsSync(PEERS);
if (!havePeers) console.warn(`peer fixtures not found at ${PEERS}: bank mapping tests skipped`);

function profile(name: string): MappingProfile {
  const r = parseMappingProfile(JSON.parse(readFileSync(path.join(MAPPINGS, `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.profile;
}

interface Case {
  mapping: string;
  file: string;
  count: number;
  /** [occurredAt, amountMinor, currency, direction] of the first transaction in file order. */
  first: [string, number, string, string];
  /** Some other row, by its 1-based line: [amountMinor, currency, counterparty]. */
  at?: [number, number, string, string];
  balance?: number;
}

const CASES: Case[] = [
  { mapping: 'td-canada', file: 'bank-td-canada/td-deg.csv', count: 9, first: ['2023-05-01T00:00:00-04:00', -196, 'CAD', 'out'], at: [4, 1, 'CAD', 'SFCA             MSP'], balance: 1304 },
  { mapping: 'cmb-debit', file: 'bank-cmb/cmb-debit-deg.csv', count: 5, first: ['2024-01-01T00:00:00+08:00', 123400, 'CNY', 'in'], at: [3, -100000, 'CNY', '张三 66666666666666'], balance: 127166 },
  { mapping: 'hsbc-hk-debit', file: 'bank-hsbchk/hsbchk-debit-deg.csv', count: 10, first: ['2025-03-24T00:00:00+08:00', -100, 'HKD', 'out'], at: [8, 1250000, 'CNY', 'SALARY PAYMENT           CDE COMPANY LTD'], balance: 361217 },
  { mapping: 'hsbc-hk-credit', file: 'bank-hsbchk/hsbchk-credit-deg.csv', count: 11, first: ['2025-04-09T00:00:00+08:00', -109914, 'CNY', 'out'], at: [9, 2500, 'CNY', 'PINDUODUO PLATFORM'] },
  { mapping: 'bocom-credit', file: 'bank-bocom/bocom-credit-deg.csv', count: 8, first: ['2025-01-10T00:00:00+08:00', 12318, 'CNY', 'in'], at: [9, -4985, 'CNY', '消费 Suica Charge'] },
  { mapping: 'bocom-debit', file: 'bank-bocom/bocom-debit-deg.csv', count: 6, first: ['2025-01-01T00:00:00+08:00', 123, 'CNY', 'in'], at: [3, -321, 'CNY', '哈哈'], balance: 133463 },
  { mapping: 'bmo-debit', file: 'bank-bmo/bmo-debit-deg.csv', count: 4, first: ['2023-05-01T00:00:00-04:00', 1, 'CAD', 'in'], at: [8, -6832, 'CAD', '[CW]TELUS MOB'] },
  { mapping: 'bmo-credit', file: 'bank-bmo/bmo-credit-deg.csv', count: 3, first: ['2023-05-11T00:00:00-04:00', -327, 'CAD', 'out'], at: [6, -600, 'CAD', 'T&T SUPERMARKET #026 SURREY BC'] },
  { mapping: 'abc-debit', file: 'bank-abc/abc-debit-deg.csv', count: 5, first: ['2024-01-01T12:34:56+08:00', 1000000, 'CNY', 'in'], at: [4, -1234589, 'CNY', '12341234123412341'], balance: 1100000 },
  { mapping: 'boc-debit', file: 'bank-boc/boc-debit-deg.csv', count: 17, first: ['2025-08-22T17:57:17+08:00', -7189, 'CNY', 'out'], at: [10, -260000, 'CNY', '上海十企业管理顾问有限公司'], balance: 324028 },
  { mapping: 'boc-credit', file: 'bank-boc/boc-credit-deg.csv', count: 14, first: ['2024-12-13T00:00:00+08:00', -5000, 'CNY', 'out'], at: [16, -372, 'USD', 'MICROSOFT*XBOXJPN'] },
  { mapping: 'cgb-credit', file: 'bank-cgb/cgb-credit-deg.csv', count: 4, first: ['2025-01-05T00:00:00+08:00', -1590, 'CNY', 'out'], at: [5, 113068, 'CNY', '（还款）云闪付 银联入账-张三'] },
  { mapping: 'icbc-credit', file: 'bank-icbc/icbc-credit-deg.csv', count: 9, first: ['2023-04-22T00:00:00+08:00', -1, 'CNY', 'out'], at: [13, 462101, 'CNY', 'XX分行银行卡中心'], balance: -608611 },
  { mapping: 'icbc-debit', file: 'bank-icbc/icbc-debit-v1-deg.csv', count: 11, first: ['2023-05-02T00:00:00+08:00', -1340, 'CNY', 'out'], at: [10, 123456, 'CNY', '李四'] },
  { mapping: 'icbc-debit', file: 'bank-icbc/icbc-debit-v2-deg.csv', count: 11, first: ['2023-05-02T00:00:00+08:00', -1340, 'CNY', 'out'], at: [14, 34158, 'CNY', '支付宝（中国）网络技术有限公司'] },
];

describe.skipIf(!havePeers)('peer bank exports with a mapping profile', () => {
  it.each(CASES)('$file with the mapping $mapping', async (c) => {
    const [f] = await importBytes(path.basename(c.file), readFileSync(path.join(PEERS, c.file)), { mapping: profile(c.mapping), zone: 'UTC' });
    expect(f!.importer).toBe('generic');
    expect(f!.issues).toEqual([]);
    expect(f!.rows).toBe(c.count);
    expect(f!.transactions).toHaveLength(c.count);
    const t0 = f!.transactions[0]!;
    expect([t0.occurredAt, t0.amountMinor, t0.currency, t0.direction]).toEqual(c.first);
    if (c.balance !== undefined) expect(t0.balanceMinor).toBe(c.balance);
    if (c.at) {
      const t = f!.transactions.find((x) => x.source.line === c.at![0]);
      expect(t && [t.amountMinor, t.currency, t.counterparty]).toEqual(c.at.slice(1));
    }
    for (const t of f!.transactions) {
      expect(Number.isSafeInteger(t.amountMinor)).toBe(true);
      expect(t.direction).toBe(t.amountMinor < 0 ? 'out' : t.amountMinor > 0 ? 'in' : 'neutral');
    }
  });

  it('gives every example profile a peer file that it imports', () => {
    const used = new Set(CASES.map((c) => c.mapping));
    const all = readdirSync(MAPPINGS).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(all.filter((m) => !used.has(m))).toEqual([]);
  });
});

const bankFiles = havePeers
  ? readdirSync(PEERS).filter((d) => d.startsWith('bank-')).flatMap((d) => readdirSync(path.join(PEERS, d)).map((f) => path.join(d, f)))
  : [];

describe.skipIf(!havePeers)('peer bank exports without a mapping', () => {
  it('covers CSV and legacy .xls files', () => {
    expect(bankFiles.some((f) => f.endsWith('.csv'))).toBe(true);
    expect(bankFiles.some((f) => f.endsWith('.xls'))).toBe(true);
  });

  it.each(bankFiles)('%s is rejected with one clear ImportError naming the file', async (file) => {
    const name = path.basename(file);
    const err = await importBytes(name, readFileSync(path.join(PEERS, file))).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    const e = err as ImportError;
    expect(e.fileName).toBe(name);
    expect(e.message.startsWith(`${name}: `)).toBe(true);
    expect(e.message).toMatch(file.endsWith('.xls') ? /legacy Excel workbook \(\.xls\).*save it as CSV or XLSX/ : /mapping profile/);
  });
});
