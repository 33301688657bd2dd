// PayPal activity downloads (classic Gross/Fee/Net, custom column picks, 2024 Amount/Fees/Total) and
// statement reports (type in Description, IANA zone), in English and Spanish. Every column is found by
// name. Day/month order and decimal mark are learnt from the file's own values (see deferred-rows.ts);
// when no date settles the order the file is read with the language default and an 'ambiguous-date'
// issue says so. Amount = Gross (the Net is Gross − fee), feeMinor = the fee paid, externalId =
// Transaction ID. Funding deposits and conversion legs are marked `mirror` at the end (paypal-mirrors.ts).
import { parseAmount, type DecimalMark } from '../money';
import { parseDateTime } from '../dates';
import type { TransactionStatus } from '../model';
import type { Importer, ParseContext, TransactionDraft } from './types';
import { balanceCell, cell, currencyCell, directionOf, firstOf, isBlankRow } from './cell';
import { DateOrderSniffer, decimalMarkOf, RowGate } from './deferred-rows';
import { createZoneReader } from './zone-cell';
import {
  HOLD_TYPE, MEMO_IMPACT, PAYPAL_DEFAULTS, PAYPAL_HEADERS, PAYPAL_LAYOUTS, PAYPAL_STATUSES, REFUND_TYPE, type PayPalField,
} from './paypal-headers';
import { markPayPalMirrors } from './paypal-mirrors';
import { amountUnreadable, badTimeInOrder, issueText } from '../importing/issue-messages';

interface HeldRow {
  cells: string[];
  line: number;
}

function columns(ctx: ParseContext): Record<PayPalField, number> {
  const out = {} as Record<PayPalField, number>;
  for (const [field, names] of Object.entries(PAYPAL_HEADERS)) out[field as PayPalField] = ctx.col(...names);
  return out;
}

export const paypal: Importer = {
  meta: {
    id: 'paypal',
    label: 'PayPal',
    encodings: ['utf-8'],
    layouts: PAYPAL_LAYOUTS,
  },
  begin(ctx) {
    const c = columns(ctx);
    const language = PAYPAL_LAYOUTS.find((l) => l.id === ctx.layout)?.language ?? 'en';
    const defaults = PAYPAL_DEFAULTS[language];
    const dates = new DateOrderSniffer();
    let mark: DecimalMark | undefined;
    const zoneOf = createZoneReader(ctx.zone);
    const refs = new Map<number, string>();

    const handle = ({ cells, line }: HeldRow): void => {
      const order = dates.order ?? defaults.order;
      const decimal = mark ?? defaults.mark;
      const currency = currencyCell(ctx, cells, c.currency, line);
      if (!currency) return;
      const grossText = cell(cells, c.gross) || cell(cells, c.net);
      const amount = parseAmount(grossText, currency, decimal);
      if (!amount.ok) return void ctx.issue(line, 'bad-amount', amountUnreadable(grossText, amount.reason));

      const zoneText = cell(cells, c.zone);
      const zone = zoneOf(zoneText);
      const dateText = `${cell(cells, c.date)} ${cell(cells, c.time)}`.trim();
      const when = parseDateTime(dateText, zone.ok ? zone.zone : ctx.zone, order);
      if (!when.ok) return void ctx.issue(line, 'bad-date', badTimeInOrder(order, dateText, when.reason));
      if (!zone.ok) ctx.issue(line, 'bad-date', issueText('unknown-zone', { text: zoneText, reason: zone.reason, zone: ctx.zone }));

      const type = cell(cells, c.type) || cell(cells, c.description);
      const d: TransactionDraft = {
        occurredAt: when.iso,
        amountMinor: amount.minor,
        currency,
        counterparty: '',
        description: '',
        kind: type,
        status: status(cells, line),
        direction: directionOf(amount.minor),
      };
      const id = cell(cells, c.id);
      if (id) d.externalId = id;

      // A Memo row (Balance Impact) does not move the balance, so neither does its fee.
      const memo = MEMO_IMPACT.test(cell(cells, c.balanceImpact));
      const feeText = memo ? '' : cell(cells, c.fee);
      if (feeText) {
        const fee = parseAmount(feeText, currency, decimal);
        // PayPal writes a paid fee as a negative number; feeMinor counts what the user paid.
        if (!fee.ok) ctx.issue(line, 'bad-amount', issueText('fee-unreadable', { text: feeText, reason: fee.reason }));
        else if (fee.minor !== 0) d.feeMinor = -fee.minor;
      }
      const balance = balanceCell(ctx, cell(cells, c.balance), currency, line, 'balance-unreadable', decimal);
      if (balance !== undefined) d.balanceMinor = balance;

      // The other party's e-mail: the payee on money out, the payer on money in.
      const email = amount.minor < 0 ? cell(cells, c.toEmail) : cell(cells, c.fromEmail);
      d.counterparty = firstOf(cell(cells, c.name), email, cell(cells, c.bankName), type);
      const account = email || cell(cells, c.bankAccount);
      if (account) d.counterpartyAccount = account;
      d.description = firstOf(cell(cells, c.itemTitle), cell(cells, c.subject), cell(cells, c.note), type);

      const ref = cell(cells, c.ref);
      if (ref) {
        refs.set(line, ref);
        if (REFUND_TYPE.test(type)) d.relatedId = `paypal:${ref}`;
      }
      // Kept and listed, but not counted: a memo row moves no balance, a hold or release no money.
      if (memo || HOLD_TYPE.test(type)) d.mirror = true;
      ctx.emit(d, line, cells);
    };

    const status = (cells: readonly string[], line: number): TransactionStatus => {
      // The statement report lists booked rows only and has no Status column.
      if (c.status < 0) return 'completed';
      const text = cell(cells, c.status);
      const s = PAYPAL_STATUSES[text.toLowerCase()];
      if (s) return s;
      ctx.issue(line, 'unknown-type', issueText('unknown-status-pending', { text }));
      return 'pending';
    };

    const gate = new RowGate<HeldRow>(handle);
    return {
      row(cells, line) {
        if (isBlankRow(cells)) return;
        dates.see(cell(cells, c.date));
        mark ??= decimalMarkOf(cell(cells, c.gross)) ?? decimalMarkOf(cell(cells, c.net)) ?? decimalMarkOf(cell(cells, c.balance));
        gate.push({ cells, line }, dates.order !== undefined && mark !== undefined);
      },
      finish(transactions) {
        if (!dates.order && gate.waiting > 0) {
          const params = { language: language === 'en' ? 'English' : 'Spanish' };
          // The default decides day/month against month/day, so it is one of those two (PAYPAL_DEFAULTS);
          // year-first dates are never ambiguous.
          const id = defaults.order === 'dmy' ? 'ambiguous-date-paypal-dmy' : 'ambiguous-date-paypal-mdy';
          ctx.issue(0, 'ambiguous-date', issueText(id, params));
        }
        gate.open();
        markPayPalMirrors(transactions, refs, { fundingByShape: language !== 'en' });
      },
    };
  },
};
