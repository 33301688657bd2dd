// An in-memory DataApi for component tests: the same contract as the IndexedDB store, simple enough to
// trust, and it records the queries it was asked so tests can check what the views requested.
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import type {
  AccountSummary, DataApi, ImportRecord, ReviewMark, ReviewVerdict, Settings, TxPage, TxQuery,
} from '../../../renderer/src/data/api';
import { DataError } from '../../../renderer/src/data/errors';
import type { BackupOptions } from '../../../renderer/src/data/store/backup-format';

/** The first line of an age file, which the app looks for to ask for a backup's passphrase. */
const FAKE_AGE_MAGIC = 'age-encryption.org/v1\n';

export function tx(i: number, over: Partial<Transaction> = {}): Transaction {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    id: `revolut:t${i}`,
    provider: 'revolut',
    accountId: 'main',
    occurredAt: `2024-03-${day}T10:${String(i % 60).padStart(2, '0')}:00+00:00`,
    amountMinor: -(100 + i),
    currency: 'EUR',
    counterparty: `Shop ${i}`,
    description: `Purchase ${i}`,
    status: 'completed',
    direction: 'out',
    source: { fileSha256: 'ab'.repeat(32), line: i + 2, raw: ['CARD_PAYMENT', `Shop ${i}`, String(-(100 + i) / 100)] },
    ...over,
  };
}

export interface FakeOptions {
  transactions?: Transaction[];
  /** A huge virtual table: rows are made on demand, never all held. */
  virtual?: { count: number; make(i: number): Transaction };
  findings?: Finding[];
  settings?: Settings;
  imports?: ImportRecord[];
}

export class FakeDataApi implements DataApi {
  queries: { q: TxQuery; offset: number; limit: number }[] = [];
  marks = new Map<string, ReviewMark>();
  settings: Settings;
  transactions: Transaction[];
  findings: Finding[];
  imports: ImportRecord[];
  rerunCount = 0;
  private virtual: FakeOptions['virtual'];
  private listeners = new Set<() => void>();

  constructor(o: FakeOptions = {}) {
    this.transactions = o.transactions ?? [];
    this.virtual = o.virtual;
    this.findings = o.findings ?? [];
    this.settings = o.settings ?? { rules: {}, mappings: [] };
    this.imports = o.imports ?? [];
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  private matches(t: Transaction, q: TxQuery): boolean {
    const abs = Math.abs(t.amountMinor);
    const day = t.occurredAt.slice(0, 10);
    return (
      (!q.accountId || t.accountId === q.accountId) &&
      (!q.from || day >= q.from) && (!q.to || day <= q.to) &&
      (!q.direction || t.direction === q.direction) && (!q.status || t.status === q.status) &&
      (!q.counterparty || t.counterparty.includes(q.counterparty)) &&
      (q.minAbsMinor === undefined || abs >= q.minAbsMinor) && (q.maxAbsMinor === undefined || abs <= q.maxAbsMinor) &&
      (!q.search || `${t.counterparty} ${t.description} ${t.externalId ?? ''}`.toLowerCase().includes(q.search.toLowerCase())) &&
      (!q.ids || q.ids.includes(t.id))
    );
  }

  async preview(): Promise<never> {
    throw new Error('not used by these views');
  }
  async commit(): Promise<never> {
    throw new Error('not used by these views');
  }
  async undoLastImport(): Promise<undefined> {
    return undefined;
  }
  async listImports(): Promise<ImportRecord[]> {
    return this.imports;
  }

  async queryTransactions(q: TxQuery, offset: number, limit: number): Promise<TxPage> {
    this.queries.push({ q, offset, limit });
    if (this.virtual) {
      const { count, make } = this.virtual;
      const rows: Transaction[] = [];
      for (let i = offset; i < Math.min(count, offset + limit); i++) rows.push(make(i));
      return { total: count, rows };
    }
    const all = this.transactions.filter((t) => this.matches(t, q));
    if (q.sort) {
      const { key, dir } = q.sort;
      const sign = dir === 'asc' ? 1 : -1;
      all.sort((a, b) => (a[key] < b[key] ? -sign : a[key] > b[key] ? sign : 0));
    }
    return { total: all.length, rows: all.slice(offset, offset + limit) };
  }

  async getTransactions(ids: string[]): Promise<Transaction[]> {
    return ids.flatMap((id) => this.transactions.filter((t) => t.id === id));
  }

  async listAccounts(): Promise<AccountSummary[]> {
    const by = new Map<string, AccountSummary>();
    for (const t of this.transactions) {
      const a = by.get(t.accountId) ?? { accountId: t.accountId, provider: t.provider, count: 0, currencies: [] };
      a.count++;
      if (!a.currencies.includes(t.currency)) a.currencies.push(t.currency);
      by.set(t.accountId, a);
    }
    if (this.virtual && by.size === 0) by.set('main', { accountId: 'main', provider: 'revolut', count: this.virtual.count, currencies: ['EUR'] });
    return [...by.values()];
  }

  async listFindings(): Promise<Finding[]> {
    return this.visibleFindings();
  }

  /** Findings minus those whose every transaction's payee is on the normal list: what a re-run would give. */
  private visibleFindings(): Finding[] {
    const normal = new Set((this.settings.rules.normal ?? []).map((n) => n.counterparty));
    const disabled = new Set(this.settings.rules.disabled ?? []);
    return this.findings.filter((f) => {
      if (disabled.has(f.rule)) return false;
      const payees = f.transactionIds.map((id) => this.transactions.find((t) => t.id === id)?.counterparty ?? '');
      return !payees.every((p) => normal.has(p));
    });
  }

  async rerunRules(onProgress?: (f: number, label: string) => void): Promise<Finding[]> {
    this.rerunCount++;
    onProgress?.(0.5, 'rules');
    onProgress?.(1, 'rules');
    this.notify();
    return this.visibleFindings();
  }

  async getMarks(ids?: string[]): Promise<ReviewMark[]> {
    return [...this.marks.values()].filter((m) => !ids || ids.includes(m.transactionId));
  }

  async setMark(transactionId: string, verdict: ReviewVerdict | undefined, note: string): Promise<void> {
    if (verdict === undefined) this.marks.delete(transactionId);
    else this.marks.set(transactionId, { transactionId, verdict, note, updatedAt: '2024-04-01T00:00:00Z' });
    this.notify();
  }

  async getSettings(): Promise<Settings> {
    return structuredClone(this.settings);
  }
  async saveSettings(s: Settings): Promise<void> {
    this.settings = structuredClone(s);
    this.notify();
  }

  /** Passphrases of the backups made, in order (the fake marks an encrypted backup with age's first line). */
  readonly backupPassphrases: (string | undefined)[] = [];
  async backup(opts: BackupOptions = {}): Promise<Blob> {
    this.backupPassphrases.push(opts.passphrase);
    const data = { transactions: this.transactions, marks: [...this.marks.values()], settings: this.settings };
    if (!opts.passphrase) return new Blob([JSON.stringify(data)], { type: 'application/json' });
    return new Blob([`${FAKE_AGE_MAGIC}${opts.passphrase}\n${JSON.stringify(data)}`]);
  }
  async restore(file: Blob, opts: BackupOptions = {}): Promise<void> {
    let text = await file.text();
    if (text.startsWith(FAKE_AGE_MAGIC)) {
      const [, passphrase, json] = /^[^\n]*\n([^\n]*)\n([\s\S]*)$/.exec(text)!;
      if (!opts.passphrase) throw new DataError({ kind: 'password', message: 'needs a passphrase' });
      if (opts.passphrase !== passphrase) throw new DataError({ kind: 'password', wrongPassword: true, message: 'wrong passphrase' });
      text = json!;
    }
    const data = JSON.parse(text) as { transactions: Transaction[]; marks: ReviewMark[]; settings: Settings };
    this.transactions = data.transactions;
    this.marks = new Map(data.marks.map((m) => [m.transactionId, m]));
    this.settings = data.settings;
    this.notify();
  }
  async deleteAll(): Promise<void> {
    this.transactions = [];
    this.findings = [];
    this.marks.clear();
    this.imports = [];
    this.settings = { rules: {}, mappings: [] };
    this.notify();
  }
  async getOriginal(): Promise<undefined> {
    return undefined;
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
