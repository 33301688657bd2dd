// Stable transaction ids. The provider's own id when the export has one; otherwise a content hash with an
// occurrence index, so that two identical coffees on one day stay two transactions and a re-import of the
// same file gives the same ids again.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Transaction } from '../model';

const enc = new TextEncoder();

/**
 * What identifies a transaction without a provider id. Status and balance are left out on purpose: a
 * pending row that later completes (and gains a balance) in a newer export must keep its id.
 */
export function contentKey(t: Omit<Transaction, 'id' | 'source'>): string {
  return [t.provider, t.accountId, t.occurredAt, t.amountMinor, t.currency, t.counterparty, t.description,
    t.kind ?? ''].join('\u001f');
}

export function contentId(provider: string, key: string, occurrence: number): string {
  return `${provider}:h:${bytesToHex(sha256(enc.encode(`${key}\u001e${occurrence}`))).slice(0, 32)}`;
}
