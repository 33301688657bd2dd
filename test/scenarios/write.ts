// Writes generated statements to disk for manual inspection or other tools:
//   npx tsx test/scenarios/write.ts --seed 3 [--months 12] [--clean] --out statement.json [--csv statement.csv]
// The JSON holds { seed, persona, transactions, incidents, legit }. The CSV is in Revolut's statement
// layout (the simplest one the app reads, whatever the persona), so a generated statement can go through
// the importer, the CLI and the app end to end: `npm run -s audit -- statement.csv`.
import { writeFileSync } from 'node:fs';
import type { Transaction } from '../../shared/model';
import { toDecimalString } from '../../shared/money';
import { generateScenario } from './generate';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
};
const seed = Number(arg('seed') ?? 1);
const months = arg('months') ? Number(arg('months')) : undefined;
const out = arg('out');
const csv = arg('csv');
if (!Number.isInteger(seed) || (!out && !csv)) {
  process.stderr.write('usage: tsx test/scenarios/write.ts --seed N [--months M] [--clean] (--out FILE.json | --csv FILE.csv)\n');
  process.exit(2);
}
const scenario = generateScenario(seed, { ...(months ? { months } : {}), ...(args.includes('--clean') ? { incidents: [] } : {}) });

const STATE: Record<Transaction['status'], string> = {
  completed: 'COMPLETED', pending: 'PENDING', refunded: 'COMPLETED', closed: 'REVERTED', failed: 'DECLINED',
};
function type(t: Transaction): string {
  if (t.status === 'refunded' && t.direction === 'in') return 'CARD_REFUND';
  if (t.direction === 'in') return 'TOPUP';
  return /转账|红包|transfer/i.test(t.kind ?? '') ? 'TRANSFER' : 'CARD_PAYMENT';
}
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
function revolutCsv(txs: readonly Transaction[]): string {
  const rows = ['Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance'];
  for (const t of txs) {
    const when = `${t.occurredAt.slice(0, 10)} ${t.occurredAt.slice(11, 19)}`;
    const amount = toDecimalString(t.status === 'closed' || t.direction === 'neutral' ? -Math.abs(t.amountMinor) : t.amountMinor, t.currency);
    rows.push([type(t), 'Current', when, when, quote(t.counterparty), amount, '0.00', t.currency, STATE[t.status], ''].join(','));
  }
  return `${rows.join('\n')}\n`;
}

if (out) writeFileSync(out, JSON.stringify(scenario, null, 1));
if (csv) writeFileSync(csv, revolutCsv(scenario.transactions));
process.stdout.write(`${scenario.persona}: ${scenario.transactions.length} transactions, ${scenario.incidents.length} incidents → ${[out, csv].filter(Boolean).join(', ')}\n`);
