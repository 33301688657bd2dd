// What Chinese wallet statements (Alipay, WeChat Pay, JD, Meituan) share: naive China times, unsigned amounts
// with a 收/支 column, status words, a 共N笔记录 count in the preamble or the trailer, and an account line.
// Everything here is built once per file; the per-row functions are lookups, not pattern compilations.
import { isBlankRow } from '../cell';
import { CHINA_ZONE, parseDateTime, type DateResult } from '../../dates';
import type { Direction, TransactionStatus } from '../../model';
import type { ParseContext } from '../types';
import { issueText } from '../../importing/issue-messages';

/**
 * `2023-02-12 21:32:14` (and `2020.9.6 16:59` after a spreadsheet round trip) read as China time. The
 * exports' own `YYYY-MM-DD HH:MM:SS` is checked digit by digit here, because a general date parse costs
 * about as much as the CSV parse of the whole row; the result is the one parseDateTime gives (a test holds
 * the two together), and every other shape goes to parseDateTime.
 */
export function chinaTime(text: string): DateResult {
  const iso = canonicalChinaIso(text);
  if (iso) return { ok: true, iso, epochMs: Date.parse(iso) };
  const r = parseDateTime(text, CHINA_ZONE);
  if (r.ok || !EXCEL_SERIAL.test(text)) return r;
  return parseDateTime(serialToText(Number(text)), CHINA_ZONE);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * A valid `YYYY-MM-DD HH:MM:SS` as an ISO China time, or undefined (for parseDateTime to read or explain).
 * Only the text is made: rows keep the ISO time, so no result object or epoch is built a million times.
 */
function canonicalChinaIso(t: string): string | undefined {
  if (t.length !== 19 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 32 ||
    t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined;
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  const s = digits(t, 17, 2);
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
    return undefined;
  }
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > MONTH_DAYS[mo - 1]! + (leap ? 1 : 0)) return undefined;
  // join() gives one flat string; a template would keep a chain of pieces alive for each of a million rows.
  return [t.slice(0, 10), 'T', t.slice(11), CHINA_ZONE].join('');
}

// A workbook cell typed as a date holds days since 1899-12-30 (25569 = 1970-01-01, 73051 = 2100-01-01).
const EXCEL_SERIAL = /^(2[5-9]|[3-6]\d|7[0-2])\d{3}(\.\d+)?$/;
function serialToText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400) * 1000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

const DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['支出', 'out'], ['收入', 'in'],
  // Neither income nor spending: transfers between the user's own pockets, top-ups, withdrawals, closed orders.
  ['不计收支', 'neutral'], ['其他', 'neutral'], ['/', 'neutral'], ['', 'neutral'], ['中性交易', 'neutral'],
]);

// Exact status words seen in real exports; anything else is classified once by its key characters.
const EXACT_STATUS: ReadonlyMap<string, TransactionStatus> = new Map([
  ['交易成功', 'completed'], ['支付成功', 'completed'], ['退款成功', 'refunded'], ['交易关闭', 'closed'],
  ['等待确认收货', 'pending'], ['等待付款', 'pending'], ['已存入零钱', 'completed'], ['已转账', 'completed'],
  ['朋友已收钱', 'completed'], ['已收钱', 'completed'], ['提现已到账', 'completed'], ['充值完成', 'completed'],
  ['充值成功', 'completed'], ['已到账', 'completed'], ['已全额退款', 'refunded'], ['还款成功', 'completed'],
]);
// Order matters: `退款中` is pending, `已退款` refunded, `已到账` completed.
const STATUS_HINTS: readonly (readonly [string, TransactionStatus])[] = [
  ['失败', 'failed'], ['关闭', 'closed'], ['撤销', 'closed'], ['取消', 'closed'], ['过期', 'closed'],
  ['等待', 'pending'], ['处理中', 'pending'], ['中', 'pending'], ['待', 'pending'], ['未', 'pending'],
  ['退款', 'refunded'], ['退还', 'refunded'], ['退回', 'refunded'],
  ['成功', 'completed'], ['完成', 'completed'], ['到账', 'completed'], ['已', 'completed'],
];

function classifyStatus(text: string): TransactionStatus | undefined {
  const exact = EXACT_STATUS.get(text);
  if (exact || text === '') return exact;
  for (const [key, status] of STATUS_HINTS) if (text.includes(key)) return status;
  return undefined;
}

/**
 * Reads status and 收/支 words with a per-file cache. A word nobody has seen is reported once, at its first
 * line, and its rows are still imported (as pending, or as neutral for a direction) rather than dropped.
 */
export class WordReader {
  private readonly statuses = new Map<string, TransactionStatus>();
  private readonly directions = new Map<string, Direction>(DIRECTIONS);

  constructor(private readonly ctx: ParseContext) {}

  status(text: string, line: number): TransactionStatus {
    let s = this.statuses.get(text);
    if (s === undefined) {
      s = classifyStatus(text);
      if (s === undefined) {
        s = 'pending';
        this.ctx.issue(line, 'unknown-type', issueText('unknown-status', { text }));
      }
      this.statuses.set(text, s);
    }
    return s;
  }

  direction(text: string, line: number): Direction {
    let d = this.directions.get(text);
    if (d === undefined) {
      d = 'neutral';
      this.ctx.issue(line, 'unknown-type', issueText('unknown-direction', { text }));
      this.directions.set(text, d);
    }
    return d;
  }
}

const COUNT = /^共[：:]?\s*(\d+)\s*笔/;
const DASH = 45;
const GONG = 0x5171; // 共

/** A dashed rule or a 共N笔记录 line: the data is over (Alipay web and app 2021 put the summary after it). */
export function isTrailerStart(first: string): boolean {
  const c = first.charCodeAt(0);
  return (c === DASH && first.startsWith('-----')) || (c === GONG && COUNT.test(first));
}

/** N of `共N笔记录` / `共：N笔记录` in a row's first cell, if it is such a line. */
export function declaredCount(first: string): number | undefined {
  if (first.charCodeAt(0) !== GONG) return undefined;
  const m = COUNT.exec(first);
  return m ? Number(m[1]) : undefined;
}

/** The value of a `label：[value]` line (`支付宝账户：a@b.cn`, `微信昵称：[微]`), if the row is one. */
export function labelled(first: string, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    if (!first.startsWith(label)) continue;
    const sep = first.charCodeAt(label.length);
    if (sep !== 0xff1a && sep !== 58) continue; // ： or :
    let v = first.slice(label.length + 1).trim();
    if (v.startsWith('[') && v.endsWith(']')) v = v.slice(1, -1).trim();
    return v || undefined;
  }
  return undefined;
}

/**
 * The statement's own record count and account, from the preamble now and from trailer rows as they come,
 * checked against the data rows in `finish`.
 */
export class StatementSummary {
  /** Data rows handed to the importer (good or bad), trailer excluded. */
  rows = 0;
  private count: { n: number; line: number } | undefined;

  constructor(
    private readonly ctx: ParseContext,
    private readonly accountLabels: readonly string[],
  ) {
    for (const r of ctx.preamble) this.note(r[0] ?? '', 0);
  }

  /** Takes what a preamble or trailer row says; true when it was the count line. */
  note(cell: string, line: number): boolean {
    const first = cell;
    const n = declaredCount(first);
    if (n !== undefined) {
      this.count = { n, line };
      return true;
    }
    const account = labelled(first, this.accountLabels);
    if (account) this.ctx.setAccountHint(account);
    return false;
  }

  /** Reports a count that disagrees with the rows read (line 0 when the count was in the preamble). */
  check(): void {
    const c = this.count;
    if (c && c.n !== this.rows) {
      this.ctx.issue(c.line, 'count-mismatch', issueText('count-mismatch', { declared: c.n, read: this.rows }));
    }
  }
}

/** An empty row (workbooks keep them; the CSV reader already drops blank lines). */
/** The row's China time from its time cell; an empty or impossible time is an issue and gives undefined. */
export function rowTime(ctx: ParseContext, text: string, line: number): string | undefined {
  if (!text) {
    ctx.issue(line, 'missing-field', issueText('empty-time', {}));
    return undefined;
  }
  const iso = canonicalChinaIso(text);
  if (iso) return iso;
  const when = chinaTime(text);
  if (when.ok) return when.iso;
  ctx.issue(line, 'bad-date', issueText('bad-time', { reason: when.reason, text }));
  return undefined;
}

export type RowStart = 'stop' | 'skip' | 'bad' | 'data';

/**
 * The start every Chinese statement row shares: a trailer line ends the data (its count and account are
 * noted), blank separator rows are skipped, and a row too short for the needed columns is an issue.
 * Cells arrive trimmed from both the CSV reader and the workbook reader.
 */
export function screenRow(ctx: ParseContext, summary: StatementSummary, cells: readonly string[], line: number, needed: number): RowStart {
  const first = cells[0] ?? '';
  if (isTrailerStart(first)) {
    summary.note(first, line);
    return 'stop';
  }
  if (isBlankRow(cells)) return 'skip';
  summary.rows++;
  if (cells.length < needed) {
    ctx.issue(line, 'ragged-row', issueText('ragged-row', { cells: cells.length, columns: ctx.header.length }));
    return 'bad';
  }
  return 'data';
}

// `4.2E+27`: a spreadsheet saved the order number as a float and lost its digits.
const FLOAT_ID = /^\d(?:\.\d+)?E\+\d+$/i;

/**
 * The provider's order number, or undefined when there is none (`/`) or a spreadsheet has shortened it to
 * `4.2E+27`; such a row is kept under a content id and the loss is reported.
 */
export function orderId(text: string, line: number, ctx: ParseContext): string | undefined {
  if (text === '' || text === '/') return undefined;
  if (text.length < 24 && (text.includes('E+') || text.includes('e+')) && FLOAT_ID.test(text)) {
    ctx.issue(line, 'lossy-id', issueText('lossy-id', { text }));
    return undefined;
  }
  return text;
}
