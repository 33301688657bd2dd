// Quality of the anomaly rules on generated statements with injected incidents:
//   npm run bench:rules            (tuning seeds and held-out seeds, reported separately)
// Prints recall (incidents caught at high, and at medium or above), precision (findings at medium or
// above that touch an incident), and the share of transactions flagged medium or high, with and without
// incidents. The held-out seeds were never looked at while tuning.
import { formatFinding, runRules, type Finding } from '../shared/rules';
import { generateScenario, type Scenario } from '../test/scenarios/generate';
import { INCIDENT_TYPES } from '../test/scenarios/incidents';

const TUNING = [1, 2, 3, 4, 5, 6, 7, 8];
const HELD_OUT = Array.from({ length: 16 }, (_, k) => 1001 + k * 37);
const verbose = process.argv.includes('--verbose');

interface Tally {
  incidents: number; high: number; mediumUp: number;
  findingsMU: number; trueMU: number; txFlagged: number; txIncidentFlagged: number; tx: number;
  cleanTx: number; cleanFlagged: number; cleanFindingsMU: number; low: number;
  perType: Map<string, { n: number; high: number; mediumUp: number }>;
  falseByCause: Map<string, number>;
}

const empty = (): Tally => ({
  incidents: 0, high: 0, mediumUp: 0, findingsMU: 0, trueMU: 0, txFlagged: 0, txIncidentFlagged: 0, tx: 0,
  cleanTx: 0, cleanFlagged: 0, cleanFindingsMU: 0, low: 0,
  perType: new Map(INCIDENT_TYPES.map((t) => [t, { n: 0, high: 0, mediumUp: 0 }])), falseByCause: new Map(),
});

const mediumUp = (f: Finding): boolean => f.severity !== 'low';

function flaggedIds(findings: Finding[]): Set<string> {
  return new Set(findings.filter(mediumUp).flatMap((f) => f.transactionIds));
}

function score(s: Scenario, findings: Finding[], t: Tally): void {
  const incidentTx = new Set(s.incidents.flatMap((i) => i.transactionIds));
  const legitOf = new Map<string, string>();
  for (const l of s.legit) for (const id of l.transactionIds) legitOf.set(id, l.label.slice(6));
  for (const inc of s.incidents) {
    const ids = new Set(inc.transactionIds);
    const cover = (f: Finding): number => f.transactionIds.filter((id) => ids.has(id)).length / ids.size;
    const high = findings.some((f) => f.severity === 'high' && cover(f) >= 0.5);
    const mu = findings.some((f) => mediumUp(f) && cover(f) >= 0.5);
    const pt = t.perType.get(inc.type)!;
    pt.n++;
    t.incidents++;
    if (high) {
      pt.high++;
      t.high++;
    }
    if (mu) {
      pt.mediumUp++;
      t.mediumUp++;
    }
    if (!high && verbose) console.log(`  missed ${s.persona}#${s.seed} ${inc.label}: best ${findings.filter((f) => cover(f) > 0).map((f) => `${f.severity}/${f.rules.join('+')}/${f.score}`).join(', ') || 'nothing'}`);
  }
  for (const f of findings) {
    if (f.severity === 'low') t.low++;
    if (!mediumUp(f)) continue;
    t.findingsMU++;
    if (f.transactionIds.some((id) => incidentTx.has(id))) t.trueMU++;
    else {
      const cause = `${f.rule}${f.rules.length > 1 ? '+' : ''} / ${f.transactionIds.map((id) => legitOf.get(id)).find(Boolean) ?? 'ordinary'}`;
      t.falseByCause.set(cause, (t.falseByCause.get(cause) ?? 0) + 1);
      if (verbose) console.log(`  false ${s.persona}#${s.seed} ${f.severity} ${f.score} ${formatFinding(f, 'en')}`);
    }
  }
  const flagged = flaggedIds(findings);
  t.tx += s.transactions.length;
  t.txFlagged += flagged.size;
  t.txIncidentFlagged += [...flagged].filter((id) => incidentTx.has(id)).length;
}

function run(seeds: number[]): Tally {
  const t = empty();
  for (const seed of seeds) {
    const s = generateScenario(seed);
    score(s, runRules(s.transactions), t);
    const clean = generateScenario(seed, { incidents: [] });
    const cf = runRules(clean.transactions);
    t.cleanTx += clean.transactions.length;
    t.cleanFlagged += flaggedIds(cf).size;
    t.cleanFindingsMU += cf.filter(mediumUp).length;
  }
  return t;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function report(name: string, seeds: number[], t: Tally): void {
  console.log(`\n== ${name}: ${seeds.length} statements, ${t.tx} transactions, ${t.incidents} incidents ==`);
  console.log(`recall at high            ${pct(t.high, t.incidents)} (${t.high}/${t.incidents})`);
  console.log(`recall at medium or high  ${pct(t.mediumUp, t.incidents)}`);
  console.log(`precision (findings ≥ medium touching an incident)  ${pct(t.trueMU, t.findingsMU)} (${t.trueMU}/${t.findingsMU})`);
  console.log(`precision (flagged transactions that are incident ones)  ${pct(t.txIncidentFlagged, t.txFlagged)}`);
  console.log(`share of transactions flagged medium/high  ${pct(t.txFlagged, t.tx)}   without incidents: ${pct(t.cleanFlagged, t.cleanTx)} (${(t.cleanFindingsMU / seeds.length).toFixed(1)} findings per statement)`);
  console.log(`low findings per statement  ${(t.low / seeds.length).toFixed(1)}`);
  console.log('per incident type (high / medium+ / n):');
  for (const [type, v] of t.perType) console.log(`  ${type.padEnd(20)} ${v.high} / ${v.mediumUp} / ${v.n}`);
  const causes = [...t.falseByCause].sort((a, b) => b[1] - a[1]);
  if (causes.length) console.log(`false alarms ≥ medium by rule / pattern: ${causes.map(([c, n]) => `${c} ×${n}`).join(', ')}`);
}

// `--tuning` while adjusting rules: the held-out seeds stay unseen until the end.
report('tuning seeds', TUNING, run(TUNING));
if (!process.argv.includes('--tuning')) report('held-out seeds', HELD_OUT, run(HELD_OUT));
