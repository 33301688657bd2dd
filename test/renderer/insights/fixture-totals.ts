// The insights fixture and its monthly totals, computed straight from the CSV text (not through the
// importer), so tests check the app's numbers against the statement itself. Only booked rows count, and
// an EXCHANGE row is one leg of a conversion between the user's own accounts, not money in or out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/insights/revolut-eur-2024-jan-apr.csv');

export interface MonthTotals {
  in: number;
  out: number;
  count: number;
}

/** Month (YYYY-MM) → cents in and out (both positive), in month order. */
export function expectedMonths(csv: string): Map<string, MonthTotals> {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const col = header!.split(',');
  const at = (name: string): number => col.indexOf(name);
  const months = new Map<string, MonthTotals>();
  for (const line of lines) {
    const c = line.split(',');
    if (c[at('State')] !== 'COMPLETED' || c[at('Type')] === 'EXCHANGE') continue;
    const month = c[at('Started Date')]!.slice(0, 7);
    const cents = Math.round(Number(c[at('Amount')]) * 100);
    const m = months.get(month) ?? { in: 0, out: 0, count: 0 };
    if (cents >= 0) m.in += cents;
    else m.out -= cents;
    m.count++;
    months.set(month, m);
  }
  return new Map([...months].sort(([a], [b]) => a.localeCompare(b)));
}
