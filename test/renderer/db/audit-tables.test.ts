import '../data/env';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { WalletDb } from '../../../renderer/src/db/database';
import { SCHEMA } from '../../../renderer/src/db/schema';

let n = 0;
const name = (): string => `audit-migrate-${++n}`;
const V2 = SCHEMA.filter((v) => v.version <= 2);

describe('schema version 3: self-audit tables', () => {
  it('upgrades a v2 database without touching its rows and adds audits and auditState', async () => {
    const dbName = name();
    const v2 = new WalletDb(dbName, V2);
    await v2.marks.add({ transactionId: 't1', verdict: 'not-mine', note: 'not me', updatedAt: '2024-05-01T00:00:00Z' });
    await v2.table('cases').add({ id: 'c1', updatedAt: '2024-05-02T00:00:00Z' });
    v2.close();

    const db = new WalletDb(dbName);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.marks.get('t1')).toMatchObject({ verdict: 'not-mine', note: 'not me' });
    expect(await db.table('cases').get('c1')).toMatchObject({ updatedAt: '2024-05-02T00:00:00Z' });

    await db.table('audits').bulkAdd([
      { id: 'a1', completedAt: '2024-03-31' },
      { id: 'a2', completedAt: '2024-04-30' },
    ]);
    await db.table('auditState').put({ key: 'interval', value: 'quarterly' });
    // The index the store finds the latest audit by.
    expect((await db.table('audits').orderBy('completedAt').last())?.id).toBe('a2');
    expect(await db.table('auditState').get('interval')).toEqual({ key: 'interval', value: 'quarterly' });
    db.close();

    const raw = new Dexie(dbName);
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(raw.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['audits', 'auditState', 'cases']));
    raw.close();
  });

  it('a v1 database goes straight to v3', async () => {
    const dbName = name();
    const v1 = new WalletDb(dbName, SCHEMA.filter((v) => v.version === 1));
    await v1.settings.put({ key: 'settings', value: { rules: {}, mappings: [] } });
    v1.close();
    const db = new WalletDb(dbName);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', value: { rules: {}, mappings: [] } });
    expect(await db.table('audits').count()).toBe(0);
    db.close();
  });
});
