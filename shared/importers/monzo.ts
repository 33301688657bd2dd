// Monzo: the current export (`Transaction ID, Date, Time, …, Money Out, Money In`, newer files add
// `Balance, Balance currency`) and the 2018 legacy one (`id, created, amount, …`, created with +0000).
// Current dates are DD/MM/YYYY (a UK bank, and both hledger and Firefly III read them so) with a naive
// Time in the user's zone. `Money Out`/`Money In` repeat `Amount` split by sign: Amount is the one read
// (they are used only when it is empty), and a split that disagrees with it is reported.
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { Importer, TransactionDraft } from './types';
import { balanceCell, cell, currencyCell, directionOf, firstOf, isBlankRow } from './cell';
import { amountUnreadable, issueText } from '../importing/issue-messages';

export const monzo: Importer = {
  meta: {
    id: 'monzo',
    label: 'Monzo',
    encodings: ['utf-8'],
    layouts: [
      { id: 'export', required: ['Transaction ID', 'Date', 'Time', 'Type', 'Name', 'Emoji', 'Category', 'Amount', 'Currency'] },
      { id: 'legacy-2018', required: ['id', 'created', 'amount', 'currency', 'local_amount', 'local_currency'] },
    ],
  },
  begin(ctx) {
    const legacy = ctx.layout === 'legacy-2018';
    const c = legacy
      ? {
          id: ctx.col('id'), date: ctx.col('created'), time: -1, type: -1, name: -1,
          category: ctx.col('category'), amount: ctx.col('amount'), currency: ctx.col('currency'),
          notes: ctx.col('notes'), description: ctx.col('description'), out: -1, in: -1, balance: -1,
        }
      : {
          id: ctx.col('Transaction ID'), date: ctx.col('Date'), time: ctx.col('Time'), type: ctx.col('Type'),
          name: ctx.col('Name'), category: ctx.col('Category'), amount: ctx.col('Amount'), currency: ctx.col('Currency'),
          notes: ctx.col('Notes and #tags'), description: ctx.col('Description'), out: ctx.col('Money Out'),
          in: ctx.col('Money In'), balance: ctx.col('Balance'),
        };
    const order = legacy ? 'ymd' : 'dmy';

    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        const currency = currencyCell(ctx, cells, c.currency, line);
        if (!currency) return;
        const split = cell(cells, c.out) || cell(cells, c.in);
        const amountText = cell(cells, c.amount) || split;
        const amount = parseAmount(amountText, currency);
        if (!amount.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(amountText, amount.reason));
        const dateText = `${cell(cells, c.date)} ${cell(cells, c.time)}`.trim();
        const when = parseDateTime(dateText, ctx.zone, order);
        if (!when.ok) return void ctx.issue(line, 'bad-date', issueText('bad-time', { text: dateText, reason: when.reason }));
        if (split && split !== amountText) {
          const other = parseAmount(split, currency);
          if (other.ok && Math.abs(other.minor) !== Math.abs(amount.minor)) {
            ctx.issue(line, 'total-mismatch', issueText('amount-split-mismatch', { split, amount: amountText }));
          }
        }

        const description = cell(cells, c.description);
        const d: TransactionDraft = {
          occurredAt: when.iso,
          amountMinor: amount.minor,
          currency,
          counterparty: firstOf(cell(cells, c.name), description),
          description: firstOf(description, cell(cells, c.notes), cell(cells, c.name)),
          status: 'completed',
          direction: directionOf(amount.minor),
        };
        const id = cell(cells, c.id);
        if (id) d.externalId = id;
        const type = cell(cells, c.type);
        if (type) d.kind = type;
        const category = cell(cells, c.category);
        if (category) d.category = category;
        const balance = balanceCell(ctx, cell(cells, c.balance), currency, line, 'balance-unreadable');
        if (balance !== undefined) d.balanceMinor = balance;
        ctx.emit(d, line, cells);
      },
    };
  },
};
