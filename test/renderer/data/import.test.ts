import './env';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../../renderer/src/data/errors';
import { csvFile, freshApi, revolutCsv, row, rows, tableCounts } from './helpers';

let api: ReturnType<typeof freshApi>;
afterEach(() => api?.close());

describe('preview', () => {
  it('detects provider, layout and encoding, counts rows and shows the first rows', async () => {
    api = freshApi();
    const progress: number[] = [];
    const p = await api.preview(csvFile('jan.csv', revolutCsv(rows(0, 30))), {}, (f) => progress.push(f));
    expect(p).toMatchObject({ name: 'jan.csv', importer: 'revolut', layout: 'statement-2021', encoding: 'utf-8', rows: 30, newCount: 30, duplicateCount: 0, alreadyImported: false });
    expect(p.sample).toHaveLength(20);
    expect(p.sample[0]).toMatchObject({ counterparty: 'Coffee Bar', amountMinor: -125, currency: 'EUR', occurredAt: expect.stringMatching(/^2024-01-01T00:00:00/) });
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('lists per-row issues with their line numbers', async () => {
    api = freshApi();
    const good = rows(0, 3);
    const csv = revolutCsv([...good, { day: 5, payee: 'Broken', amount: 'abc' }]);
    const p = await api.preview(csvFile('bad-row.csv', csv), {});
    expect(p.newCount).toBe(3);
    expect(p.issues).toEqual([expect.objectContaining({ line: 5, code: 'bad-amount' })]);
    expect(p.issueCount).toBe(1);
  });

  it('names the file and the problem for a file that is not an export, and stores nothing', async () => {
    api = freshApi();
    const before = await tableCounts(api.db);
    const err = await api.preview(csvFile('notes.csv', 'just,some\nwords,here\n'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).kind).toBe('unknown-layout');
    expect((err as DataError).message).toMatch(/^notes\.csv: no header row/);
    const pdf = await api.preview(csvFile('statement.csv', '%PDF-1.7\n...'), {}).catch((e: unknown) => e);
    expect((pdf as DataError).kind).toBe('invalid-file');
    expect((pdf as DataError).message).toContain('PDF');
    expect(await tableCounts(api.db)).toEqual(before);
  });

  it('refuses an empty file with a clear message', async () => {
    api = freshApi();
    await expect(api.preview(csvFile('empty.csv', ''), {})).rejects.toMatchObject({ kind: 'invalid-file', message: 'empty.csv: the file is empty' });
  });

  it('headOnly reads only the start of a big file and cannot be committed', async () => {
    api = freshApi();
    const p = await api.preview(csvFile('big.csv', revolutCsv(rows(0, 6000))), { headOnly: true });
    expect(p.partial).toBe(true);
    expect(p.rows).toBeGreaterThan(100);
    expect(p.rows).toBeLessThan(6000);
    await expect(api.commit(p.key)).rejects.toMatchObject({ kind: 'no-preview' });
  });

  it('peek returns the first records as cells with their lines', async () => {
    api = freshApi();
    const r = await api.peek!(csvFile('x.csv', 'Title line\n\nDate;Amount\n2024-01-01;1,50\n'), {});
    expect(r.encoding).toBe('utf-8');
    expect(r.rows.map((x) => x.line)).toEqual([1, 3, 4]);
  });
});

describe('commit', () => {
  it('stores every transaction, the import record and the original bytes', async () => {
    api = freshApi();
    const text = revolutCsv(rows(0, 2500));
    const p = await api.preview(csvFile('q1.csv', text), { accountId: 'Revolut EUR' });
    const rec = await api.commit(p.key);
    expect(rec).toMatchObject({ name: 'q1.csv', importer: 'revolut', rows: 2500, added: 2500, duplicates: 0, accountId: 'Revolut EUR', findings: 5 });
    const pages = await api.db.txPages.toArray();
    expect(pages.reduce((n, p) => n + p.count, 0)).toBe(2500);
    expect(await api.db.txCols.count()).toBe(3);
    const page = await api.queryTransactions({}, 0, 5);
    expect(page.total).toBe(2500);
    expect(page.rows[0]!.accountId).toBe('Revolut EUR');
    expect(await (await api.getOriginal(rec.fileSha256))!.text()).toBe(text);
    expect((await api.listImports()).map((r) => r.name)).toEqual(['q1.csv']);
    expect(await api.listAccounts()).toEqual([{ accountId: 'Revolut EUR', provider: 'revolut', count: 2500, currencies: ['EUR'], first: '2024-01-01', last: '2024-04-14' }]);
  });

  it('says 0 new for the same file again and refuses to store it twice', async () => {
    api = freshApi();
    const file = csvFile('jan.csv', revolutCsv(rows(0, 40)));
    await api.commit((await api.preview(file, {})).key);
    const again = await api.preview(file, {});
    expect(again).toMatchObject({ alreadyImported: true, newCount: 0, duplicateCount: 40 });
    expect(again.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const before = await tableCounts(api.db);
    await expect(api.commit(again.key)).rejects.toMatchObject({ kind: 'already-imported', message: expect.stringContaining('already imported on') });
    expect(await tableCounts(api.db)).toEqual(before);
  });

  it('adds only the new transactions of an overlapping statement', async () => {
    api = freshApi();
    await api.commit((await api.preview(csvFile('jan-mar.csv', revolutCsv(rows(0, 300))), {})).key);
    const p = await api.preview(csvFile('feb-apr.csv', revolutCsv(rows(200, 450))), {});
    expect(p).toMatchObject({ newCount: 150, duplicateCount: 100, alreadyImported: false });
    const rec = await api.commit(p.key);
    expect(rec).toMatchObject({ added: 150, duplicates: 100 });
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(450);
  });

  it('re-checks duplicates when another import landed after the preview', async () => {
    api = freshApi();
    const a = await api.preview(csvFile('a.csv', revolutCsv(rows(0, 100))), {});
    const b = await api.preview(csvFile('b.csv', revolutCsv(rows(50, 120))), {});
    expect(b.newCount).toBe(70);
    await api.commit(a.key);
    const rec = await api.commit(b.key);
    expect(rec).toMatchObject({ added: 20, duplicates: 50 });
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(120);
  });

  it('is all or nothing: a failure half-way leaves every table unchanged', async () => {
    api = freshApi();
    await api.commit((await api.preview(csvFile('first.csv', revolutCsv(rows(0, 10))), {})).key);
    const before = await tableCounts(api.db);
    const p = await api.preview(csvFile('second.csv', revolutCsv(rows(10, 1500))), {});
    // Pages, import record and original bytes are written before the columns: fail there.
    const spy = vi.spyOn(api.db.txCols, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(api.commit(p.key)).rejects.toMatchObject({ kind: 'internal' });
    spy.mockRestore();
    expect(await tableCounts(api.db)).toEqual(before);
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(10);
    // The preview is still held, so the user can simply try again.
    expect(await api.commit(p.key)).toMatchObject({ added: 1490 });
  });

  it('turns a full disk into a clear message and writes nothing', async () => {
    api = freshApi();
    const before = await tableCounts(api.db);
    const p = await api.preview(csvFile('q.csv', revolutCsv(rows(0, 50))), {});
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
    const spy = vi.spyOn(api.db.txPages, 'bulkAdd').mockRejectedValueOnce(quota);
    const err = (await api.commit(p.key).catch((e: unknown) => e)) as DataError;
    spy.mockRestore();
    expect(err.kind).toBe('quota');
    expect(err.message).toMatch(/not enough storage space.*Nothing was saved/i);
    expect(await tableCounts(api.db)).toEqual(before);
  });

  it('keeps two identical rows of one file as two transactions', async () => {
    api = freshApi();
    const same = { ...row(0), payee: 'Coffee Bar', amount: '-3.20' };
    const p = await api.preview(csvFile('twins.csv', revolutCsv([same, same, row(1)])), {});
    expect(p.newCount).toBe(3);
    await api.commit(p.key);
    expect((await api.queryTransactions({ counterparty: 'coffee bar' }, 0, 10)).total).toBe(2);
  });
});

describe('undo', () => {
  it('removes exactly the last import, then the one before', async () => {
    api = freshApi();
    await api.commit((await api.preview(csvFile('a.csv', revolutCsv(rows(0, 100))), { accountId: 'A' })).key);
    await api.commit((await api.preview(csvFile('b.csv', revolutCsv(rows(100, 130))), { accountId: 'B' })).key);
    const undone = await api.undoLastImport();
    expect(undone).toMatchObject({ name: 'b.csv', added: 30 });
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(100);
    expect((await api.listAccounts()).map((a) => a.accountId)).toEqual(['A']);
    expect(await api.db.originals.count()).toBe(1);
    // The same file can be imported again after an undo.
    expect((await api.preview(csvFile('b.csv', revolutCsv(rows(100, 130))), {})).newCount).toBe(30);
    expect(await api.undoLastImport()).toMatchObject({ name: 'a.csv' });
    expect(await tableCounts(api.db)).toMatchObject({ imports: 0, txPages: 0, txCols: 0, originals: 0, accounts: 0 });
    expect(await api.undoLastImport()).toBeUndefined();
  });
});
