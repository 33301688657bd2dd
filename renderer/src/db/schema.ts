// Schema versions, oldest first. A new version only lists the tables it adds or changes (Dexie carries
// the rest forward), so the appeal-case tables (cases, contacts, attachments) arrive later as one more
// entry here, with an upgrader only if existing rows must change. Never edit a shipped version.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const DB_NAME = 'wallet-auditor';

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      accounts: 'id',
      imports: 'id, &fileSha256, batchId, seq',
      originals: 'fileSha256',
      txPages: 'id, importId, [accountId+from], from, to',
      txCols: 'id, importId, *counterparties',
      findings: 'id, rule, severity',
      marks: 'transactionId',
      settings: 'key',
      meta: 'key',
    },
  },
  {
    // Appeal cases: the case itself, its support-contact log and its attachments (bytes as a Blob).
    version: 2,
    stores: {
      cases: 'id, updatedAt',
      contacts: 'id, caseId, followUpOn',
      attachments: 'id, caseId, sha256',
    },
  },
  {
    // Self-audits: saved snapshots, and one row each for the security checklist and the reminder interval.
    version: 3,
    stores: {
      audits: 'id, completedAt',
      auditState: 'key',
    },
  },
];

export const TABLES = ['accounts', 'imports', 'originals', 'txPages', 'txCols', 'findings', 'marks', 'settings', 'meta', 'cases', 'contacts', 'attachments', 'audits', 'auditState'] as const;
export type TableName = (typeof TABLES)[number];
