import '../data/env';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { WalletDb } from '../../../renderer/src/db/database';
import { SCHEMA, TABLES, type SchemaVersion } from '../../../renderer/src/db/schema';

let n = 0;
const name = (): string => `migrate-${++n}`;
/** The first shipped version alone: these tests migrate from it to a made-up next version. */
const V1 = SCHEMA.filter((v) => v.version === 1);

/** The next version as the appeal-case work will add it: new tables, plus a change to existing rows. */
const V2: SchemaVersion = {
  version: 2,
  stores: { cases: 'id, status', contacts: 'id, caseId, at', attachments: 'id, caseId, sha256' },
  upgrade: (tx) =>
    tx
      .table('marks')
      .toCollection()
      .modify((m: { note: string; noteLength?: number }) => {
        m.noteLength = m.note.length;
      }),
};

async function seedV1(dbName: string): Promise<void> {
  const v1 = new WalletDb(dbName, V1);
  await v1.marks.bulkAdd([
    { transactionId: 't1', verdict: 'not-mine', note: 'stolen card', updatedAt: '2024-05-01T00:00:00Z' },
    { transactionId: 't2', verdict: 'mine', note: '', updatedAt: '2024-05-02T00:00:00Z' },
  ]);
  await v1.settings.put({ key: 'settings', value: { rules: {}, mappings: [] } });
  v1.close();
}

describe('schema', () => {
  it('opens at the latest version with every table the app uses', async () => {
    const db = new WalletDb(name());
    await db.open();
    expect(db.verno).toBe(SCHEMA.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort());
    db.close();
  });

  it('migrates v1 → v2: data kept, upgrader applied, new tables usable', async () => {
    const dbName = name();
    await seedV1(dbName);
    const db = new WalletDb(dbName, [...V1, V2]);
    await db.open();
    expect(db.verno).toBe(2);
    const marks = await db.marks.orderBy('transactionId').toArray();
    expect(marks).toEqual([
      expect.objectContaining({ transactionId: 't1', note: 'stolen card', noteLength: 11 }),
      expect.objectContaining({ transactionId: 't2', noteLength: 0 }),
    ]);
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', value: { rules: {}, mappings: [] } });
    await db.table('cases').add({ id: 'c1', status: 'open' });
    expect(await db.table('cases').count()).toBe(1);
    db.close();
  });

  it('a failing upgrader leaves the database at v1 with its data intact', async () => {
    const dbName = name();
    await seedV1(dbName);
    const broken: SchemaVersion = {
      ...V2,
      upgrade: async (tx) => {
        await tx.table('marks').toCollection().modify((m: { note: string }) => (m.note = 'CHANGED'));
        throw new Error('upgrade bug');
      },
    };
    const db = new WalletDb(dbName, [...V1, broken]);
    await expect(db.open()).rejects.toThrow(/upgrade bug/);
    db.close();
    // The raw version on disk is still v1 (Dexie stores version × 10).
    const raw = new Dexie(dbName);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(raw.tables.map((t) => t.name)).not.toContain('cases');
    raw.close();
    const again = new WalletDb(dbName, V1);
    expect((await again.marks.toArray()).map((m) => m.note).sort()).toEqual(['', 'stolen card']);
    again.close();
  });
});
