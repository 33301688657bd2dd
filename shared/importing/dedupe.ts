// Re-import and cross-file dedupe. Ids are stable (provider id, else an occurrence-aware content hash), so
// "already present" is an id lookup. A provider id seen again with different values is not silently
// dropped: it is a conflict the caller shows (a pending payment that completed, or an edited export).
import type { Transaction } from '../model';

/** What is already stored: a Set of ids, a Map of transactions, or any lookup with `has` (and `get`). */
export interface KnownTransactions {
  has(id: string): boolean;
  /** When present, a re-seen id is compared field by field to find conflicts. */
  get?(id: string): Transaction | undefined;
}

export interface DedupeConflict {
  id: string;
  existing: Transaction;
  incoming: Transaction;
  /** The fields that differ, e.g. `['amountMinor', 'status']`. */
  fields: (keyof Transaction)[];
}

export interface DedupeResult {
  /** Not seen before (in `known` or earlier in the batch), in input order. */
  added: Transaction[];
  /** Already present with the same id; not added again. Conflicting ones are here too. */
  duplicates: Transaction[];
  /** Same id, different values (only found when `known` can `get`, and always within the batch). */
  conflicts: DedupeConflict[];
}

/** Fields that describe the money movement itself; provenance (file, line) naturally differs between exports. */
export const COMPARED_FIELDS = [
  'occurredAt', 'amountMinor', 'currency', 'feeMinor', 'balanceMinor', 'counterparty', 'counterpartyAccount',
  'description', 'status', 'direction', 'accountId',
] as const satisfies readonly (keyof Transaction)[];

/** The fields in which two transactions with one id disagree. */
export function differingFields(a: Transaction, b: Transaction): (keyof Transaction)[] {
  return COMPARED_FIELDS.filter((f) => a[f] !== b[f]);
}

/**
 * Splits `incoming` into new and already-present transactions. Duplicates within `incoming` itself count
 * as already present (the first one wins), so two overlapping exports in one batch add nothing twice.
 */
export function dedupeTransactions(incoming: readonly Transaction[], known: KnownTransactions | ReadonlySet<string>): DedupeResult {
  const batch = new Map<string, Transaction>();
  const added: Transaction[] = [];
  const duplicates: Transaction[] = [];
  const conflicts: DedupeConflict[] = [];
  const lookup = (known as KnownTransactions).get?.bind(known);
  for (const tx of incoming) {
    const earlier = batch.get(tx.id);
    if (earlier || known.has(tx.id)) {
      duplicates.push(tx);
      const existing = earlier ?? lookup?.(tx.id);
      if (existing) {
        const fields = differingFields(existing, tx);
        if (fields.length) conflicts.push({ id: tx.id, existing, incoming: tx, fields });
      }
      continue;
    }
    batch.set(tx.id, tx);
    added.push(tx);
  }
  return { added, duplicates, conflicts };
}

/**
 * Like dedupeTransactions, for an in-memory store that grows as files are read (the CLI, a worker):
 * new transactions go straight into `store`, so a million ids are hashed and held once, not twice.
 */
export function mergeInto(store: Map<string, Transaction>, incoming: readonly Transaction[]): DedupeResult {
  const added: Transaction[] = [];
  const duplicates: Transaction[] = [];
  const conflicts: DedupeConflict[] = [];
  for (const tx of incoming) {
    const existing = store.get(tx.id);
    if (existing === undefined) {
      store.set(tx.id, tx);
      added.push(tx);
      continue;
    }
    duplicates.push(tx);
    const fields = differingFields(existing, tx);
    if (fields.length) conflicts.push({ id: tx.id, existing, incoming: tx, fields });
  }
  return { added, duplicates, conflicts };
}

/** One line for a conflict, naming the differing fields with both values, for an import issue. */
export function describeConflict(c: DedupeConflict): string {
  const parts = c.fields.map((f) => `${f} ${show(c.existing[f])} → ${show(c.incoming[f])}`);
  const ext = c.incoming.externalId ?? c.id;
  return `transaction ${ext} was already imported with different values (${parts.join(', ')}); the first version was kept`;
}

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));
