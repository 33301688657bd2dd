// Import throughput: a 1,000,000-row Alipay GB18030 export through papaparse alone (read, decode, parse:
// the floor) and through the real CLI. Three child processes, each started the same way with the `audit`
// script's node flags and timed from start to exit: the raw parse, the CLI's import (`--json --no-rules`:
// read, decode, CSV, importer, ids, dedupe, report) and the full CLI (`--json`: import, every rule, report).
// Targets: the CLI's import within 2× of the raw parse, peak RSS under 1.5 GB.
// Usage: npm run bench [-- --rows N --runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureAlipayExport } from './alipay-data';
import { ensureBundle } from '../scripts/build-cli.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(values.rows);
const RUNS = Math.max(1, Number(values.runs));
const TARGET_RATIO = 2;
const TARGET_RSS_MB = 1536;
// The node flags of the `audit` npm script, so the benchmark measures what users run: a larger young
// generation lets most per-row temporaries die young instead of being copied (about 10 % of the time).
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const NODE_FLAGS = pkg.scripts.audit!.split(/\s+/).slice(1, -1);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

interface Timing { ms: number; cpuMs: number }
interface ChildRun extends Timing { rssMb: number; count: number }

/** Runs `node <flags> script args` under /usr/bin/time -v: wall and CPU time, peak RSS, and the count it prints. */
function timedChild(script: string, args: string[]): ChildRun {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...NODE_FLAGS, path.resolve(ROOT, script), ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !rss) throw new Error(`${script} failed (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  const out = JSON.parse(r.stdout) as { transactions?: number; records?: number };
  const cpuMs = (Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN)) * 1000;
  return { ms, cpuMs, rssMb: Number(rss[1]) / 1024, count: out.transactions ?? out.records ?? NaN };
}

// Built before the clock starts, as a user's first run would have left it (scripts/build-cli.mjs).
await ensureBundle();
const t0 = performance.now();
const file = ensureAlipayExport(path.join(ROOT, 'bench/.data'), ROWS);
const sizeMb = statSync(file).size / 2 ** 20;
console.log(`input: ${path.relative(ROOT, file)} (${ROWS.toLocaleString('en')} rows, ${sizeMb.toFixed(1)} MB, ready in ${secs(performance.now() - t0)})`);

const raw: Timing[] = [];
const imp: Timing[] = [];
const cli: Timing[] = [];
let peak = 0;
for (let i = 0; i < RUNS; i++) {
  const p = timedChild('bench/raw-parse.mjs', [file]);
  raw.push(p);
  const a = timedChild('scripts/audit.mjs', ['--json', '--no-rules', file]);
  imp.push(a);
  const r = timedChild('scripts/audit.mjs', ['--json', file]);
  cli.push(r);
  peak = Math.max(peak, a.rssMb, r.rssMb);
  for (const x of [a, r]) if (x.count !== ROWS) throw new Error(`${x.count} transactions imported, expected ${ROWS}`);
  console.log(`  papaparse run ${i + 1}: ${secs(p.ms)} (cpu ${secs(p.cpuMs)}), ${p.count.toLocaleString('en')} records, peak RSS ${p.rssMb.toFixed(0)} MB`);
  console.log(`  import run ${i + 1}: ${secs(a.ms)} (cpu ${secs(a.cpuMs)}), peak RSS ${a.rssMb.toFixed(0)} MB`);
  console.log(`  CLI run ${i + 1}: ${secs(r.ms)} (cpu ${secs(r.cpuMs)}), peak RSS ${r.rssMb.toFixed(0)} MB, ${r.count.toLocaleString('en')} transactions`);
}

const med = (xs: Timing[]): Timing => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) });
const [r0, i0, c0] = [med(raw), med(imp), med(cli)];
const ok = (b: boolean): string => (b ? 'ok' : 'MISSED');
const line = (label: string, t: Timing): string =>
  `${label.padEnd(66)} ${secs(t.ms).padStart(8)} wall, ${secs(t.cpuMs).padStart(8)} cpu   ${(t.ms / r0.ms).toFixed(2)}× wall, ${(t.cpuMs / r0.cpuMs).toFixed(2)}× cpu of raw`;
// Wall time is the target; CPU time is printed beside it because on a shared machine the wall clock also
// measures the neighbours (load average below).
console.log(`
machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${RUNS}; every figure a whole process
${line('papaparse raw parse (read, decode, Papa.parse step)', r0)}
${line('CLI import (--json --no-rules: read, decode, CSV, importer, ids)', i0)}
${line('CLI full run (--json: import + every rule + report)', c0)}
CLI import / raw parse: ${(i0.ms / r0.ms).toFixed(2)}× wall (target ≤ ${TARGET_RATIO}×: ${ok(i0.ms / r0.ms <= TARGET_RATIO)})
CLI full run / raw parse: ${(c0.ms / r0.ms).toFixed(2)}× wall (the rules' own target is bench:rules-speed's)
peak RSS (CLI import and full run): ${peak.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${ok(peak < TARGET_RSS_MB)})`);
