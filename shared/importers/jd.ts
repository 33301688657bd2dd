// JD 京东 (京东支付) transaction statements: a UTF-8 (BOM) CSV with a 导出信息 preamble, TABs after times and
// ids, unsigned amounts with a 收/支 column, and refunds written into the amount cell: `131.77(已退款89.84)`
// for a partial refund, `468.32(已全额退款)` for a full one. The amount charged is the number before the
// bracket; the refund itself is its own 退款- row.
import { trimCell } from '../csv';
import type { TransactionStatus } from '../model';
import { amountIssue, fen, refundNote } from './china/amount';
import { orderId, rowTime, screenRow, StatementSummary, WordReader } from './china/statement';
import { cell } from './cell';
import type { Importer, TransactionDraft } from './types';

const FULL_REFUND = '已全额退款';
const PARTIAL_REFUND = '已退款';

export const jd: Importer = {
  meta: {
    id: 'jd',
    label: 'JD 京东',
    encodings: ['utf-8', 'gb18030'],
    layouts: [{ id: 'statement-2024', required: ['交易时间', '商户名称', '交易说明', '金额', '收/支', '交易状态', '交易订单号'] }],
  },
  begin(ctx) {
    const c = {
      time: ctx.col('交易时间'),
      merchant: ctx.col('商户名称'),
      description: ctx.col('交易说明'),
      amount: ctx.col('金额'),
      method: ctx.col('收/付款方式'),
      status: ctx.col('交易状态'),
      direction: ctx.col('收/支'),
      category: ctx.col('交易分类'),
      id: ctx.col('交易订单号'),
    };
    const needed = Math.max(c.time, c.amount, c.direction, c.status) + 1;
    const words = new WordReader(ctx);
    const summary = new StatementSummary(ctx, ['京东账号名', '京东账号']);

    return {
      row(cells, line) {
        const start = screenRow(ctx, summary, cells, line, needed);
        if (start !== 'data') return start === 'bad' ? undefined : start;
        const timeText = cell(cells, c.time);
        const occurredAt = rowTime(ctx, timeText, line);
        if (!occurredAt) return;

        const amountCell = cell(cells, c.amount);
        let description = cell(cells, c.description);
        let status: TransactionStatus = words.status(cell(cells, c.status), line);
        let amountText = amountCell;
        const open = bracketAt(amountCell);
        if (open > 0) {
          amountText = trimCell(amountCell.slice(0, open));
          const note = amountCell.slice(open + 1, closes(amountCell) ? -1 : undefined).trim();
          const refunded = note.startsWith(PARTIAL_REFUND) ? fen(note.slice(PARTIAL_REFUND.length)) : NaN;
          if (note === FULL_REFUND || refunded >= fen(amountText)) status = 'refunded';
          else if (refunded >= 0) description += refundNote(refunded);
          // Some other remark in the amount cell: keep it where the user can read it.
          else description += ` (${note})`;
        }
        const amount = fen(amountText);
        if (Number.isNaN(amount)) return void ctx.issue(line, 'bad-amount', amountIssue(amountCell, '金额'));

        const direction = words.direction(cell(cells, c.direction), line);
        const draft: TransactionDraft = {
          occurredAt,
          amountMinor: direction === 'out' ? -amount : amount,
          currency: 'CNY',
          counterparty: cell(cells, c.merchant),
          description,
          status,
          direction,
        };
        const id = orderId(cell(cells, c.id), line, ctx);
        if (id) draft.externalId = id;
        const method = cell(cells, c.method);
        if (method && method !== '/') draft.method = method;
        const category = cell(cells, c.category);
        if (category) draft.category = category;
        ctx.emit(draft, line, cells);
      },
      finish() {
        summary.check();
      },
    };
  },
};

/** Index of the first `(` or `（` in an amount cell, or -1. */
function bracketAt(s: string): number {
  const a = s.indexOf('(');
  const b = s.indexOf('（');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function closes(s: string): boolean {
  return s.endsWith(')') || s.endsWith('）');
}
