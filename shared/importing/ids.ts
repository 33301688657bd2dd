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

/** Reused for every row's hash input; a key too long for it is encoded on its own. */
const scratch = new Uint8Array(4096);

export function contentId(provider: string, key: string, occurrence: number): string {
  const text = `${key}\u001e${occurrence}`;
  // Encoding into one buffer spares a fresh byte array per row (a million of them in a big export).
  const { read, written } = enc.encodeInto(text, scratch);
  const input = read === text.length ? scratch.subarray(0, written) : enc.encode(text);
  // Only the 16 bytes the id shows are turned into hex, and join() makes the id one flat string: slicing a
  // full hex digest and prefixing it kept the 64-char digest, a slice of it and a two-part chain alive for
  // every row of a million-row export without ids.
  return [provider, ':h:', bytesToHex(sha256(input).subarray(0, 16))].join('');
}
