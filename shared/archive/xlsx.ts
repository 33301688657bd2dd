// PLACEHOLDER: replaced by the XLSX work.
import { ImportError } from '../importing/errors';

export interface Sheet { name: string; rows: string[][] }
export function readXlsxSheets(name: string, _b: Uint8Array): Sheet[] {
  throw new ImportError(name, 'XLSX workbooks are not supported yet');
}
