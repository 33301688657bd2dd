// Revolut account statement CSV (2021+): one file per currency account, signed amounts, no unique id.
// `Amount` excludes `Fee`; the balance moves by Amount − Fee. Type casing changed over the years
// (CARD_PAYMENT vs Card Payment), so types are compared case- and separator-insensitively. PENDING rows
// have no Completed Date and no Balance and are kept as pending. An EXCHANGE row is one leg of a
// conversion between the user's own currency accounts (the other leg is in the other currency's file),
// so it is marked `mirror` like the conversion legs of PayPal and Wise; a fee charged on it stays in
// feeMinor, which counts on every row (Σ amount over non-mirror rows − Σ fee over all rows).
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { TransactionStatus } from '../model';
import type { Importer, TransactionDraft } from './types';
import { balanceCell, cell, currencyCell, directionOf, firstOf, isBlankRow } from './cell';
import { amountUnreadable, issueText } from '../importing/issue-messages';

const STATES: Record<string, TransactionStatus> = {
  COMPLETED: 'completed', PENDING: 'pending', REVERTED: 'closed', DECLINED: 'failed', FAILED: 'failed',
};

const SEPARATORS = /[\s_-]+/g;
/** `Card Payment`, `CARD_PAYMENT` → `CARD_PAYMENT`. */
const typeKey = (type: string): string => type.toUpperCase().replace(SEPARATORS, '_');
const REFUND_KEY = /REFUND/;
// Transfers are described as `To Jane Doe` / `Payment from ACME LTD`; the party is the name alone, so the
// same person is one payee whichever way the money went (and a finding reads "to Jane Doe", not "to To …").
const TRANSFER_WORDING = /^(?:To|Payment from|Transfer from|Transfer to|From)\s+(?=\S)/i;

export const revolut: Importer = {
  meta: {
    id: 'revolut',
    label: 'Revolut',
    encodings: ['utf-8'],
    layouts: [{ id: 'statement-2021', required: ['Type', 'Started Date', 'Description', 'Amount', 'Currency', 'State'] }],
  },
  begin(ctx) {
    const c = {
      type: ctx.col('Type'), product: ctx.col('Product'), started: ctx.col('Started Date'),
      completed: ctx.col('Completed Date'), description: ctx.col('Description'), amount: ctx.col('Amount'),
      fee: ctx.col('Fee'), currency: ctx.col('Currency'), state: ctx.col('State'), balance: ctx.col('Balance'),
    };
    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        const currency = currencyCell(ctx, cells, c.currency, line);
        if (!currency) return;
        const amountText = cell(cells, c.amount);
        const amount = parseAmount(amountText, currency);
        if (!amount.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(amountText, amount.reason));
        const dateText = firstOf(cell(cells, c.started), cell(cells, c.completed));
        const when = parseDateTime(dateText, ctx.zone);
        if (!when.ok) return void ctx.issue(line, 'bad-date', issueText('bad-time', { text: dateText, reason: when.reason }));
        const feeText = cell(cells, c.fee);
        const fee = feeText ? parseAmount(feeText, currency) : undefined;
        if (fee && !fee.ok) return void ctx.issue(line, 'bad-amount', issueText('fee-unreadable', { text: feeText, reason: fee.reason }));

        const stateText = cell(cells, c.state);
        let status = STATES[stateText.toUpperCase()];
        if (!status) {
          ctx.issue(line, 'unknown-type', issueText('unknown-state-pending', { text: stateText }));
          status = 'pending';
        }
        const type = cell(cells, c.type);
        const key = typeKey(type);
        const description = cell(cells, c.description);
        const d: TransactionDraft = {
          occurredAt: when.iso,
          amountMinor: amount.minor,
          currency,
          counterparty: description.replace(TRANSFER_WORDING, ''),
          description,
          kind: type,
          status: REFUND_KEY.test(key) && status === 'completed' ? 'refunded' : status,
          direction: directionOf(amount.minor),
        };
        if (fee?.ok && fee.minor) d.feeMinor = Math.abs(fee.minor);
        const balance = balanceCell(ctx, cell(cells, c.balance), currency, line, 'balance-unreadable-omitted');
        if (balance !== undefined) d.balanceMinor = balance;
        const product = cell(cells, c.product);
        if (product) d.category = product;
        if (key === 'EXCHANGE') d.mirror = true;
        ctx.emit(d, line, cells);
      },
    };
  },
};
