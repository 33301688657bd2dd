import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeBytes } from '../shared/decode';
import { readCsv } from '../shared/csv';
import { sha256Hex } from '../shared/hash';
import { importBytes } from '../shared/importing/import-file';
const file = process.argv[2]!;
const stage = process.argv[3]!;
const t = (l: string, t0: number) => console.log(l.padEnd(20), (performance.now() - t0).toFixed(0), 'ms');
let t0 = performance.now();
const bytes = readFileSync(file);
t('read', t0);
if (stage === 'decode') { t0 = performance.now(); const d = decodeBytes(bytes); t('decodeBytes', t0); t0 = performance.now(); new TextDecoder('gb18030').decode(bytes); t('plain gb18030', t0);
  t0 = performance.now(); console.log(d.text.includes('\r')); t('includes r', t0); t0 = performance.now(); d.text.indexOf('\u0000'); t('nul', t0);
  t0 = performance.now(); await sha256Hex(bytes); t('sha', t0); }
if (stage === 'papa') { const text = new TextDecoder('gb18030').decode(bytes); t0 = performance.now(); let n=0; Papa.parse<string[]>(text, { step: () => void n++ }); t('papa step', t0); }
if (stage === 'readcsv') { const text = new TextDecoder('gb18030').decode(bytes); t0 = performance.now(); let n=0; readCsv(text, { onRow: () => void n++ }); t('readCsv noop', t0); }
if (stage === 'keep') { const text = new TextDecoder('gb18030').decode(bytes); t0 = performance.now(); const k: string[][] = []; readCsv(text, { onRow: (c) => void k.push(c) }); t('readCsv keep', t0); }
if (stage === 'full') { t0 = performance.now(); const f = await importBytes(file, bytes); t('importBytes', t0); console.log(f[0]!.transactions.length); }
console.log('rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
