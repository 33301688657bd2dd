// Small readers shared by the row parsers. Kept free of closures and regex construction so that the
// per-row work of a million-row export stays a few property reads.
import type { Direction } from '../model';
import type { ParseContext } from './types';
import { issueText } from '../importing/issue-messages';
import { parseAmount, type DecimalMark } from '../money';

/** The trimmed cell at a header index; an absent column (-1) or a short ragged row reads as ''. */
export function cell(cells: readonly string[], index: number): string {
  return index >= 0 ? (cells[index] ?? '') : '';
}

/** Rows of nothing but empty cells (`,,,,`) carry no data; exports put them before trailers. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}

export const ISO_CURRENCY = /^[A-Z]{3}$/;

/** The row's ISO 4217 currency, upper-cased; anything else is an issue on the row and gives undefined. */
export function currencyCell(ctx: ParseContext, cells: readonly string[], index: number, line: number): string | undefined {
  const currency = cell(cells, index).toUpperCase();
  if (ISO_CURRENCY.test(currency)) return currency;
  ctx.issue(line, 'missing-field', issueText('currency-invalid', { text: cell(cells, index) }));
  return undefined;
}

/**
 * The running balance in an optional cell, in minor units; undefined when the cell is empty, or when it
 * does not read as money, which is then an issue on the row (the row itself is still imported).
 */
export function balanceCell(
  ctx: ParseContext, text: string, currency: string, line: number,
  issue: 'balance-unreadable' | 'balance-unreadable-omitted' | 'running-balance-unreadable' | 'mapping-balance-unreadable',
  decimalMark?: DecimalMark,
): number | undefined {
  if (!text) return undefined;
  const balance = parseAmount(text, currency, decimalMark);
  if (balance.ok) return balance.minor;
  ctx.issue(line, 'bad-amount', issueText(issue, { text, reason: balance.reason }));
  return undefined;
}

/** Direction from a signed amount: the Western wallets put it nowhere else. */
export function directionOf(minor: number): Direction {
  return minor < 0 ? 'out' : minor > 0 ? 'in' : 'neutral';
}

/** First non-empty of the given texts, or ''. */
export function firstOf(...texts: string[]): string {
  for (const t of texts) if (t) return t;
  return '';
}
