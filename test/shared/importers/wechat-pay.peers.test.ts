// Conformance over real WeChat Pay exports collected by other projects (read in place, never copied here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, type FileImport } from '../../../shared/importing/import-file';
import { ImportError } from '../../../shared/importing/errors';
import { countProblems, declaredCountIn, PEERS_ABSENT, PEERS_ABSENT_NOTE, peerFiles, saneChinese } from './china/fixtures';

async function importPeer(file: string): Promise<FileImport | string> {
  try {
    const [f] = await importBytes(path.basename(file), new Uint8Array(readFileSync(file)));
    return f!;
  } catch (e) {
    // The workbook reader is a separate part; until it reads sheets, say so instead of failing here.
    if (e instanceof ImportError && /not supported/i.test(e.reason)) return `workbook reading is not available yet: ${e.reason}`;
    throw e;
  }
}

describe.skipIf(PEERS_ABSENT)('wechat pay peer samples', () => {
  const files = peerFiles('wechat');

  it('has CSV and XLSX samples to check', () => {
    expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(2);
  });

  it.for(files)('%s imports with sane values and an honest count', async (file, ctx) => {
    const f = await importPeer(file);
    if (typeof f === 'string') return ctx.skip(f);
    expect(f.importer).toBe('wechat-pay');
    expect(f.transactions.length).toBeGreaterThan(0);
    expect(saneChinese(f)).toEqual([]);
    expect(f.accountId).not.toBe('wechat-pay');
    // CSV: the count is read from the text here; a workbook's count is only known to the importer.
    const declared = file.endsWith('.csv') ? declaredCountIn(readFileSync(file, 'utf8')) : undefined;
    if (file.endsWith('.csv')) expect(declared).toBeDefined();
    expect(countProblems(f, declared)).toEqual([]);
  });

  it('reads fees, neutral transfers and one-decimal amounts of the DEG sample', async () => {
    const f = await importPeer(files.find((x) => x.endsWith('wechat-csv-deg-latest.csv'))!);
    if (typeof f === 'string') throw new Error(f);
    const byId = new Map(f.transactions.map((t) => [t.externalId, t]));
    expect(byId.get('207210711100077147832088993175')).toMatchObject({ amountMinor: 100110, feeMinor: 100, direction: 'neutral', kind: '零钱提现' });
    expect(byId.get('4200000069201710299246843141')).toMatchObject({ amountMinor: 54858, direction: 'neutral', kind: '信用卡还款' });
    expect(byId.get('3985734')).toMatchObject({ amountMinor: -2816, method: '中国银行(1234)', occurredAt: '2019-09-26T12:45:27+08:00' });
    expect(byId.get('180000737623062310106004541373333333333333333')).toMatchObject({ amountMinor: 500, direction: 'in', kind: '其他' });
    expect(f.issues.filter((i) => i.code === 'unknown-type')).toEqual([]);
  });

  it('reads the re-saved 2020 sample: shortened times and the refund in 当前状态', async () => {
    const f = await importPeer(files.find((x) => x.endsWith('wechat-csv-trim21-2020-bom.csv'))!);
    if (typeof f === 'string') throw new Error(f);
    expect(f.transactions[0]).toMatchObject({ occurredAt: '2020-09-06T16:59:00+08:00', amountMinor: -2000 });
    expect(f.transactions.at(-1)).toMatchObject({ kind: '同程旅行-退款', amountMinor: 74200, direction: 'in', status: 'refunded' });
    expect(f.accountId).toBe('微');
  });
});

describe.runIf(PEERS_ABSENT)('wechat pay peer samples', () => {
  it.skip(PEERS_ABSENT_NOTE, () => undefined);
});
