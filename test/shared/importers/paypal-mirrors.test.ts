import { describe, expect, it } from 'vitest';
import { markPayPalMirrors } from '../../../shared/importers/paypal-mirrors';
import type { Transaction } from '../../../shared/model';

interface Row { id: string; kind: string; amount: number; currency?: string; at?: string; ref?: string }

function build(rows: Row[]): { txs: Transaction[]; refs: Map<number, string> } {
  const refs = new Map<number, string>();
  const txs = rows.map((r, i): Transaction => {
    if (r.ref) refs.set(i + 2, r.ref);
    return {
      id: `paypal:${r.id}`, provider: 'paypal', accountId: 'paypal', externalId: r.id,
      occurredAt: r.at ?? '2024-01-01T10:00:00-08:00', amountMinor: r.amount, currency: r.currency ?? 'USD',
      counterparty: '', description: '', kind: r.kind, status: 'completed',
      direction: r.amount < 0 ? 'out' : 'in', source: { fileSha256: '', line: i + 2, raw: [] },
    };
  });
  return { txs, refs };
}

const mirrored = (txs: Transaction[]): string[] => txs.filter((t) => t.mirror).map((t) => t.externalId!);

describe('markPayPalMirrors', () => {
  it.each<[string, Row[], string[], boolean?]>([
    ['conversion legs by name', [
      { id: 'A', kind: 'General Currency Conversion', amount: -100 },
      { id: 'B', kind: 'General Currency Conversion', amount: 90, currency: 'EUR' },
    ], ['A', 'B']],
    ['unnamed legs sharing a reference, other currency, opposite sign', [
      { id: 'P', kind: 'Pago', amount: -90, currency: 'EUR' },
      { id: 'A', kind: 'Cambio', amount: -100, ref: 'P' },
      { id: 'B', kind: 'Cambio', amount: 90, currency: 'EUR', ref: 'P' },
    ], ['A', 'B']],
    ['legs pointing at each other', [
      { id: 'A', kind: 'X', amount: -100, ref: 'B' },
      { id: 'B', kind: 'X', amount: 90, currency: 'EUR', ref: 'A' },
    ], ['A', 'B']],
    ['same-currency rows sharing a reference are not conversions (subscription payments)', [
      { id: 'A', kind: 'Subscription Payment', amount: -699, ref: 'I-PROFILE' },
      { id: 'B', kind: 'Subscription Payment', amount: -699, ref: 'I-PROFILE' },
      { id: 'C', kind: 'Payment Refund', amount: 699, ref: 'I-PROFILE' },
    ], []],
    ['funding deposit referencing the purchase', [
      { id: 'P', kind: 'Subscription Payment', amount: -699 },
      { id: 'D', kind: 'Bank Deposit to PP Account', amount: 699, ref: 'P', at: '2024-01-01T10:00:09-08:00' },
    ], ['D']],
    ['funding deposit offsetting a purchase at the same moment', [
      { id: 'P', kind: 'Express Checkout Payment', amount: -4961 },
      { id: 'H', kind: 'Reversal of General Account Hold', amount: 791 },
      { id: 'D', kind: 'Bank Deposit to PP Account', amount: 4170 },
    ], ['D']],
    ['lone top-up stays counted', [
      { id: 'D', kind: 'Bank Deposit to PP Account', amount: 20000 },
      { id: 'P', kind: 'General PayPal Debit Card Transaction', amount: -20000, at: '2024-01-01T15:00:00-08:00' },
    ], []],
    ['deposit at the same moment as another deposit only', [
      { id: 'D1', kind: 'General Card Deposit', amount: 500 },
      { id: 'D2', kind: 'Bank Deposit to PP Account', amount: -500 },
    ], []],
    ['ACH reversals of mirrored transfers', [
      { id: 'P', kind: 'Express Checkout Payment', amount: -651 },
      { id: 'D', kind: 'Bank Deposit to PP Account', amount: 651 },
      { id: 'R', kind: 'Reversal of ACH Deposit', amount: -651, at: '2024-01-02T10:00:00-08:00' },
      { id: 'S', kind: 'Reversal of ACH Deposit', amount: -999, at: '2024-01-02T10:00:00-08:00' },
    ], ['D', 'R']],
    ['offsetting row by reference, unknown language', [
      { id: 'P', kind: 'Pago en sitio web', amount: -500, currency: 'EUR' },
      { id: 'D', kind: 'Transferencia bancaria', amount: 500, currency: 'EUR', ref: 'P' },
      { id: 'R', kind: 'Reembolso de pago', amount: 500, currency: 'EUR', ref: 'P' },
    ], ['D'], true],
    ['offsetting row by reference is left alone in English', [
      { id: 'P', kind: 'Website Payment', amount: -500 },
      { id: 'X', kind: 'Something New', amount: 500, ref: 'P' },
    ], []],
  ])('%s', (_name, rows, expected, byShape = false) => {
    const { txs, refs } = build(rows);
    markPayPalMirrors(txs, refs, { fundingByShape: byShape });
    expect(mirrored(txs)).toEqual(expected);
  });
});
