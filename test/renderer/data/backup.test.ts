import './env';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Decrypter } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalDataApi } from '../../../renderer/src/data/local';
import type { DataError } from '../../../renderer/src/data/errors';
import { csvFile, freshApi, payeeRules, revolutCsv, rows, tableCounts } from './helpers';

let api: ReturnType<typeof freshApi>;
const PASSPHRASE = 'orbit lantern pepper sky';
afterEach(() => api?.close());

async function snapshot(a: ReturnType<typeof freshApi>) {
  const all = await a.queryTransactions({ sort: { key: 'amountMinor', dir: 'asc' } }, 0, 10_000);
  const imports = await a.listImports();
  // `meta` is bookkeeping (store generation, the note a backup leaves), not user data.
  const { meta: _meta, ...counts } = await tableCounts(a.db);
  return {
    counts,
    total: all.total,
    ids: all.rows.map((t) => t.id),
    rows: all.rows,
    imports,
    marks: await a.getMarks(),
    settings: await a.getSettings(),
    findings: await a.listFindings(),
    original: new Uint8Array(await (await a.getOriginal(imports[0]!.fileSha256))!.arrayBuffer()),
  };
}

async function seed(a: ReturnType<typeof freshApi>): Promise<void> {
  await a.commit((await a.preview(csvFile('a.csv', revolutCsv(rows(0, 1200))), { accountId: 'A' })).key);
  await a.commit((await a.preview(csvFile('b.csv', revolutCsv(rows(1100, 1300))), { accountId: 'B' })).key);
  const some = (await a.queryTransactions({}, 0, 2)).rows;
  await a.setMark(some[0]!.id, 'not-mine', 'I was asleep');
  await a.setMark(some[1]!.id, 'mine', '');
  await a.saveSettings({ language: 'zh-CN', rules: { disabled: ['odd-hours'] }, mappings: [{ name: 'My bank', columns: { date: 'Date', amount: 'Amount' } }] });
  await a.rerunRules();
}

/** What a backup gives when restored into a fresh database (another computer). */
async function restoredElsewhere(file: Blob, opts: { passphrase?: string } = {}) {
  const other = freshApi();
  try {
    await other.restore(file, opts);
    return await snapshot(other);
  } finally {
    other.close();
  }
}

describe('backup and restore', () => {
  it('backup → delete all → restore gives the same data', async () => {
    api = freshApi();
    await seed(api);
    const before = await snapshot(api);
    expect(before.findings.length).toBeGreaterThan(0);
    const file = await api.backup();
    const head = JSON.parse(await file.text()) as { formatName: string; data: { databaseVersion: number } };
    expect(head.formatName).toBe('dexie');
    expect(head.data.databaseVersion).toBe(api.db.verno);

    await api.deleteAll();
    expect(await tableCounts(api.db)).toEqual({ ...Object.fromEntries(Object.keys(before.counts).map((k) => [k, 0])), meta: 1 });
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(0);

    await api.restore(file);
    const after = await snapshot(api);
    expect(after).toEqual(before);
  });

  it('restores into a fresh database (another computer)', async () => {
    api = freshApi();
    await seed(api);
    const before = await snapshot(api);
    const file = await api.backup();
    expect(await restoredElsewhere(file)).toEqual(before);
  });

  it('an encrypted backup is a real age file and restores elsewhere with its passphrase', async () => {
    api = freshApi();
    await seed(api);
    const before = await snapshot(api);
    const file = await api.backup({ passphrase: PASSPHRASE });
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    // Nothing of the data shows through: not the accounts, not a counterparty.
    expect(new TextDecoder().decode(bytes)).not.toMatch(/formatName|"accountId"/);
    // Any age implementation opens it with the passphrase (here the library itself, used independently).
    const d = new Decrypter();
    d.addPassphrase(PASSPHRASE);
    expect((JSON.parse(await d.decrypt(bytes, 'text')) as { formatName: string }).formatName).toBe('dexie');

    expect(await restoredElsewhere(file, { passphrase: PASSPHRASE })).toEqual(before);
  });

  // The age tool reads a passphrase only from a terminal; `script` gives it one. CI installs `age`.
  const haveAgeTool = spawnSync('age', ['--version']).status === 0 && spawnSync('script', ['--version']).status === 0;
  const ageTitle = 'the age command-line tool opens an encrypted backup with its passphrase';
  it.skipIf(!haveAgeTool)(haveAgeTool ? ageTitle : `${ageTitle} — skipped: \`age\` or \`script\` is not installed`, async () => {
    api = freshApi();
    await seed(api);
    const dir = mkdtempSync(path.join(tmpdir(), 'wa-age-'));
    try {
      const file = path.join(dir, 'backup.json.age');
      writeFileSync(file, new Uint8Array(await (await api.backup({ passphrase: PASSPHRASE })).arrayBuffer()));
      const out = path.join(dir, 'backup.json');
      const code = await new Promise<number | null>((resolve) => {
        const p = spawn('script', ['-qec', `age -d -o '${out}' '${file}'`, '/dev/null']);
        let said = '';
        p.stdout.on('data', (d: Buffer) => {
          said += d.toString();
          // Typed once age asks, so its switch to no-echo cannot discard it.
          if (/passphrase/i.test(said) && !p.stdin.writableEnded) p.stdin.end(`${PASSPHRASE}\n`);
        });
        p.on('close', resolve);
      });
      expect(code).toBe(0);
      const json = JSON.parse(readFileSync(out, 'utf8')) as { formatName: string; data: { databaseVersion: number } };
      expect(json.formatName).toBe('dexie');
      expect(json.data.databaseVersion).toBe(api.db.verno);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('an encrypted backup without its passphrase, with a wrong one, or damaged, changes nothing', async () => {
    api = freshApi();
    await seed(api);
    const before = await snapshot(api);
    const bytes = new Uint8Array(await (await api.backup({ passphrase: PASSPHRASE })).arrayBuffer());
    const attempt = (data: Uint8Array<ArrayBuffer>, passphrase?: string) =>
      api.restore(new Blob([data]), passphrase === undefined ? {} : { passphrase }).then(() => undefined, (e: unknown) => e as DataError);

    expect(await attempt(bytes)).toMatchObject({ kind: 'password', message: expect.stringMatching(/enter it to restore/) });
    expect(await attempt(bytes, 'not the passphrase')).toMatchObject({ kind: 'password', wrongPassword: true });
    const flipped = bytes.slice();
    flipped[flipped.length - 100]! ^= 1;
    expect(await attempt(flipped, PASSPHRASE)).toMatchObject({ kind: 'invalid-backup', message: expect.stringMatching(/damaged/) });
    expect(await attempt(bytes.subarray(0, bytes.length - 10), PASSPHRASE)).toMatchObject({ kind: 'invalid-backup' });
    expect(await snapshot(api)).toEqual(before);
  });

  it('a file that is not a backup is refused and nothing changes', async () => {
    api = freshApi();
    await seed(api);
    const before = await snapshot(api);
    for (const bad of ['not json at all', JSON.stringify({ formatName: 'other' }), JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 99, tables: [], data: [] } })]) {
      const err = (await api.restore(new Blob([bad])).catch((e: unknown) => e)) as DataError;
      expect(err.kind).toBe('invalid-backup');
      expect(err.message).toMatch(/Your data was not changed/);
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it('a backup that breaks half-way through restoring leaves the data as it was', async () => {
    api = freshApi();
    await seed(api);
    const good = JSON.parse(await (await api.backup()).text()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    // Same page id twice: the second add fails after other tables were already cleared and refilled.
    const pages = good.data.data.find((t) => t.tableName === 'txPages')!;
    pages.rows.push(pages.rows[0]);
    const other = createLocalDataApi({ dbName: `${api.db.name}-x`, runRules: payeeRules });
    try {
      await seed(other);
      const before = await snapshot(other);
      await expect(other.restore(new Blob([JSON.stringify(good)]))).rejects.toBeTruthy();
      expect(await snapshot(other)).toEqual(before);
    } finally {
      other.close();
    }
  });
});

describe('marks and settings', () => {
  it('persist across a reopen of the database', async () => {
    api = freshApi();
    await seed(api);
    const id = (await api.queryTransactions({}, 0, 1)).rows[0]!.id;
    const name = api.db.name;
    api.close();
    api = createLocalDataApi({ dbName: name, runRules: payeeRules }) as typeof api;
    expect(await api.getMarks([id])).toEqual([expect.objectContaining({ transactionId: id, verdict: 'not-mine', note: 'I was asleep' })]);
    expect((await api.getSettings()).mappings[0]!.name).toBe('My bank');
    await api.setMark(id, undefined, '');
    expect(await api.getMarks([id])).toEqual([]);
    expect(await api.getMarks()).toHaveLength(1);
  });

  it('notifies subscribers when data changes', async () => {
    api = freshApi();
    let calls = 0;
    const off = api.subscribe(() => calls++);
    await api.commit((await api.preview(csvFile('a.csv', revolutCsv(rows(0, 5))), {})).key);
    await api.setMark('x', 'unsure', '');
    await api.undoLastImport();
    off();
    await api.setMark('y', 'unsure', '');
    expect(calls).toBe(3);
  });
});

describe('rules', () => {
  it('runs over the whole stored history and stores the findings', async () => {
    api = freshApi();
    await api.commit((await api.preview(csvFile('a.csv', revolutCsv(rows(0, 50))), {})).key);
    const findings = await api.rerunRules();
    expect(findings.map((f) => f.data.payee).sort()).toEqual(['Books & Co', 'Coffee Bar', 'Grocer', 'Rail', '咖啡馆']);
    expect((await api.listFindings()).map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
    await api.undoLastImport();
    expect(await api.rerunRules()).toEqual([]);
    expect(await api.listFindings()).toEqual([]);
  });
});
