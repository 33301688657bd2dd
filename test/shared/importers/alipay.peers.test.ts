// Conformance over real Alipay exports collected by other projects (read in place, never copied here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../shared/importing/import-file';
import { countProblems, declaredCountIn, PEERS_ABSENT, PEERS_ABSENT_NOTE, peerFiles, saneChinese } from './china/fixtures';

const LAYOUTS: Record<string, string> = {
  'alipay-web-2019-16col.gbk.csv': 'web-2019',
  'alipay-app-2021-receipt.gbk.csv': 'app-2021',
  'alipay-app-2023.gbk.csv': 'app-2023',
};

describe.skipIf(PEERS_ABSENT)('alipay peer samples', () => {
  const files = peerFiles('alipay');

  it('has the three layouts to check', () => {
    expect(files.map((f) => path.basename(f)).sort()).toEqual(Object.keys(LAYOUTS).sort());
  });

  it.each(files)('%s imports with sane values and an honest count', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const [f] = await importBytes(path.basename(file), bytes);
    expect(f!.importer).toBe('alipay');
    expect(f!.layout).toBe(LAYOUTS[path.basename(file)]);
    expect(f!.encoding).toBe('gb18030');
    expect(f!.transactions.length).toBeGreaterThan(0);
    expect(saneChinese(f!)).toEqual([]);
    expect(f!.accountId).not.toBe('alipay');

    const declared = declaredCountIn(new TextDecoder('gb18030').decode(bytes));
    expect(declared).toBeDefined();
    expect(countProblems(f!, declared)).toEqual([]);
  });

  it('links web refunds to their originals and reads the web amounts exactly', async () => {
    const file = files.find((f) => f.endsWith('alipay-web-2019-16col.gbk.csv'))!;
    const [f] = await importBytes('web.csv', new Uint8Array(readFileSync(file)));
    const byId = new Map(f!.transactions.map((t) => [t.externalId, t]));
    expect(f!.issues.map((i) => i.code)).toEqual(['duplicate-id']); // the sample repeats 123456
    expect(byId.get('987654_321')).toMatchObject({ amountMinor: 272542, direction: 'neutral', status: 'refunded', relatedId: 'alipay:987654' });
    expect(byId.get('987654')).toMatchObject({ amountMinor: -300000, direction: 'out', status: 'completed' });
    expect(byId.get('202011_133899')).toMatchObject({ relatedId: 'alipay:202011', status: 'refunded' });
    expect(byId.get('202011')).toMatchObject({ amountMinor: -8300, status: 'closed' });
    expect(f!.accountId).toBe('faker@faker.com');
  });

  it('reads the 2023 statuses and the 不计收支 refund of the app export', async () => {
    const file = files.find((f) => f.endsWith('alipay-app-2023.gbk.csv'))!;
    const [f] = await importBytes('app.csv', new Uint8Array(readFileSync(file)));
    const byId = new Map(f!.transactions.map((t) => [t.externalId, t]));
    expect(byId.get('2xxxxxxxxxxxxxx0')).toMatchObject({ status: 'pending', amountMinor: -2000, counterpartyAccount: 'rim***@qq.com' });
    expect(byId.get('2023xxxxx88_2023xx57')).toMatchObject({ status: 'refunded', direction: 'neutral', relatedId: 'alipay:2023xxxxx88' });
    expect(byId.get('2xxxxxxxxxxxxxxxxxxxxxxxxx9')).toMatchObject({ amountMinor: 22222850, direction: 'in', category: '转账红包' });
    expect(byId.get('202302xxxxxx0011000103xxxxxx')!.counterpartyAccount).toBeUndefined(); // '/' means none
  });
});

describe.runIf(PEERS_ABSENT)('alipay peer samples', () => {
  it.skip(PEERS_ABSENT_NOTE, () => undefined);
});
