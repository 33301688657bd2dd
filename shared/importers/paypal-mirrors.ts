// PayPal writes some money twice. A card- or bank-funded purchase is followed by a `Bank Deposit to PP
// Account` / `General Card Deposit` that brings the balance back to zero, and a payment in another
// currency comes with two `General Currency Conversion` legs (−USD, +EUR). Those rows are kept, as the
// export has them, but marked `mirror` so that totals count the purchase once.
import type { Transaction } from '../model';
import { CONVERSION_TYPE, FUNDING_REVERSAL_TYPE, FUNDING_TYPES, REFUND_TYPE } from './paypal-headers';

const NEGATIVE = 1;
const POSITIVE = 2;
const signBit = (minor: number): number => (minor < 0 ? NEGATIVE : minor > 0 ? POSITIVE : 0);
const opposite = (bit: number): number => (bit === NEGATIVE ? POSITIVE : bit === POSITIVE ? NEGATIVE : 0);

/**
 * Marks conversion legs and funding mirrors of one file. `refs` maps a row's line to its Reference Txn ID.
 * Conversion legs are found by type name and, for languages whose type names we do not know, by shape:
 * rows sharing one reference, in different currencies, with opposite signs. Funding rows are mirrors when
 * they reference a row of the file or offset a non-funding row of the same currency at the same moment;
 * a lone top-up from the bank is a real transfer in and stays counted. With `fundingByShape` (exports in a
 * language whose funding type names we do not know) a row that references a row of the file and exactly
 * offsets it (same currency, opposite amount) is taken for a funding mirror unless it is a refund.
 */
export function markPayPalMirrors(
  txs: Transaction[],
  refs: ReadonlyMap<number, string>,
  opts: { fundingByShape: boolean } = { fundingByShape: false },
): void {
  const byId = new Map<string, Transaction>();
  for (const t of txs) if (t.externalId) byId.set(t.externalId, t);

  markConversions(txs, refs, byId);
  // The type test lower-cases the kind; do it once per row, not once per loop below.
  const funding = new Set<Transaction>();
  for (const t of txs) if (isFunding(t)) funding.add(t);

  // Sign bits of the real (non-funding, non-mirror) rows per moment and currency.
  const moments = new Map<string, number>();
  for (const t of txs) {
    if (t.mirror || funding.has(t)) continue;
    const key = `${t.occurredAt}\u001f${t.currency}`;
    moments.set(key, (moments.get(key) ?? 0) | signBit(t.amountMinor));
  }
  for (const t of txs) {
    if (t.mirror) continue;
    const ref = refs.get(t.source.line);
    if (!funding.has(t)) {
      const target = opts.fundingByShape && ref ? byId.get(ref) : undefined;
      if (target && offsets(t, target) && !REFUND_TYPE.test(t.kind ?? '')) {
        t.mirror = true;
        t.relatedId ??= `paypal:${ref}`;
      }
      continue;
    }
    if (ref && byId.has(ref)) {
      t.mirror = true;
      t.relatedId ??= `paypal:${ref}`;
      continue;
    }
    const present = moments.get(`${t.occurredAt}\u001f${t.currency}`) ?? 0;
    if (present & opposite(signBit(t.amountMinor))) t.mirror = true;
  }
  // A bank transfer that PayPal cancels shows up again as `Reversal of ACH Deposit/Withdrawal` of the
  // opposite amount; the export has no reference to say which, so the amount and currency pair them.
  const mirrored = new Set<string>();
  for (const t of funding) if (t.mirror) mirrored.add(`${t.currency}\u001f${t.amountMinor}`);
  for (const t of txs) {
    if (!t.mirror && FUNDING_REVERSAL_TYPE.test(t.kind ?? '') && mirrored.has(`${t.currency}\u001f${-t.amountMinor}`)) {
      t.mirror = true;
    }
  }
}

function offsets(t: Transaction, other: Transaction): boolean {
  return !other.mirror && other.currency === t.currency && other.amountMinor === -t.amountMinor && t.amountMinor !== 0;
}

function isFunding(t: Transaction): boolean {
  return FUNDING_TYPES.has((t.kind ?? '').trim().toLowerCase());
}

function markConversions(txs: Transaction[], refs: ReadonlyMap<number, string>, byId: ReadonlyMap<string, Transaction>): void {
  // Group rows by the reference they share. Two legs may instead point at each other (TID2 ↔ TID3):
  // both then go under the smaller of the two ids.
  const groups = new Map<string, Transaction[]>();
  for (const t of txs) {
    if (CONVERSION_TYPE.test(t.kind ?? '')) t.mirror = true;
    const ref = refs.get(t.source.line);
    if (!ref) continue;
    const other = byId.get(ref);
    const own = t.externalId;
    const mutual = own !== undefined && other !== undefined && refs.get(other.source.line) === own;
    const key = mutual && own < ref ? own : ref;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(t);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    // A leg needs a partner of another currency and the opposite sign; counted per sign, so a long group
    // (every monthly payment of one subscription profile) costs O(n), not O(n²).
    const bySign = [0, 0, 0];
    const byCurrencySign = new Map<string, number>();
    for (const t of g) {
      const b = signBit(t.amountMinor);
      bySign[b]!++;
      const k = `${t.currency}\u001f${b}`;
      byCurrencySign.set(k, (byCurrencySign.get(k) ?? 0) + 1);
    }
    for (const t of g) {
      const want = opposite(signBit(t.amountMinor));
      if (!want) continue;
      const elsewhere = bySign[want]! - (byCurrencySign.get(`${t.currency}\u001f${want}`) ?? 0);
      if (elsewhere > 0) t.mirror = true;
    }
  }
}
