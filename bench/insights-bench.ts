// Speed of the insights worker's aggregation over 1,000,000 transactions: every chart's series for one
// selection (what a filter change costs) over the resident columns, and the two answers that read the
// history as objects when asked (the heat map's unusual hours via the rules' history index, an audit
// review), with the heap each form takes. Reading IndexedDB itself is not measured here.
//   node --expose-gc --import tsx bench/insights-bench.ts [--tx 1000000] [--runs 3]
// Target on this 2-core machine: a selection's series in under 300 ms (median).
import { parseArgs } from 'node:util';
import { buildAuditReview } from '../shared/audit/review';
import type { Transaction } from '../shared/model';
import { buildHistory } from '../shared/rules/history';
import { unusualHours, unusualHoursOptions } from '../shared/rules/unusual-hours';
import { ColumnsBuilder } from '../renderer/src/insights/columns';
import { computeSeries } from '../renderer/src/insights/series-columns';
import { leanFromColumns } from '../renderer/src/insights/col-history';
import { buildPages } from '../renderer/src/data/store/pages';
import type { ColsMore, ColsRow } from '../renderer/src/db/rows';

const { values } = parseArgs({ options: { tx: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } } });
const N = Number(values.tx);
const RUNS = Math.max(1, Number(values.runs));
const TARGET_MS = 300;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A deterministic history: 8 accounts in 3 currencies, 5,000 payees, salaries, fees and balances. */
function* generate(n: number): Generator<Transaction> {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const currencies = ['CNY', 'EUR', 'USD'];
  const balances = new Array<number>(8).fill(500_000);
  for (let i = 0; i < n; i++) {
    const acct = i % 8;
    const day = Math.floor((i / n) * 3 * 365);
    const d = new Date(Date.UTC(2022, 0, 1 + day));
    const hour = 7 + Math.floor(rnd() * 15);
    const iso = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(hour)}:${p2(Math.floor(rnd() * 60))}:00+08:00`;
    const salary = i % 997 === 0;
    const amount = salary ? 2_000_000 : -Math.round(100 + rnd() * 20_000);
    const fee = !salary && i % 50 === 0 ? 150 : undefined;
    balances[acct]! += amount - (fee ?? 0);
    const payee = salary ? 'Employer' : `Payee ${Math.floor(rnd() * 5000)}`;
    yield {
      id: `bench:${i}`, provider: acct < 4 ? 'alipay' : 'revolut', accountId: `acct-${acct}`, occurredAt: iso, amountMinor: amount,
      currency: currencies[acct % 3]!, counterparty: payee, description: fee ? 'Transfer' : `Order ${i}`,
      status: i % 101 === 0 ? 'failed' : 'completed', direction: amount < 0 ? 'out' : 'in',
      ...(fee ? { feeMinor: fee } : {}), ...(acct >= 4 ? { balanceMinor: balances[acct]! } : {}),
      ...(i % 7 === 0 ? { method: `Card ${acct}` } : {}),
      source: { fileSha256: `file-${acct}-${Math.floor(day / 90)}`, line: i + 2, raw: ['a', 'b', 'c', String(amount)] },
    };
  }
}

function time<T>(label: string, work: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = work();
  const ms = performance.now() - t0;
  console.log(`  ${label}: ${ms.toFixed(0)} ms`);
  return { value, ms };
}

gc();
const heap0 = process.memoryUsage().heapUsed;
const b = new ColumnsBuilder();
time(`columns of ${N.toLocaleString('en')} transactions (once per store change)`, () => {
  for (const t of generate(N)) b.add(t);
});
const columns = b.done();
gc();
const heap1 = process.memoryUsage().heapUsed;
console.log(`  resident columns: ${mb(heap1 - heap0)}`);

const filters = [{}, { accountId: 'acct-5' }, { from: '2023-01-01', to: '2023-12-31' }];
const seriesMs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  console.log(`run ${run + 1}`);
  for (const f of filters) seriesMs.push(time(`series ${JSON.stringify(f)}`, () => computeSeries(columns, [], f)).ms);
}
// The store's column records (what the worker reads instead of the pages), built in import-sized pieces.
const records: ColsRow[] = [];
let piece: Transaction[] = [];
const flush = (): void => {
  records.push(...buildPages(`bench-${records.length}`, piece).cols);
  piece = [];
};
for (const t of generate(N)) if (piece.push(t) >= 100_000) flush();
flush();
gc();
const heapRecords = process.memoryUsage().heapUsed;
const b2 = new ColumnsBuilder();
time('chart columns from the column records (what opening the page costs besides IndexedDB)', () => {
  for (const r of records) b2.addRecord(r as ColsRow & { more: ColsMore });
});
b2.done();
gc();
const txs: Transaction[] = [];
time('lean objects from the column records (read when an audit or the unusual hours are asked for)', () => {
  for (const r of records) leanFromColumns(r, (t) => txs.push(t));
});
records.length = 0;
gc();
console.log(`  lean objects, while held: ${mb(process.memoryUsage().heapUsed - heapRecords)}`);
const h = time('rules history index', () => buildHistory(txs)).value;
time('unusual hours from it', () => unusualHours(h, unusualHoursOptions(), 'acct-5'));
time('audit review of one month', () => buildAuditReview(txs, [], new Set(), { from: '2024-06-01', to: '2024-06-30' }));

const med = median(seriesMs);
console.log(`series per selection: median ${med.toFixed(0)} ms over ${seriesMs.length} (target < ${TARGET_MS} ms)`);
process.exitCode = med < TARGET_MS ? 0 : 1;
