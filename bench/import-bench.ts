// Import throughput: a 1,000,000-row Alipay GB18030 export through papaparse alone (decode + streaming
// parse, the floor) and through the real CLI (`--json`, the whole pipeline: decode, CSV, importer, ids,
// dedupe, rules, report). Targets: CLI within 2× of the raw parse, peak RSS under 1.5 GB.
// Usage: npm run bench [-- --rows N --runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { ensureAlipayExport } from './alipay-data';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(values.rows);
const RUNS = Math.max(1, Number(values.runs));
const TARGET_RATIO = 2;
const TARGET_RSS_MB = 1536;
// The node flags of the `audit` npm script, so the benchmark measures what users run: a larger young
// generation lets most per-row temporaries die young instead of being copied (about 10 % of the time).
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const CLI_NODE_FLAGS = pkg.scripts.audit!.split(/\s+/).slice(1, -1);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

interface Timing { ms: number; cpuMs: number }

function rawParse(file: string): Timing & { records: number } {
  const bytes = readFileSync(file);
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const text = new TextDecoder('gb18030').decode(bytes);
  let records = 0;
  Papa.parse<string[]>(text, { step: () => void records++ });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, records };
}

/** Runs `script args` under /usr/bin/time -v: wall and CPU time, peak RSS, and its JSON output. */
function timedChild(script: string, args: string[]): Timing & { rssMb: number; transactions: number } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...CLI_NODE_FLAGS, path.join(ROOT, script), ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !rss) throw new Error(`${script} failed (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(r.stdout) as { transactions: number };
  const cpuMs = (Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN)) * 1000;
  return { ms, cpuMs, rssMb: Number(rss[1]) / 1024, transactions: report.transactions };
}

const t0 = performance.now();
const file = ensureAlipayExport(path.join(ROOT, 'bench/.data'), ROWS);
const sizeMb = statSync(file).size / 2 ** 20;
console.log(`input: ${path.relative(ROOT, file)} (${ROWS.toLocaleString('en')} rows, ${sizeMb.toFixed(1)} MB, ready in ${secs(performance.now() - t0)})`);

const raw: Timing[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = rawParse(file);
  raw.push(r);
  console.log(`  papaparse run ${i + 1}: ${secs(r.ms)} (cpu ${secs(r.cpuMs)}), ${r.records.toLocaleString('en')} records`);
}
const imp: Timing[] = [];
const cli: Timing[] = [];
let peak = 0;
for (let i = 0; i < RUNS; i++) {
  const a = timedChild('bench/import-child.ts', [file]);
  imp.push(a);
  const r = timedChild('cli/main.ts', ['--json', file]);
  cli.push(r);
  peak = Math.max(peak, r.rssMb);
  for (const x of [a, r]) if (x.transactions !== ROWS) throw new Error(`${x.transactions} transactions imported, expected ${ROWS}`);
  console.log(`  import path run ${i + 1}: ${secs(a.ms)} (cpu ${secs(a.cpuMs)}), peak RSS ${a.rssMb.toFixed(0)} MB`);
  console.log(`  CLI run ${i + 1}: ${secs(r.ms)} (cpu ${secs(r.cpuMs)}), peak RSS ${r.rssMb.toFixed(0)} MB, ${r.transactions.toLocaleString('en')} transactions`);
}

const med = (xs: Timing[]): Timing => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) });
const [r0, i0, c0] = [med(raw), med(imp), med(cli)];
const ok = (b: boolean): string => (b ? 'ok' : 'MISSED');
const line = (label: string, t: Timing): string =>
  `${label.padEnd(58)} ${secs(t.ms).padStart(8)} wall, ${secs(t.cpuMs).padStart(8)} cpu   ${(t.ms / r0.ms).toFixed(2)}× wall, ${(t.cpuMs / r0.cpuMs).toFixed(2)}× cpu of raw`;
// Wall time is the target; CPU time is printed beside it because on a shared machine the wall clock also
// measures the neighbours (load average below). The full CLI also runs every rule over the million rows.
console.log(`
machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${RUNS}
${line('papaparse raw parse (decode + Papa.parse step)', r0)}
${line('import path (read, decode, CSV, importer, ids), child', i0)}
${line('CLI full run (--json: import + rules + report), start-up', c0)}
import path / raw: ${(i0.ms / r0.ms).toFixed(2)}× wall (target ≤ ${TARGET_RATIO}×: ${ok(i0.ms / r0.ms <= TARGET_RATIO)})
CLI full run / raw: ${(c0.ms / r0.ms).toFixed(2)}× wall (target ≤ ${TARGET_RATIO}×: ${ok(c0.ms / r0.ms <= TARGET_RATIO)})
peak RSS (CLI full run): ${peak.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${ok(peak < TARGET_RSS_MB)})`);
