// The raw baseline the paged store is compared with: the same transactions written to IndexedDB one
// record each (what a per-record bulkAdd does: one add request per row, in one transaction), and written
// as pages of 1,000 rows. Runs inside the page, on a database of its own.

/** Runs in the browser. Returns { perRecordMs, pagedMs, rows }. */
export function rawBaseline(rows) {
  const make = (i) => ({
    id: `revolut:h:${i.toString(16).padStart(32, '0')}`,
    provider: 'revolut',
    accountId: 'revolut',
    occurredAt: new Date(Date.UTC(2021, 0, 1) + i * 127000).toISOString(),
    amountMinor: -((i * 7919) % 25000) - 99,
    currency: 'EUR',
    counterparty: `Merchant ${i % 1990}`,
    description: `Merchant ${i % 1990}`,
    kind: 'CARD_PAYMENT',
    status: 'completed',
    direction: 'out',
    source: { fileSha256: 'f'.repeat(64), line: i + 2, raw: ['CARD_PAYMENT', 'Current', '2021-01-01 00:00:00', '2021-01-01 00:00:00', `Merchant ${i % 1990}`, '-1.00', '0.00', 'EUR', 'COMPLETED', ''] },
  });
  const all = Array.from({ length: rows }, (_, i) => make(i));
  const open = () =>
    new Promise((resolve, reject) => {
      const req = indexedDB.open('bench-raw-baseline', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('tx', { keyPath: 'id' }).createIndex('occurredAt', 'occurredAt');
        req.result.createObjectStore('pages', { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const write = (db, store, values) =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const v of values) os.add(v);
      tx.oncomplete = () => resolve(performance.now() - t0);
      tx.onerror = () => reject(tx.error);
    });
  return open().then(async (db) => {
    const perRecordMs = await write(db, 'tx', all);
    const pages = [];
    for (let i = 0; i < all.length; i += 1000) pages.push({ id: `p${i}`, rows: all.slice(i, i + 1000) });
    const pagedMs = await write(db, 'pages', pages);
    db.close();
    await new Promise((r) => {
      const del = indexedDB.deleteDatabase('bench-raw-baseline');
      del.onsuccess = del.onerror = del.onblocked = () => r(undefined);
    });
    return { rows, perRecordMs, pagedMs };
  });
}
