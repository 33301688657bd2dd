// The mapping-driven importer for any CSV we do not know: a saved profile (JSON) says which column holds
// what, and this turns rows into transactions with the same care as a provider importer. It never guesses:
// a column the profile names but the file lacks means the file is rejected; a cell that does not read as
// the profile says becomes an issue on its line.
import { parseAmount, type DecimalMark } from '../money';
import { parseDateTime, type DateOrder } from '../dates';
import type { EncodingId } from '../decode';
import type { TransactionStatus } from '../model';
import type { Importer, ParseContext } from './types';
import { balanceCell } from './cell';
import { compileDateFormat, type DateFormat } from '../importing/mapping-profile';
import { issueText, type IssueText } from '../importing/issue-messages';

/** A column by header name, or by 0-based position (the only way for header-less files). */
export type ColumnRef = string | number;

/** A saved description of an unknown CSV's columns (JSON), so any bank export can be imported. */
export interface MappingProfile {
  name: string;
  /** `false` for files whose first row is already data (e.g. TD Canada); columns are then positions. Default true. */
  hasHeader?: boolean;
  columns: {
    date: ColumnRef;
    time?: ColumnRef;
    /** A signed amount (or unsigned, with `direction`). */
    amount?: ColumnRef;
    /** Money out, written as a positive (or negative) number; empty on money-in rows. */
    debit?: ColumnRef;
    /** Money in; empty on money-out rows. */
    credit?: ColumnRef;
    /** A flag column that says which way the amount goes (values in `directionValues`). */
    direction?: ColumnRef;
    /** Several columns are joined with a space. */
    counterparty?: ColumnRef | ColumnRef[];
    description?: ColumnRef | ColumnRef[];
    currency?: ColumnRef;
    id?: ColumnRef;
    balance?: ColumnRef;
    status?: ColumnRef;
    fee?: ColumnRef;
    type?: ColumnRef;
    category?: ColumnRef;
    method?: ColumnRef;
    counterpartyAccount?: ColumnRef;
  };
  /** Values of the direction column (trimmed, case-insensitive; `消费*` matches by prefix). */
  directionValues?: { out: string[]; in: string[]; neutral?: string[] };
  /** Credit-card statements list charges as positive numbers: flip the sign of `amount`. */
  negateAmounts?: boolean;
  /** Token format of the date cell, e.g. `YYYYMMDD`, `MM/DD/YYYY`, `YYYY/MM/DD HH:mm:ss`. */
  dateFormat?: string;
  /** Token format of the time cell, e.g. `HHmmss`; default `H:mm[:ss]`. */
  timeFormat?: string;
  /** Without `dateFormat`: settles `03/04/2025`. Without either, such dates are reported as ambiguous. */
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  encoding?: EncodingId;
  /** ISO 4217 code used when no currency column or amount text says otherwise. */
  currency?: string;
  /** Names of currencies as the file writes them, e.g. `{ "人民币": "CNY" }` (common ones are built in). */
  currencyAliases?: Record<string, string>;
  /** Status values → our statuses (common ones are built in). */
  statusMap?: Record<string, TransactionStatus>;
  /** Zone for the file's naive times (`+08:00`, `America/Toronto`); default the user's zone. */
  zone?: string;
  /** Regular expressions; a data row whose cells (joined with `,`) match one is a summary, not a transaction. */
  skipRowsMatching?: string[];
  /** Account name for these transactions; default the profile's name. */
  account?: string;
}

const BUILTIN_CURRENCIES: Record<string, string> = {
  人民币: 'CNY', 人民币元: 'CNY', RMB: 'CNY', 美元: 'USD', 港币: 'HKD', 港元: 'HKD', 日元: 'JPY', 欧元: 'EUR',
  英镑: 'GBP', 澳元: 'AUD', 加元: 'CAD', 新加坡元: 'SGD', 新台币: 'TWD', 韩元: 'KRW', 瑞士法郎: 'CHF',
};

const BUILTIN_STATUS: Record<string, TransactionStatus> = {
  completed: 'completed', complete: 'completed', posted: 'completed', booked: 'completed', settled: 'completed',
  success: 'completed', successful: 'completed', 成功: 'completed', 交易成功: 'completed', 已入账: 'completed',
  pending: 'pending', authorised: 'pending', authorized: 'pending', 处理中: 'pending', 未入账: 'pending',
  failed: 'failed', declined: 'failed', rejected: 'failed', 失败: 'failed', 交易失败: 'failed',
  refunded: 'refunded', 已退款: 'refunded', 退款成功: 'refunded',
  cancelled: 'closed', canceled: 'closed', reversed: 'closed', closed: 'closed', 交易关闭: 'closed', 已撤销: 'closed',
};

/** Placeholders some banks write in an unused cell. */
const EMPTY_AMOUNT = /^[-‐–—/\\]*$/;

const lowerKeys = <T>(o: Record<string, T> | undefined): Map<string, T> =>
  new Map(Object.entries(o ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]));

/**
 * Matches a cell against listed values, trimmed and case-insensitive; a value ending in `*` matches by
 * prefix, for banks that put the direction at the start of a description (`消费 美团`).
 */
function valueMatcher(values: readonly string[] | undefined): (cell: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const v of values ?? []) {
    const t = v.trim().toLowerCase();
    if (t.endsWith('*')) prefixes.push(t.slice(0, -1));
    else exact.add(t);
  }
  return (cell) => {
    const c = cell.toLowerCase();
    return exact.has(c) || prefixes.some((p) => c.startsWith(p));
  };
}

/** The header names a profile needs; header-less profiles need none. */
export function requiredColumns(profile: MappingProfile): string[] {
  if (profile.hasHeader === false) return [];
  const names = new Set<string>();
  for (const ref of Object.values(profile.columns).flat()) {
    if (typeof ref === 'string') names.add(ref);
  }
  return [...names];
}

export function createMappingImporter(profile: MappingProfile): Importer {
  const headerless = profile.hasHeader === false;
  return {
    meta: {
      id: 'generic',
      label: profile.name,
      idScope: `generic:${profile.name}`,
      encodings: profile.encoding ? [profile.encoding] : ['utf-8', 'gb18030'],
      layouts: [{ id: 'mapping', required: requiredColumns(profile), ...(headerless ? { headerless: true } : {}) }],
    },
    begin: (ctx) => beginMapping(profile, ctx),
  };
}

function beginMapping(p: MappingProfile, ctx: ParseContext): ReturnType<Importer['begin']> {
  const at = (ref: ColumnRef | undefined): number =>
    ref === undefined ? -1 : typeof ref === 'number' ? ref : ctx.col(ref);
  const c = p.columns;
  const col = {
    date: at(c.date), time: at(c.time), amount: at(c.amount), debit: at(c.debit), credit: at(c.credit),
    direction: at(c.direction), currency: at(c.currency), id: at(c.id), balance: at(c.balance),
    status: at(c.status), fee: at(c.fee), type: at(c.type), category: at(c.category), method: at(c.method),
    counterpartyAccount: at(c.counterpartyAccount),
  };
  const many = (refs: ColumnRef | ColumnRef[] | undefined): number[] =>
    (Array.isArray(refs) ? refs : refs === undefined ? [] : [refs]).map(at);
  const counterpartyCols = many(c.counterparty);
  const descriptionCols = many(c.description);
  const zone = p.zone ?? ctx.zone;
  const fallbackCurrency = (p.currency ?? '').toUpperCase();
  const aliases = lowerKeys({ ...BUILTIN_CURRENCIES, ...p.currencyAliases });
  const statuses = lowerKeys({ ...BUILTIN_STATUS, ...p.statusMap });
  const dirOut = valueMatcher(p.directionValues?.out);
  const dirIn = valueMatcher(p.directionValues?.in);
  const dirNeutral = valueMatcher(p.directionValues?.neutral);
  const skip = (p.skipRowsMatching ?? []).map((s) => new RegExp(s, 'u'));
  const dateFmt: DateFormat | undefined = p.dateFormat ? compileDateFormat(p.dateFormat) : undefined;
  const timeFmt: DateFormat | undefined = p.timeFormat ? compileDateFormat(p.timeFormat) : undefined;
  const decimalMark = p.decimalMark ?? '.';
  ctx.setAccountHint(p.account ?? p.name);

  // `dateFmt`/`timeFmt` exist only when the profile gives the format, so `?? ''` below never applies.
  const when = (dateText: string, timeText: string): { ok: true; iso: string } | { ok: false; code: 'bad-date' | 'ambiguous-date'; problem: IssueText } => {
    let text: string;
    if (dateFmt) {
      const d = dateFmt.read(dateText);
      if (!d) return { ok: false, code: 'bad-date', problem: issueText('mapping-date-format', { text: dateText, format: p.dateFormat ?? '' }) };
      text = d;
    } else {
      if (!p.dateOrder && /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/.test(dateText)) {
        return { ok: false, code: 'ambiguous-date', problem: issueText('mapping-ambiguous-date', { text: dateText }) };
      }
      text = dateText;
    }
    if (timeText) {
      const tt = timeFmt ? timeFmt.read(timeText) : timeText;
      if (!tt) return { ok: false, code: 'bad-date', problem: issueText('mapping-time-format', { text: timeText, format: p.timeFormat ?? '' }) };
      text = `${text} ${tt}`;
    }
    const r = parseDateTime(text, zone, dateFmt ? 'ymd' : p.dateOrder ?? 'ymd');
    if (r.ok) return r;
    // Quote the cells as the file has them, not the normalised text that was checked.
    const asWritten = timeText ? `${dateText} ${timeText}` : dateText;
    const reason = r.reason.replace(`"${text}"`, `"${asWritten}"`);
    return { ok: false, code: 'bad-date', problem: issueText('bad-time', { text: asWritten, reason }) };
  };

  return {
    row(cells, line) {
      const get = (i: number): string => (i >= 0 ? cells[i] ?? '' : '');
      if (cells.every((x) => x === '')) return 'skip';
      if (skip.length) {
        const joined = cells.join(',');
        if (skip.some((re) => re.test(joined))) return 'skip';
      }
      // IssueText only, not a plain string: every issue carries a message id so the Chinese UI can word it.
      const issue = (code: Parameters<ParseContext['issue']>[1], detail: IssueText): void => ctx.issue(line, code, detail);

      const dateText = get(col.date);
      if (!dateText) return issue('missing-field', issueText('mapping-empty-date', {}));
      const t = when(dateText, get(col.time));
      if (!t.ok) return issue(t.code, t.problem);

      let currency = fallbackCurrency;
      const curText = get(col.currency);
      if (curText) {
        const code = aliases.get(curText.toLowerCase()) ?? curText.toUpperCase();
        if (!/^[A-Z]{3}$/.test(code)) {
          return issue('missing-field', issueText('mapping-currency-invalid', { text: curText }));
        }
        currency = code;
      }

      const amount = readAmount(get, col, currency, decimalMark, p.negateAmounts === true);
      if (!amount.ok) return issue(amount.code, amount.problem);
      let minor = amount.minor;
      if (amount.currency) currency = amount.currency;
      if (!currency) return issue('missing-field', issueText('mapping-no-currency', {}));

      let direction: 'out' | 'in' | 'neutral' = minor < 0 ? 'out' : minor > 0 ? 'in' : 'neutral';
      if (col.direction >= 0) {
        const flag = get(col.direction);
        if (dirOut(flag)) direction = 'out';
        else if (dirIn(flag)) direction = 'in';
        else if (dirNeutral(flag)) direction = 'neutral';
        else return issue('unknown-type', issueText('mapping-unknown-direction', { text: flag }));
        if (direction !== 'neutral') minor = direction === 'out' ? -Math.abs(minor) : Math.abs(minor);
      }

      const feeText = get(col.fee);
      const fee = feeText && !EMPTY_AMOUNT.test(feeText) ? parseAmount(feeText, currency, decimalMark) : undefined;
      if (fee && !fee.ok) return issue('bad-amount', issueText('fee-unreadable', { text: feeText, reason: fee.reason }));
      const balText = get(col.balance);
      // A placeholder (`-`) is an empty balance, not an unreadable one.
      const balance = balanceCell(ctx, EMPTY_AMOUNT.test(balText) ? '' : balText, currency, line, 'mapping-balance-unreadable', decimalMark);

      let status: TransactionStatus = 'completed';
      const statusText = get(col.status);
      if (statusText) {
        const s = statuses.get(statusText.toLowerCase());
        if (s) status = s;
        else {
          status = 'pending';
          issue('unknown-type', issueText('mapping-unknown-status', { text: statusText }));
        }
      }
      // Placeholder cells (`---`, `/`) say nothing, so they are left out of the text.
      const join = (cols: number[]): string => cols.map(get).filter((x) => !EMPTY_AMOUNT.test(x)).join(' ');
      const description = join(descriptionCols);
      const counterparty = join(counterpartyCols) || description;
      const externalId = get(col.id);
      ctx.emit(
        {
          occurredAt: t.iso,
          amountMinor: minor,
          currency,
          ...(externalId ? { externalId } : {}),
          ...(fee?.ok && fee.minor ? { feeMinor: Math.abs(fee.minor) } : {}),
          ...(balance !== undefined ? { balanceMinor: balance } : {}),
          counterparty,
          description: description || counterparty,
          ...(get(col.counterpartyAccount) ? { counterpartyAccount: get(col.counterpartyAccount) } : {}),
          ...(get(col.type) ? { kind: get(col.type) } : {}),
          ...(get(col.category) ? { category: get(col.category) } : {}),
          ...(get(col.method) ? { method: get(col.method) } : {}),
          status,
          direction,
        },
        line,
        cells,
      );
    },
  };
}

type AmountRead = { ok: true; minor: number; currency?: string } | { ok: false; code: 'bad-amount' | 'missing-field'; problem: IssueText };

/** One signed amount from `amount`, or from the `debit`/`credit` pair. */
function readAmount(
  get: (i: number) => string,
  col: { amount: number; debit: number; credit: number },
  currency: string,
  decimalMark: DecimalMark,
  negate: boolean,
): AmountRead {
  const cur = currency || 'XXX';
  if (col.amount >= 0) {
    const text = get(col.amount);
    // A placeholder (`-`) counts as empty too, so this is worded on its own rather than by amountUnreadable.
    if (EMPTY_AMOUNT.test(text)) return { ok: false, code: 'missing-field', problem: issueText('mapping-amount-empty', {}) };
    const a = parseAmount(text, cur, decimalMark);
    if (!a.ok) return { ok: false, code: 'bad-amount', problem: issueText('amount-unreadable', { text, reason: a.reason }) };
    return { ok: true, minor: negate && a.minor ? -a.minor : a.minor, ...(a.currency ? { currency: a.currency } : {}) };
  }
  const debitText = get(col.debit);
  const creditText = get(col.credit);
  const debit = EMPTY_AMOUNT.test(debitText) ? undefined : parseAmount(debitText, cur, decimalMark);
  const credit = EMPTY_AMOUNT.test(creditText) ? undefined : parseAmount(creditText, cur, decimalMark);
  if (debit && !debit.ok) {
    return { ok: false, code: 'bad-amount', problem: issueText('mapping-debit-unreadable', { text: debitText, reason: debit.reason }) };
  }
  if (credit && !credit.ok) {
    return { ok: false, code: 'bad-amount', problem: issueText('mapping-credit-unreadable', { text: creditText, reason: credit.reason }) };
  }
  const d = debit?.ok ? debit : undefined;
  const c = credit?.ok ? credit : undefined;
  if (!d && !c) return { ok: false, code: 'missing-field', problem: issueText('mapping-debit-credit-empty', {}) };
  if (d?.minor && c?.minor) {
    return { ok: false, code: 'bad-amount', problem: issueText('mapping-debit-credit-both', { debit: debitText, credit: creditText }) };
  }
  const found = (d?.minor ? d.currency : c?.currency) ?? d?.currency;
  const minor = d?.minor ? -Math.abs(d.minor) : Math.abs(c?.minor ?? 0);
  return { ok: true, minor, ...(found ? { currency: found } : {}) };
}
