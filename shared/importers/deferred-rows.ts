// Some exports only reveal how to read them further down: `03/04/2024` is day-first or month-first, and
// `1,000` uses comma grouping or a decimal comma, until a row such as `29/12/2015` or `4.626,81` settles it.
// Rows are held back until the file has shown its hand (usually within the first few rows) and then
// streamed; a file that never settles it is read with a documented default at the end.
import { inferDateOrder, type DateOrder } from '../dates';
import type { DecimalMark } from '../money';

// Only texts that look like dates may vote: inferDateOrder takes a lone unparseable text for year-first.
const DATE_LIKE = /^(?:\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})/;

/** Learns a file's day/month order one date cell at a time, by inferDateOrder's rule (a field above 12). */
export class DateOrderSniffer {
  order: DateOrder | undefined;

  see(text: string): void {
    if (this.order || !DATE_LIKE.test(text)) return;
    const r = inferDateOrder([text]);
    if (r.order) this.order = r.order;
  }
}

const DECIMAL_TAIL = /[.,]\d{1,2}$/;

/** The decimal mark an amount text reveals (`4.626,81` → ',', `41.7` → '.'); `1,000` and `12` reveal none. */
export function decimalMarkOf(text: string): DecimalMark | undefined {
  const m = DECIMAL_TAIL.exec(text);
  return m ? (text[m.index] as DecimalMark) : undefined;
}

/** Holds rows back until `ready`, then hands them on in file order; after `open()` rows pass straight through. */
export class RowGate<R> {
  private kept: R[] | undefined = [];

  constructor(private readonly handle: (row: R) => void) {}

  push(row: R, ready: boolean): void {
    if (this.kept && ready) this.open();
    if (this.kept) this.kept.push(row);
    else this.handle(row);
  }

  /** Number of rows still held back. */
  get waiting(): number {
    return this.kept?.length ?? 0;
  }

  open(): void {
    const kept = this.kept;
    this.kept = undefined;
    if (kept) for (const r of kept) this.handle(r);
  }
}
