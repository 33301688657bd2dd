// Revolut account statement CSV (2021+): one file per currency account, signed amounts, no unique id.
// `Amount` excludes `Fee`; the balance moves by Amount − Fee. Type casing changed over the years
// (CARD_PAYMENT vs Card Payment), so types are compared case- and separator-insensitively.
import { parseAmount } from '../money';
import { parseDateTime } from '../dates';
import type { TransactionStatus } from '../model';
import type { Importer } from './types';

const STATES: Record<string, TransactionStatus> = {
  COMPLETED: 'completed', PENDING: 'pending', REVERTED: 'closed', DECLINED: 'failed', FAILED: 'failed',
};

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
        const get = (i: number): string => (i >= 0 ? cells[i] ?? '' : '');
        const currency = get(c.currency).toUpperCase();
        if (!/^[A-Z]{3}$/.test(currency)) {
          ctx.issue(line, 'missing-field', `currency "${get(c.currency)}" is not an ISO 4217 code`);
          return;
        }
        const amount = parseAmount(get(c.amount), currency);
        if (!amount.ok) return void ctx.issue(line, 'bad-amount', amount.reason);
        const when = parseDateTime(get(c.started), ctx.zone);
        if (!when.ok) return void ctx.issue(line, 'bad-date', when.reason);
        const fee = get(c.fee) ? parseAmount(get(c.fee), currency) : undefined;
        if (fee && !fee.ok) return void ctx.issue(line, 'bad-amount', `fee: ${fee.reason}`);
        const balance = get(c.balance) ? parseAmount(get(c.balance), currency) : undefined;
        const state = get(c.state).toUpperCase();
        const status = STATES[state];
        if (!status) ctx.issue(line, 'unknown-type', `unknown state "${get(c.state)}", imported as pending`);
        const type = get(c.type);
        const isRefund = /refund/i.test(type);
        ctx.emit(
          {
            occurredAt: when.iso,
            amountMinor: amount.minor,
            currency,
            ...(fee?.ok && fee.minor ? { feeMinor: Math.abs(fee.minor) } : {}),
            ...(balance?.ok ? { balanceMinor: balance.minor } : {}),
            counterparty: get(c.description),
            description: get(c.description),
            kind: type,
            ...(get(c.product) ? { category: get(c.product) } : {}),
            status: isRefund && status === 'completed' ? 'refunded' : status ?? 'pending',
            direction: amount.minor < 0 ? 'out' : amount.minor > 0 ? 'in' : 'neutral',
          },
          line,
          cells,
        );
      },
    };
  },
};
