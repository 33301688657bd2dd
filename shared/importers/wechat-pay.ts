// WeChat Pay 微信支付 bills: one 11-column layout across the CSV exports (2019–2025, with or without BOM,
// sometimes re-saved by a spreadsheet as `2020.9.6 16:59`) and the XLSX exports (2025: text amounts
// `¥28.16`; 2026: number cells such as `28.16` or `50`, and one more preamble note), whose sheets reach this
// importer as rows. Amounts are unsigned with a 收/支 column; `/` marks an empty cell.
import { amountIssue, fen, refundNote } from './china/amount';
import { orderId, rowTime, screenRow, StatementSummary, WordReader } from './china/statement';
import { cell } from './cell';
import type { TransactionStatus } from '../model';
import type { Importer, TransactionDraft } from './types';

const REFUNDED = '已退款';
const FEE = '服务费';
// `商户-退款`, `微信红包-退款`, `亲属卡交易-退款`: the row is the money coming back.
const REFUND_KIND = '-退款';
const PARENS = /^[(（]|[)）]$/g;

export const wechatPay: Importer = {
  meta: {
    id: 'wechat-pay',
    label: 'WeChat Pay 微信支付',
    encodings: ['utf-8'],
    layouts: [
      { id: 'bill-2019', required: ['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)', '当前状态', '交易单号'] },
    ],
  },
  begin(ctx) {
    const c = {
      time: ctx.col('交易时间'),
      kind: ctx.col('交易类型'),
      counterparty: ctx.col('交易对方'),
      goods: ctx.col('商品'),
      direction: ctx.col('收/支'),
      amount: ctx.col('金额(元)', '金额（元）'),
      method: ctx.col('支付方式'),
      status: ctx.col('当前状态'),
      id: ctx.col('交易单号'),
      note: ctx.col('备注'),
    };
    const needed = Math.max(c.time, c.amount, c.direction, c.status) + 1;
    const words = new WordReader(ctx);
    const summary = new StatementSummary(ctx, ['微信昵称']);
    const text = (cells: readonly string[], i: number): string => {
      const v = cell(cells, i);
      return v === '/' ? '' : v;
    };

    return {
      row(cells, line) {
        const start = screenRow(ctx, summary, cells, line, needed);
        if (start !== 'data') return start === 'bad' ? undefined : start;
        const timeText = cell(cells, c.time);
        const occurredAt = rowTime(ctx, timeText, line);
        if (!occurredAt) return;
        const amountText = cell(cells, c.amount);
        const amount = fen(amountText);
        if (Number.isNaN(amount)) return void ctx.issue(line, 'bad-amount', amountIssue(amountText, '金额(元)'));

        const direction = words.direction(cell(cells, c.direction), line);
        const kind = cell(cells, c.kind);
        let description = text(cells, c.goods);
        const statusText = cell(cells, c.status);
        let status: TransactionStatus;
        if (statusText.startsWith(REFUNDED)) {
          // `已退款￥742.00` (or `已退款(￥742.00)`): how much of this payment came back.
          const refunded = fen(statusText.slice(REFUNDED.length).replace(PARENS, ''));
          if (Number.isNaN(refunded) || refunded >= amount) status = 'refunded';
          else {
            status = 'completed';
            description += refundNote(refunded);
          }
        } else {
          status = words.status(statusText, line);
        }
        if (status === 'completed' && kind.endsWith(REFUND_KIND)) status = 'refunded';

        const draft: TransactionDraft = {
          occurredAt,
          amountMinor: direction === 'out' ? -amount : amount,
          currency: 'CNY',
          counterparty: text(cells, c.counterparty),
          description,
          status,
          direction,
        };
        if (kind) draft.kind = kind;
        const id = orderId(cell(cells, c.id), line, ctx);
        if (id) draft.externalId = id;
        const method = text(cells, c.method);
        if (method) draft.method = method;
        const note = cell(cells, c.note);
        if (note.startsWith(FEE)) {
          // 零钱提现 states its fee only here: `服务费¥0.10`. Other notes are free text and stay as they are.
          const fee = fen(note.slice(FEE.length));
          if (fee > 0) draft.feeMinor = fee;
        }
        ctx.emit(draft, line, cells);
      },
      finish() {
        summary.check();
      },
    };
  },
};
