// The column-mapping editor's form ⇄ a MappingProfile. A column is chosen by its header name, or by its
// position (`#3`) when the file has no header row.
import type { ColumnRef, MappingProfile } from '../../../shared/importers/generic';
import type { DateOrder } from '../../../shared/dates';
import type { DecimalMark } from '../../../shared/money';

export const ROLES = ['date', 'time', 'amount', 'debit', 'credit', 'counterparty', 'description', 'currency', 'id', 'balance', 'status'] as const;
export type Role = (typeof ROLES)[number];

export interface MappingForm {
  name: string;
  /** 1-based line of the header row among the peeked rows, or 0 for a file without one. */
  headerLine: number;
  columns: Partial<Record<Role, string>>;
  dateFormat: string;
  dateOrder: DateOrder | '';
  decimalMark: DecimalMark;
  currency: string;
  negateAmounts: boolean;
}

export const EMPTY_FORM: MappingForm = { name: '', headerLine: 0, columns: {}, dateFormat: '', dateOrder: '', decimalMark: '.', currency: '', negateAmounts: false };

const toRef = (v: string): ColumnRef => (/^#\d+$/.test(v) ? Number(v.slice(1)) : v);
const fromRef = (r: ColumnRef | ColumnRef[] | undefined): string | undefined => {
  const one = Array.isArray(r) ? r[0] : r;
  return one === undefined ? undefined : typeof one === 'number' ? `#${one}` : one;
};

export function toProfile(f: MappingForm): MappingProfile {
  const columns: Record<string, ColumnRef> = {};
  for (const role of ROLES) {
    const v = f.columns[role];
    if (v) columns[role] = toRef(v);
  }
  return {
    name: f.name.trim(),
    ...(f.headerLine === 0 ? { hasHeader: false } : {}),
    columns: columns as MappingProfile['columns'],
    ...(f.dateFormat.trim() ? { dateFormat: f.dateFormat.trim() } : {}),
    ...(f.dateOrder ? { dateOrder: f.dateOrder } : {}),
    ...(f.decimalMark !== '.' ? { decimalMark: f.decimalMark } : {}),
    ...(f.currency.trim() ? { currency: f.currency.trim().toUpperCase() } : {}),
    ...(f.negateAmounts ? { negateAmounts: true } : {}),
  };
}

export function fromProfile(p: MappingProfile, headerLine: number): MappingForm {
  const columns: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const v = fromRef((p.columns as Record<string, ColumnRef | ColumnRef[] | undefined>)[role]);
    if (v !== undefined) columns[role] = v;
  }
  return {
    name: p.name,
    headerLine: p.hasHeader === false ? 0 : headerLine,
    columns,
    dateFormat: p.dateFormat ?? '',
    dateOrder: p.dateOrder ?? '',
    decimalMark: p.decimalMark ?? '.',
    currency: p.currency ?? '',
    negateAmounts: p.negateAmounts ?? false,
  };
}

/** The likely header: the first of the peeked rows with the most non-empty cells. */
export function guessHeaderLine(rows: readonly { line: number; cells: string[] }[]): number {
  let best = rows[0];
  const filled = (c: string[]): number => c.filter((x) => x !== '').length;
  for (const r of rows) if (best && filled(r.cells) > filled(best.cells)) best = r;
  return best?.line ?? 0;
}

/** Saved profiles with this one added, or replacing the one of the same name. */
export function withProfile(list: readonly MappingProfile[], p: MappingProfile): MappingProfile[] {
  return [...list.filter((x) => x.name !== p.name), p].sort((a, b) => a.name.localeCompare(b.name));
}
