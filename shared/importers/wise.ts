// Wise (TransferWise) balance statements, one file per currency balance: the 2020 layout (15 columns,
// `Date` DD-MM-YYYY) and the 2025 one (22/23 columns, `Date Time` DD-MM-YYYY HH:MM:SS.mmm).
//
// Fees are written twice: as `Total fees` on the parent row and as a separate fee row (2020: same ID,
// "TransferWise Charges for: …"; 2025: ID `FEE-<parent>`, "Wise Charges for: …"). The parent's Amount
// already excludes the fee. Choice: the parent carries feeMinor and the fee row is marked `mirror`.
// When the parent is not in the file the fee row stays counted; when the parent is itself a mirror (a
// conversion leg) the fee row stays counted and the parent drops its feeMinor. Either way the rule
// shared by all importers holds: Σ amountMinor over non-mirror rows − Σ feeMinor over all rows counts
// every fee exactly once. The 2020 fee row gets the 2025 id `FEE-<parent>`, so both layouts of one
// period give the same ids.
//
// A conversion (`BALANCE-…`, details type CONVERSION) appears under one ID in both currency files; its
// legs are mirrors (the money is spent once, elsewhere) and their externalId is `<ID>/<currency>` so the
// two legs do not collide as duplicates when both files are imported.
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { Transaction } from '../model';
import type { Importer, TransactionDraft } from './types';
import { balanceCell, cell, currencyCell, directionOf, firstOf, isBlankRow } from './cell';
import { amountUnreadable, issueText } from '../importing/issue-messages';

const FEE_DESCRIPTION = /^(?:TransferWise|Wise) Charges for:?\s*(\S+)/i;
const FEE_PREFIX = 'FEE-';
const ID_KIND = /^([A-Z_]+)-/;

interface RowLink {
  /** The export's own ID. */
  raw: string;
  /** For a fee row: the raw ID of the transaction it charges for. */
  parent?: string;
}

export const wise: Importer = {
  meta: {
    id: 'wise',
    label: 'Wise',
    encodings: ['utf-8'],
    layouts: [
      { id: 'statement-2020', required: ['TransferWise ID', 'Date', 'Amount', 'Currency', 'Description', 'Running Balance'] },
      { id: 'statement-2025', required: ['TransferWise ID', 'Date', 'Date Time', 'Amount', 'Currency', 'Description', 'Running Balance'] },
    ],
  },
  begin(ctx) {
    const c = {
      id: ctx.col('TransferWise ID'), date: ctx.col('Date'), dateTime: ctx.col('Date Time'), amount: ctx.col('Amount'),
      currency: ctx.col('Currency'), description: ctx.col('Description'), reference: ctx.col('Payment Reference'),
      balance: ctx.col('Running Balance'), payer: ctx.col('Payer Name'), payee: ctx.col('Payee Name'),
      payeeAccount: ctx.col('Payee Account Number'), merchant: ctx.col('Merchant'), card: ctx.col('Card Last Four Digits'),
      fees: ctx.col('Total fees'), detailsType: ctx.col('Transaction Details Type'),
    };
    const links = new Map<number, RowLink>();

    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        const currency = currencyCell(ctx, cells, c.currency, line);
        if (!currency) return;
        const amountText = cell(cells, c.amount);
        const amount = parseAmount(amountText, currency);
        if (!amount.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(amountText, amount.reason));
        // Wise writes day-first everywhere; `Date Time` adds the time (with milliseconds) where present.
        const dateText = cell(cells, c.dateTime) || cell(cells, c.date);
        const when = parseDateTime(dateText, ctx.zone, 'dmy');
        if (!when.ok) return void ctx.issue(line, 'bad-date', issueText('bad-time', { text: dateText, reason: when.reason }));

        const raw = cell(cells, c.id);
        const description = cell(cells, c.description);
        const feeOf = raw.startsWith(FEE_PREFIX) ? raw.slice(FEE_PREFIX.length) : FEE_DESCRIPTION.exec(description)?.[1];
        const detailsType = cell(cells, c.detailsType);
        const out = amount.minor < 0;
        const d: TransactionDraft = {
          occurredAt: when.iso,
          amountMinor: amount.minor,
          currency,
          // A fee is charged by Wise, whatever merchant the row repeats.
          counterparty: feeOf !== undefined
            ? firstOf(cell(cells, c.payee), 'Wise')
            : firstOf(out ? cell(cells, c.payee) : cell(cells, c.payer), cell(cells, c.merchant), description),
          description: firstOf(description, cell(cells, c.reference)),
          kind: feeOf !== undefined ? 'FEE' : firstOf(detailsType, ID_KIND.exec(raw)?.[1] ?? ''),
          status: 'completed',
          direction: directionOf(amount.minor),
        };
        if (!raw) ctx.issue(line, 'missing-field', issueText('missing-id', { column: 'TransferWise ID' }));
        else if (feeOf !== undefined) d.externalId = raw.startsWith(FEE_PREFIX) ? raw : FEE_PREFIX + raw;
        else if (detailsType === 'CONVERSION' || raw.startsWith('BALANCE-')) {
          d.externalId = `${raw}/${currency}`;
          d.mirror = true;
        } else d.externalId = raw;

        const feesText = cell(cells, c.fees);
        if (feesText && feeOf === undefined) {
          const fees = parseAmount(feesText, currency);
          if (!fees.ok) ctx.issue(line, 'bad-amount', issueText('total-fees-unreadable', { text: feesText, reason: fees.reason }));
          else if (fees.minor !== 0) d.feeMinor = Math.abs(fees.minor);
        }
        const balance = balanceCell(ctx, cell(cells, c.balance), currency, line, 'running-balance-unreadable');
        if (balance !== undefined) d.balanceMinor = balance;
        const payeeAccount = cell(cells, c.payeeAccount);
        if (payeeAccount) d.counterpartyAccount = payeeAccount;
        const card = cell(cells, c.card);
        if (card) d.method = `Card *${card}`;

        links.set(line, feeOf !== undefined ? { raw, parent: feeOf } : { raw });
        ctx.emit(d, line, cells);
      },
      finish(transactions) {
        markFeeRows(transactions, links);
      },
    };
  },
};

/**
 * A fee row mirrors its parent's `Total fees` when the parent is here, counted, and carries the fee. A
 * mirrored parent (conversion leg) hands its fee over to the fee row, which then stays counted.
 */
function markFeeRows(txs: Transaction[], links: ReadonlyMap<number, RowLink>): void {
  const parents = new Map<string, Transaction>();
  for (const t of txs) {
    const link = links.get(t.source.line);
    if (link && link.parent === undefined && link.raw) parents.set(link.raw, t);
  }
  for (const t of txs) {
    const parentId = links.get(t.source.line)?.parent;
    if (parentId === undefined) continue;
    const parent = parents.get(parentId);
    if (!parent) continue;
    t.relatedId = parent.id;
    if (parent.mirror) delete parent.feeMinor;
    else if (parent.feeMinor) t.mirror = true;
  }
}
