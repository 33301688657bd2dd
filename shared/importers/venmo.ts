// Venmo: the older transaction list (`" ID"`, with a leading space) and the current monthly statement
// (a title line naming the account, `Account Activity`, a header with a leading empty column, a
// beginning-balance stub row and an ending row carrying balances, fees and a multi-line disclaimer).
// Rows without an ID and a Datetime are those summary rows and are skipped without an issue.
// Direction comes only from the sign of `Amount (total)` ("- $20.00", "+ $1,150.00"): a Charge can go
// either way. The total is what moved the balance, fee included; as everywhere in the model, amountMinor
// excludes the fee, so amountMinor = total + fee and the balance moves by amountMinor − feeMinor.
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { TransactionStatus } from '../model';
import type { Importer, TransactionDraft } from './types';
import { cell, directionOf, firstOf, isBlankRow } from './cell';
import { amountUnreadable, issueText } from '../importing/issue-messages';

const STATUSES: Record<string, TransactionStatus> = {
  complete: 'completed', completed: 'completed', issued: 'completed', settled: 'completed',
  pending: 'pending', held: 'pending',
  canceled: 'closed', cancelled: 'closed', expired: 'closed',
  failed: 'failed', declined: 'failed', denied: 'failed',
  refunded: 'refunded',
};

const ACCOUNT_IN_TITLE = /\((@[^)\s]+)\)/;
const CHARGE = /^charge$/i;

export const venmo: Importer = {
  meta: {
    id: 'venmo',
    label: 'Venmo',
    encodings: ['utf-8'],
    layouts: [
      { id: 'list-legacy', required: ['ID', 'Datetime', 'Type', 'Status', 'From', 'To', 'Amount (total)'] },
      { id: 'statement', required: ['ID', 'Datetime', 'Type', 'Status', 'From', 'To', 'Amount (total)', 'Beginning Balance', 'Ending Balance'] },
    ],
  },
  begin(ctx) {
    const c = {
      id: ctx.col('ID'), at: ctx.col('Datetime'), type: ctx.col('Type'), status: ctx.col('Status'),
      note: ctx.col('Note'), from: ctx.col('From'), to: ctx.col('To'), total: ctx.col('Amount (total)'),
      fee: ctx.col('Amount (fee)'), funding: ctx.col('Funding Source'), destination: ctx.col('Destination'),
    };
    const title = ctx.preamble[0]?.[0] ?? '';
    const account = ACCOUNT_IN_TITLE.exec(title);
    if (account) ctx.setAccountHint(account[1]!);

    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        const id = cell(cells, c.id);
        const at = cell(cells, c.at);
        // Balance stub, ending balance and disclaimer rows of the statement.
        if (!id && !at) return;
        const totalText = cell(cells, c.total);
        const total = parseAmount(totalText, 'USD');
        if (!total.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(totalText, total.reason));
        const when = parseDateTime(at, ctx.zone);
        if (!when.ok) return void ctx.issue(line, 'bad-date', issueText('bad-time', { text: at, reason: when.reason }));
        let feeMinor = 0;
        const feeText = cell(cells, c.fee);
        if (feeText) {
          const fee = parseAmount(feeText, 'USD');
          if (fee.ok) feeMinor = Math.abs(fee.minor);
          else ctx.issue(line, 'bad-amount', issueText('fee-unreadable', { text: feeText, reason: fee.reason }));
        }
        const statusText = cell(cells, c.status);
        let status = STATUSES[statusText.toLowerCase()];
        if (!status) {
          ctx.issue(line, 'unknown-type', issueText('unknown-status-pending', { text: statusText }));
          status = 'pending';
        }
        if (!id) ctx.issue(line, 'missing-field', issueText('missing-id', { column: 'ID' }));

        const type = cell(cells, c.type);
        const out = total.minor < 0;
        // In a Payment `From` pays `To`; in a Charge `From` asks and `To` pays. The other party is the
        // payee when money goes out and the payer when it comes in.
        const fromPays = !CHARGE.test(type);
        const payer = fromPays ? cell(cells, c.from) : cell(cells, c.to);
        const payee = fromPays ? cell(cells, c.to) : cell(cells, c.from);
        const destination = cell(cells, c.destination);
        const funding = cell(cells, c.funding);
        const d: TransactionDraft = {
          occurredAt: when.iso,
          amountMinor: total.minor + feeMinor,
          currency: 'USD',
          counterparty: firstOf(out ? payee : payer, out ? payer : payee, out ? destination : funding, type),
          description: firstOf(cell(cells, c.note), type),
          kind: type,
          status,
          direction: directionOf(total.minor),
        };
        if (id) d.externalId = id;
        if (feeMinor) d.feeMinor = feeMinor;
        const method = out ? funding : destination;
        if (method) d.method = method;
        ctx.emit(d, line, cells);
      },
    };
  },
};
