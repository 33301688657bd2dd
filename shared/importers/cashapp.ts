// Cash App `cash_app_report.csv`, as exported (`2023-03-12 09:00:00 CDT`, `-$10.75`, `$0`, `($25.00)`)
// and after a spreadsheet re-save (`06/07/2023`, `-78`). Columns by name: `Name of sender/receiver` or
// the older `Name`, Date first or second. Direction only from the sign: deposits with negative amounts
// and CARD CHARGED on deposits occur. Re-saved dates lose their zone and time, and their day/month order
// is learnt from the file (US month-first when nothing settles it, reported as ambiguous-date).
// Amount is the gross and Net Amount what moved the balance, so feeMinor = Amount − Net Amount.
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { TransactionStatus } from '../model';
import type { Importer, TransactionDraft } from './types';
import { cell, currencyCell, directionOf, firstOf, isBlankRow } from './cell';
import { DateOrderSniffer, RowGate } from './deferred-rows';
import { amountUnreadable, badTimeInOrder, issueText } from '../importing/issue-messages';

// Status words seen: CARD CHARGED, CARD REFUNDED, PAYMENT SENT/DEPOSITED, TRANSFER SENT/DEPOSITED,
// COMPLETED. Matched by keyword, most decisive first, so new combinations still land somewhere sensible.
const STATUS_WORDS: readonly [RegExp, TransactionStatus][] = [
  [/FAIL|DECLIN|DENIED|REJECT/, 'failed'],
  [/REFUND/, 'refunded'],
  [/CANCEL|REVERS|EXPIRED/, 'closed'],
  [/PENDING|WAITING|PROCESSING|HELD|REVIEW/, 'pending'],
  [/COMPLETE|SENT|DEPOSITED|CHARGED|RECEIVED|PAID|SUCCESS/, 'completed'],
];

const HAS_TIME = /\d:\d\d/;

interface HeldRow {
  cells: string[];
  line: number;
}

export const cashapp: Importer = {
  meta: {
    id: 'cashapp',
    label: 'Cash App',
    encodings: ['utf-8'],
    layouts: [{ id: 'report', required: ['Transaction ID', 'Date', 'Transaction Type', 'Currency', 'Amount', 'Status'] }],
  },
  begin(ctx) {
    const c = {
      id: ctx.col('Transaction ID'), date: ctx.col('Date'), type: ctx.col('Transaction Type'),
      currency: ctx.col('Currency'), amount: ctx.col('Amount'), fee: ctx.col('Fee'), net: ctx.col('Net Amount'),
      status: ctx.col('Status'), notes: ctx.col('Notes'), name: ctx.col('Name of sender/receiver', 'Name'),
      account: ctx.col('Account'),
    };
    const dates = new DateOrderSniffer();
    let timeless = 0;

    const handle = ({ cells, line }: HeldRow): void => {
      const order = dates.order ?? 'mdy';
      const currency = currencyCell(ctx, cells, c.currency, line);
      if (!currency) return;
      const amountText = cell(cells, c.amount);
      const amount = parseAmount(amountText, currency);
      if (!amount.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(amountText, amount.reason));
      const dateText = cell(cells, c.date);
      const when = parseDateTime(dateText, ctx.zone, order);
      if (!when.ok) return void ctx.issue(line, 'bad-date', badTimeInOrder(order, dateText, when.reason));
      if (!HAS_TIME.test(dateText)) timeless++;

      const statusText = cell(cells, c.status);
      const upper = statusText.toUpperCase();
      let status: TransactionStatus | undefined;
      for (const [re, s] of STATUS_WORDS) {
        if (re.test(upper)) {
          status = s;
          break;
        }
      }
      if (!status) {
        ctx.issue(line, 'unknown-type', issueText('unknown-status-pending', { text: statusText }));
        status = 'pending';
      }

      const type = cell(cells, c.type);
      const notes = cell(cells, c.notes);
      const d: TransactionDraft = {
        occurredAt: when.iso,
        amountMinor: amount.minor,
        currency,
        counterparty: firstOf(cell(cells, c.name), notes, type),
        description: firstOf(notes, type),
        kind: type,
        status,
        direction: directionOf(amount.minor),
      };
      const fee = feeOf(cells, amount.minor, currency, line);
      if (fee) d.feeMinor = fee;
      const id = cell(cells, c.id);
      if (id) d.externalId = id;
      const account = cell(cells, c.account);
      if (account) d.method = account;
      ctx.emit(d, line, cells);
    };

    const feeOf = (cells: readonly string[], amountMinor: number, currency: string, line: number): number => {
      const netText = cell(cells, c.net);
      if (netText) {
        const net = parseAmount(netText, currency);
        if (net.ok) return amountMinor - net.minor;
        ctx.issue(line, 'bad-amount', issueText('net-amount-unreadable', { text: netText, reason: net.reason }));
      }
      const feeText = cell(cells, c.fee);
      if (!feeText) return 0;
      const fee = parseAmount(feeText, currency);
      if (fee.ok) return Math.abs(fee.minor);
      ctx.issue(line, 'bad-amount', issueText('fee-unreadable', { text: feeText, reason: fee.reason }));
      return 0;
    };

    const gate = new RowGate<HeldRow>(handle);
    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        dates.see(cell(cells, c.date));
        gate.push({ cells, line }, dates.order !== undefined);
      },
      finish() {
        if (!dates.order && gate.waiting > 0) {
          ctx.issue(0, 'ambiguous-date', issueText('ambiguous-date-cashapp', {}));
        }
        gate.open();
        if (timeless > 0) {
          ctx.issue(0, 'missing-field', issueText('no-time-of-day', { dates: timeless, zone: ctx.zone }));
        }
      },
    };
  },
};
