#!/usr/bin/env node
// npm run bench:app [-- --rows N] [--no-build]: builds the renderer, serves it with vite preview, and runs
// bench/app/run.mjs in headless Chromium. Prints the app's figures against the targets and next to a raw
// per-record IndexedDB write of the same kind of data. Exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStatement } from '../bench/app/generate.mjs';
import { runBench } from '../bench/app/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const rows = Number(arg('rows', 1_000_000));
const baselineRows = Number(arg('baseline-rows', 100_000));
const port = Number(arg('port', 4391));
const format = arg('format', 'alipay');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

mkdirSync('bench/.data', { recursive: true });
let file;
if (format === 'revolut') {
  // ASCII, no transaction ids (content-hash ids), times in the user's named zone.
  file = await generateStatement(path.resolve(`bench/.data/revolut-${rows}.csv`), rows);
} else {
  // The import benchmark's GB18030 Alipay app-2023 export: the main audience's format, with order ids.
  const out = spawnSync('npx', ['tsx', '-e', `import('./bench/alipay-data.ts').then((m) => console.log(m.ensureAlipayExport('bench/.data', ${rows})))`], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`could not write the Alipay export: ${out.stderr}`);
  file = path.resolve(out.stdout.trim().split('\n').pop());
}
console.log(`statement: ${file}`);

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const server = spawn('npx', ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopServer);
const baseURL = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(baseURL)).ok) break;
  } catch {
    // Not listening yet.
  }
  if (i > 200) throw new Error('vite preview did not start');
  await new Promise((r) => setTimeout(r, 150));
}

const filters = format === 'revolut'
  ? [{ text: 'Merchant 1', expect: /Merchant 1/ }, { text: 'merchant 19', expect: /Merchant 19/ }]
  : [{ text: '星巴克', expect: /星巴克/ }, { text: '午餐', expect: /午餐/ }];
const r = await runBench({ baseURL, file, rows, executablePath, baselineRows, filters });
stopServer();

const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`;
const mb = (n) => `${Math.round(n / 2 ** 20).toLocaleString('en')} MB`;
const checks = [
  [`import ${rows.toLocaleString('en')} rows (parse + store + rules)`, r.importMs, ms(r.importMs), r.importMs <= 30_000, '≤ 30,000 ms'],
  ['  of which parse + duplicate check (preview)', r.previewMs, ms(r.previewMs), true, ''],
  ['  of which commit: one transaction, then the rules (same worker)', r.storeMs, ms(r.storeMs), true, ''],
  ['longest main-thread task during import', r.importLongestTask, ms(r.importLongestTask), r.importLongestTask < 200, '< 200 ms'],
  ['peak memory, renderer + workers, import (own; all RSS)', r.importPeak.anon, `${mb(r.importPeak.anon)} (${mb(r.importPeak.rss)})`, r.importPeak.anon < 1.5 * 2 ** 30, '< 1,536 MB'],
  ['first rows after opening the app', r.firstRowsMs, ms(r.firstRowsMs), r.firstRowsMs < 1500, '< 1,500 ms'],
  ['full index ready after opening', r.indexReadyMs, ms(r.indexReadyMs), true, ''],
  ...[
    ['sort by amount', r.sortAmount],
    ['sort by amount, reversed', r.sortAmountAgain],
    ['sort by counterparty', r.sortCounterparty],
    ['filter: counterparty contains', r.filterCounterparty],
    ['filter: free-text search', r.filterSearch],
  ].map(([label, [ui, q]]) => [`${label}: query (UI incl. 250 ms filter debounce)`, q, `${ms(q)} (${ms(ui)})`, q < 500, '< 500 ms']),
  ['longest main-thread task, reopened app (incl. start-up)', r.openLongestTask, ms(r.openLongestTask), true, ''],
  ['longest main-thread task, app start-up (script evaluation)', r.bootLongestTask, ms(r.bootLongestTask), true, ''],
  ['peak memory, renderer + workers, reopened (own; all RSS)', r.openPeak.anon, `${mb(r.openPeak.anon)} (${mb(r.openPeak.rss)})`, r.openPeak.anon < 1.5 * 2 ** 30, '< 1,536 MB'],
  ['requests leaving the app origin', r.foreignRequests.length, String(r.foreignRequests.length), r.foreignRequests.length === 0, '0'],
];
console.log(`\nWallet Auditor app benchmark — ${rows.toLocaleString('en')} rows, ${r.findings}`);
for (const [label, , shown, ok, target] of checks) console.log(`${ok ? ' ok ' : 'MISS'}  ${label.padEnd(62)} ${shown.padStart(22)}  ${target}`);
const b = r.baseline;
const perRow = (t, n) => `${((t / n) * 1000).toFixed(1)} µs/row`;
console.log(`\nraw IndexedDB baseline, ${b.rows.toLocaleString('en')} rows in one transaction:`);
console.log(`  one record per row (per-record bulkAdd)  ${ms(b.perRecordMs).padStart(10)}  ${perRow(b.perRecordMs, b.rows)}`);
console.log(`  pages of 1,000 rows                      ${ms(b.pagedMs).padStart(10)}  ${perRow(b.pagedMs, b.rows)}  (${(b.perRecordMs / b.pagedMs).toFixed(0)}× faster)`);
console.log(`  the app's commit (store + rules) for ${rows.toLocaleString('en')} rows  ${ms(r.storeMs).padStart(10)}  ${perRow(r.storeMs, rows)}`);
if (r.foreignRequests.length) console.log('foreign requests:', r.foreignRequests);
process.exit(checks.every((c) => c[3]) ? 0 : 1);
