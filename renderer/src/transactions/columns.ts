import type { SortKey } from '../data/api';

export interface Column {
  id: 'occurredAt' | 'accountId' | 'counterparty' | 'description' | 'amount' | 'status';
  /** Key in the `transactions` namespace. */
  labelKey: string;
  sortKey?: SortKey;
}

export const COLUMNS: readonly Column[] = [
  { id: 'occurredAt', labelKey: 'columns.occurredAt', sortKey: 'occurredAt' },
  { id: 'accountId', labelKey: 'columns.account' },
  { id: 'counterparty', labelKey: 'columns.counterparty', sortKey: 'counterparty' },
  { id: 'description', labelKey: 'columns.description' },
  { id: 'amount', labelKey: 'columns.amount', sortKey: 'amountMinor' },
  { id: 'status', labelKey: 'columns.status' },
];

/** Fixed row height: every row the same size keeps the scroll maths exact. At 28 px, 1,000,000 rows are a
 * 28,000,000 px scroll area, under Chromium's ~33.5M px limit for an element's height. */
export const ROW_HEIGHT = 28;

/** The wallet's own local time as exported (the ISO text keeps its offset), e.g. `2024-03-05 14:22`. */
export function localTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
