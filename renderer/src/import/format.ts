// Small display helpers for the import page.
import type { Transaction } from '../../../shared/model';

/** `2024-03-05T14:07:00+08:00` → `2024-03-05 14:07`: the time as the export wrote it, in its own zone. */
export function shortTime(tx: Pick<Transaction, 'occurredAt'>): string {
  return tx.occurredAt.slice(0, 16).replace('T', ' ');
}

export function fileSize(bytes: number, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${nf.format(bytes)} B`;
  if (bytes < 1024 ** 2) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes / 1024 ** 2)} MB`;
}
