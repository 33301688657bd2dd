// Meituan 美团 bills: a UTF-8 (BOM, CRLF) CSV with a 美团交易账单明细 preamble, `""` separator lines and `¥`
// amounts. 订单金额 is the list price and 实付金额 what was charged after discounts; the transaction is the
// amount charged. There is no status column: 交易类型 (支付, 退款, 还款) and 交易成功时间 tell the state.
import type { TransactionStatus } from '../model';
import { amountIssue, fen } from './china/amount';
import { orderId, rowTime, screenRow, StatementSummary, WordReader } from './china/statement';
import { cell } from './cell';
import type { Importer, TransactionDraft } from './types';

const REFUND = '退款';
// Paying off 美团月付: the purchases it covered are already spending rows of the same bill.
const REPAYMENT = '还款';
const DETAILS_SUFFIX = ' 订单详情';

export const meituan: Importer = {
  meta: {
    id: 'meituan',
    label: 'Meituan 美团',
    encodings: ['utf-8', 'gb18030'],
    layouts: [{ id: 'bill-2025', required: ['交易创建时间', '交易类型', '订单标题', '收/支', '实付金额', '交易单号'] }],
  },
  begin(ctx) {
    const c = {
      created: ctx.col('交易创建时间'),
      succeeded: ctx.col('交易成功时间'),
      kind: ctx.col('交易类型'),
      title: ctx.col('订单标题'),
      direction: ctx.col('收/支'),
      method: ctx.col('支付方式'),
      paid: ctx.col('实付金额'),
      id: ctx.col('交易单号'),
    };
    const needed = Math.max(c.created, c.paid, c.direction, c.kind) + 1;
    const words = new WordReader(ctx);
    const summary = new StatementSummary(ctx, ['美团用户名', '美团账号']);

    return {
      row(cells, line) {
        const start = screenRow(ctx, summary, cells, line, needed);
        if (start !== 'data') return start === 'bad' ? undefined : start;
        // The money moved when the transaction succeeded; an order that has not is dated by its creation.
        const succeeded = cell(cells, c.succeeded);
        const timeText = succeeded || cell(cells, c.created);
        const occurredAt = rowTime(ctx, timeText, line);
        if (!occurredAt) return;
        const paidText = cell(cells, c.paid);
        const amount = fen(paidText);
        if (Number.isNaN(amount)) return void ctx.issue(line, 'bad-amount', amountIssue(paidText, '实付金额'));

        const direction = words.direction(cell(cells, c.direction), line);
        const kind = cell(cells, c.kind);
        const title = cell(cells, c.title);
        const status: TransactionStatus = !succeeded ? 'pending' : kind === REFUND ? 'refunded' : 'completed';
        const draft: TransactionDraft = {
          occurredAt,
          amountMinor: direction === 'out' ? -amount : amount,
          currency: 'CNY',
          // The title names the shop (`喜茶（…店） 订单详情`) or the voucher bought; it is the best payee there is.
          counterparty: title.endsWith(DETAILS_SUFFIX) ? title.slice(0, -DETAILS_SUFFIX.length) : title,
          description: title,
          status,
          direction,
        };
        if (kind) draft.kind = kind;
        if (kind === REPAYMENT) draft.mirror = true;
        const id = orderId(cell(cells, c.id), line, ctx);
        if (id) draft.externalId = id;
        const method = cell(cells, c.method);
        if (method && method !== '/') draft.method = method;
        ctx.emit(draft, line, cells);
      },
      finish() {
        summary.check();
      },
    };
  },
};
