// Conformance over the real JD 京东 export collected by another project (read in place, never copied here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../shared/importing/import-file';
import { countProblems, declaredCountIn, PEERS_ABSENT, PEERS_ABSENT_NOTE, peerFiles, saneChinese } from './china/fixtures';

describe.skipIf(PEERS_ABSENT)('jd peer samples', () => {
  const files = peerFiles('jd');

  it('has a sample to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports with sane values and an honest count', async (file) => {
    const [f] = await importBytes(path.basename(file), new Uint8Array(readFileSync(file)));
    expect([f!.importer, f!.encoding, f!.accountId]).toEqual(['jd', 'utf-8', 'jd_55370d18d5bb4']);
    expect(saneChinese(f!)).toEqual([]);
    const declared = declaredCountIn(readFileSync(file, 'utf8'));
    expect(declared).toBe(26);
    expect(countProblems(f!, declared)).toEqual([]);
    // The sample repeats one anonymised order number, so most rows are duplicates; none may fail to parse.
    expect(f!.issues.filter((i) => i.code !== 'duplicate-id')).toEqual([]);
    expect(f!.transactions.map((t) => [t.externalId, t.amountMinor, t.method])).toEqual([
      ['JDX100000011234', -1020, '钱包余额'],
      ['100000011234', -6090, '中国银行信用卡(1875)'],
    ]);
  });
});

describe.runIf(PEERS_ABSENT)('jd peer samples', () => {
  it.skip(PEERS_ABSENT_NOTE, () => undefined);
});
