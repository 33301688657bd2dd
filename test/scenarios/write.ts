// Writes generated statements to disk for manual inspection or other tools:
//   npx tsx test/scenarios/write.ts --seed 3 [--months 12] [--clean] --out statement.json
// The file holds { seed, persona, transactions, incidents, legit }.
import { writeFileSync } from 'node:fs';
import { generateScenario } from './generate';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
};
const seed = Number(arg('seed') ?? 1);
const months = arg('months') ? Number(arg('months')) : undefined;
const out = arg('out');
if (!Number.isInteger(seed) || !out) {
  process.stderr.write('usage: tsx test/scenarios/write.ts --seed N [--months M] [--clean] --out FILE.json\n');
  process.exit(2);
}
const scenario = generateScenario(seed, { ...(months ? { months } : {}), ...(args.includes('--clean') ? { incidents: [] } : {}) });
writeFileSync(out, JSON.stringify(scenario, null, 1));
process.stdout.write(`${scenario.transactions.length} transactions, ${scenario.incidents.length} incidents → ${out}\n`);
