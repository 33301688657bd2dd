import '../data/env';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../renderer/src/data/api';
import { gatherEvidence } from '../../../renderer/src/evidence/gather';
import { defaultSelection } from '../../../renderer/src/evidence/selection';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { makePng } from '../case/png';
import { newCaseApi, sampleCase } from '../case/render-case';

const record = (sha: string, name: string, parts?: ImportRecord[]): ImportRecord => ({
  id: name, fileSha256: sha, name, size: 1, importer: 'revolut', layout: 'x', encoding: 'utf-8', accountId: 'main', importedAt: 'x',
  rows: 1, added: 1, duplicates: 0, issues: [], ...(parts ? { parts } : {}),
});

async function setup(count: number) {
  const day = (i: number) => `2024-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+00:00`;
  const transactions = Array.from({ length: count }, (_, i) =>
    tx(i, { id: `revolut:t${i}`, occurredAt: day(i), source: { fileSha256: i % 2 ? 'aa'.repeat(32) : 'bb'.repeat(32), line: i + 2, raw: [] } }),
  );
  const data = new FakeDataApi({ transactions });
  const stored: Record<string, Uint8Array> = { ['aa'.repeat(32)]: new Uint8Array([1, 2, 3]) };
  Object.assign(data, {
    imports: [record('cc'.repeat(32), 'archive.zip', [record('aa'.repeat(32), 'odd.csv'), record('bb'.repeat(32), 'even.csv')])],
    getOriginal: async (sha: string) => (stored[sha] ? new Blob([stored[sha]! as Uint8Array<ArrayBuffer>]) : undefined),
  });
  await data.setMark('revolut:t1', 'not-mine', 'x');
  const cases = newCaseApi();
  await cases.saveCase(sampleCase({ accountId: 'main', restrictedOn: '2024-03-31' }));
  const a = await cases.addAttachment('case-1', { name: 'a.png', kind: 'screenshot', bytes: makePng(4, 4) });
  await cases.addAttachment('case-1', { name: 'b.png', kind: 'screenshot', bytes: makePng(5, 5) });
  const c = (await cases.getCase('case-1'))!;
  return { data, cases, c, firstAttachment: a.ok ? a.attachment.id : '' };
}

describe('gathering the evidence', () => {
  it('pages through a whole period, names originals from archive parts, reports the missing ones and loads only chosen attachments', async () => {
    const { data, cases, c, firstAttachment } = await setup(4500);
    const sel = { ...defaultSelection(c, { uiLang: 'en', today: '2024-04-01', desktop: false }), allInPeriod: true, attachmentIds: [firstAttachment] };
    const steps: number[] = [];
    const { input, missingOriginals } = await gatherEvidence(c, sel, { data, cases }, { today: '2024-04-01', onProgress: (f) => steps.push(f) });
    expect(input.transactions).toHaveLength(4500);
    expect(data.queries.map((q) => [q.offset, q.limit])).toEqual([[0, 2000], [2000, 2000], [4000, 2000]]);
    expect(input.originals).toEqual([{ name: 'odd.csv', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(missingOriginals).toEqual(['even.csv']);
    expect(input.attachments?.map((a) => [a.meta.name, a.bytes])).toEqual([['a.png', makePng(4, 4)]]);
    expect(input.case?.attachments.map((a) => a.name)).toEqual(['a.png']);
    expect(input.marks).toEqual([{ transactionId: 'revolut:t1', verdict: 'not-mine', note: 'x' }]);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
  });
});
