import '../data/env';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { WalletDb } from '../../../renderer/src/db/database';
import { SCHEMA } from '../../../renderer/src/db/schema';

let n = 0;
const name = (): string => `case-migrate-${++n}`;
const V1 = SCHEMA.filter((v) => v.version === 1);

describe('schema version 2: appeal-case tables', () => {
  it('upgrades a v1 database without touching its rows and adds cases, contacts and attachments', async () => {
    const dbName = name();
    const v1 = new WalletDb(dbName, V1);
    await v1.marks.add({ transactionId: 't1', verdict: 'not-mine', note: 'not me', updatedAt: '2024-05-01T00:00:00Z' });
    await v1.originals.add({ fileSha256: 'ab'.repeat(32), name: 'statement.csv', data: new Blob([new Uint8Array([1, 2, 3])]) });
    v1.close();

    const db = new WalletDb(dbName, SCHEMA.filter((v) => v.version <= 2));
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.marks.get('t1')).toMatchObject({ verdict: 'not-mine', note: 'not me' });
    const original = await db.originals.get('ab'.repeat(32));
    expect(new Uint8Array(await original!.data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));

    await db.table('cases').add({ id: 'c1', updatedAt: '2024-05-02T00:00:00Z' });
    await db.table('contacts').bulkAdd([
      { id: 'k1', caseId: 'c1', followUpOn: '2024-05-03' },
      { id: 'k2', caseId: 'c1' },
    ]);
    await db.table('attachments').add({ id: 'a1', caseId: 'c1', sha256: 'cd'.repeat(32), blob: new Blob([new Uint8Array([9, 8, 7])]) });
    // The indexes the case store queries by.
    expect((await db.table('contacts').where('caseId').equals('c1').toArray()).map((c) => c.id).sort()).toEqual(['k1', 'k2']);
    expect((await db.table('contacts').where('followUpOn').belowOrEqual('2024-05-03').toArray()).map((c) => c.id)).toEqual(['k1']);
    const stored = await db.table('attachments').where('sha256').equals('cd'.repeat(32)).first();
    expect(new Uint8Array(await (stored.blob as Blob).arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
    db.close();

    // On disk the database is now version 2 (Dexie stores version × 10).
    const raw = new Dexie(dbName);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['attachments', 'cases', 'contacts']));
    raw.close();
  });
});
