// Alipay 支付宝 statements: the web 交易记录明细查询 export (≤2021, 16 columns), the app 电子客户回单 of 2021
// (收/支 first, summary in a trailer) and the app export of 2023+ (交易时间 first, summary in the preamble).
// Columns are read by name, so one row reader serves all three. Amounts are unsigned with a 收/支 column.
import type { Transaction } from '../model';
import { amountIssue, fen, refundNote } from './china/amount';
import { issueText } from '../importing/issue-messages';
import { isTrailerStart, orderId, rowTime, StatementSummary, WordReader } from './china/statement';
import { cell, isBlankRow } from './cell';
import type { Importer, TransactionDraft } from './types';

const ACCOUNT_LABELS = ['支付宝账户', '账号'];

export const alipay: Importer = {
  meta: {
    id: 'alipay',
    label: 'Alipay 支付宝',
    encodings: ['gb18030', 'utf-8'],
    layouts: [
      { id: 'web-2019', required: ['交易号', '交易创建时间', '交易对方', '金额（元）', '收/支', '交易状态'] },
      {
        id: 'app-2021',
        required: ['收/支', '交易对方', '商品说明', '金额', '交易状态', '交易订单号', '交易时间'],
        // The 电子客户回单 banner, not the full line: the company name in it may change.
        preamble: /电子客户回单/,
      },
      {
        id: 'app-2023',
        required: ['交易时间', '交易分类', '交易对方', '商品说明', '收/支', '金额', '交易状态', '交易订单号', '备注'],
      },
    ],
  },
  begin(ctx) {
    const c = {
      id: ctx.col('交易号', '交易订单号'),
      time: ctx.col('交易时间', '交易创建时间'),
      paid: ctx.col('付款时间'),
      amount: ctx.col('金额', '金额（元）', '金额(元)'),
      direction: ctx.col('收/支'),
      status: ctx.col('交易状态'),
      counterparty: ctx.col('交易对方'),
      account: ctx.col('对方账号'),
      description: ctx.col('商品说明', '商品名称'),
      method: ctx.col('收/付款方式'),
      category: ctx.col('交易分类'),
      kind: ctx.col('类型'),
      fee: ctx.col('服务费（元）', '服务费(元)'),
      refunded: ctx.col('成功退款（元）', '成功退款(元)'),
    };
    // A row shorter than this lacks a column every transaction needs.
    const needed = Math.max(c.time, c.amount, c.direction, c.status) + 1;
    const words = new WordReader(ctx);
    const summary = new StatementSummary(ctx, ACCOUNT_LABELS);
    // Order numbers shaped like a refund's (`<original>_<suffix>`), so finish() only looks when there are any.
    const refunds = new Set<string>();
    let trailer = false;

    return {
      row(cells, line) {
        const first = cells[0] ?? '';
        if (trailer || isTrailerStart(first)) {
          // Read on through the trailer for the account and the count (not data rows); the count line ends it.
          trailer = true;
          return summary.note(first, line) ? 'stop' : 'skip';
        }
        if (isBlankRow(cells)) return 'skip';
        summary.rows++;
        if (cells.length < needed) {
          ctx.issue(line, 'ragged-row', issueText('ragged-row', { cells: cells.length, columns: ctx.header.length }));
          return;
        }
        const timeText = cell(cells, c.time) || cell(cells, c.paid);
        const occurredAt = rowTime(ctx, timeText, line);
        if (!occurredAt) return;
        const amountText = cell(cells, c.amount);
        const amount = fen(amountText);
        if (Number.isNaN(amount)) return void ctx.issue(line, 'bad-amount', amountIssue(amountText, '金额'));

        const direction = words.direction(cell(cells, c.direction), line);
        let description = cell(cells, c.description);
        const draft: TransactionDraft = {
          occurredAt,
          amountMinor: direction === 'out' ? -amount : amount,
          currency: 'CNY',
          counterparty: cell(cells, c.counterparty),
          description,
          status: words.status(cell(cells, c.status), line),
          direction,
        };
        const id = orderId(cell(cells, c.id), line, ctx);
        if (id) {
          draft.externalId = id;
          if (id.indexOf('_') > 0) refunds.add(id);
        }
        const account = cell(cells, c.account);
        if (account && account !== '/') draft.counterpartyAccount = account;
        const method = cell(cells, c.method);
        if (method && method !== '/') draft.method = method;
        const category = cell(cells, c.category);
        if (category) draft.category = category;
        const kind = cell(cells, c.kind);
        if (kind) draft.kind = kind;
        if (c.fee >= 0) {
          const feeText = cell(cells, c.fee);
          const fee = feeText ? fen(feeText) : 0;
          if (Number.isNaN(fee)) return void ctx.issue(line, 'bad-amount', amountIssue(feeText, '服务费'));
          if (fee) draft.feeMinor = fee;
        }
        if (c.refunded >= 0) {
          // The web export puts what was refunded on the original row (the refund itself is its own row).
          const refundedText = cell(cells, c.refunded);
          const refunded = refundedText ? fen(refundedText) : 0;
          if (Number.isNaN(refunded)) return void ctx.issue(line, 'bad-amount', amountIssue(refundedText, '成功退款'));
          if (refunded) description += refundNote(refunded);
          draft.description = description;
        }
        ctx.emit(draft, line, cells);
      },
      finish(transactions) {
        if (refunds.size) linkRefunds(transactions, refunds);
        summary.check();
      },
    };
  },
};

/** A refund's order number is the original's plus `_suffix` (`987654_321`); link it when the original is here. */
function linkRefunds(transactions: Transaction[], refunds: ReadonlySet<string>): void {
  const wanted = new Map<string, string>(); // original order number → its transaction id
  for (const r of refunds) wanted.set(r.slice(0, r.indexOf('_')), '');
  for (const t of transactions) {
    if (t.externalId && wanted.has(t.externalId)) wanted.set(t.externalId, t.id);
  }
  for (const t of transactions) {
    if (!t.externalId || !refunds.has(t.externalId)) continue;
    const original = wanted.get(t.externalId.slice(0, t.externalId.indexOf('_')));
    if (original) t.relatedId = original;
  }
}
