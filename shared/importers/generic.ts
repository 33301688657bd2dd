// PLACEHOLDER: the mapping-driven importer for any other CSV.
import type { DecimalMark } from '../money';
import type { DateOrder } from '../dates';
import type { Importer } from './types';

/** A saved description of an unknown CSV's columns (JSON), so any bank export can be imported. */
export interface MappingProfile {
  name: string;
  columns: {
    date: string;
    time?: string;
    amount?: string;
    debit?: string;
    credit?: string;
    counterparty?: string;
    description?: string;
    currency?: string;
    id?: string;
    balance?: string;
    status?: string;
  };
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  currency?: string;
  zone?: string;
}

export function createMappingImporter(profile: MappingProfile): Importer {
  return {
    meta: { id: 'generic', label: profile.name, encodings: ['utf-8', 'gb18030'], layouts: [{ id: 'mapping', required: [profile.columns.date] }] },
    begin: () => ({ row: () => undefined }),
  };
}
