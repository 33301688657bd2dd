import '../data/env';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  balanceOverTime, coverage, feesByPlatform, monthlyFlows, outgoingHeatmap, topCounterparties,
} from '../../../shared/insights';
import type { Transaction } from '../../../shared/model';
import { InsightsService, seriesFilter } from '../../../renderer/src/insights/insights-service';
import { readGeneration } from '../../../renderer/src/db/database';
import { hourProfilesRow, readHourProfiles } from '../../../renderer/src/data/rules/hour-profiles-store';
import { runRulesWithProfiles } from '../../../shared/rules/index';
import { csvFile, freshApi, revolutCsv, type Row } from '../data/helpers';
import { expectedMonths, FIXTURE } from './fixture-totals';

let api: ReturnType<typeof freshApi>;
afterEach(() => api?.close());

async function importCsv(name: string, text: string, accountId: string): Promise<void> {
  const p = await api.preview(csvFile(name, text), { accountId });
  await api.commit(p.key);
}

async function setup(): Promise<InsightsService> {
  api = freshApi();
  await importCsv('revolut-eur-2024-jan-apr.csv', readFileSync(FIXTURE, 'utf8'), 'Revolut EUR');
  await api.rerunRules();
  return new InsightsService(api.db);
}

async function everything(): Promise<Transaction[]> {
  return (await api.queryTransactions({}, 0, 1_000_000)).rows;
}

/** A daytime life: one payment a day at 09:00–20:59 for `days` days, in its own account. */
function daytime(days: number): Row[] {
  return Array.from({ length: days }, (_, d) => ({ day: d, hour: 9 + (d % 12), payee: `Shop ${d % 4}`, amount: '-12.00' }));
}

describe('insights service', () => {
  it('answers every series exactly as the shared builders do over the stored transactions', async () => {
    const s = await setup();
    const all = await everything();
    for (const filter of [{}, { from: '2024-02-01', to: '2024-03-31' }, { accountId: 'Revolut EUR', from: '2024-04-01' }]) {
      const got = await s.series(filter);
      const f = seriesFilter(filter);
      expect(got.monthly).toEqual(Object.fromEntries(monthlyFlows(all, f)));
      expect(got.heatmap).toEqual(outgoingHeatmap(all, f));
      expect(got.counterparties.EUR).toEqual(topCounterparties(all, f, 15).filter((r) => r.currency === 'EUR'));
      expect(got.fees).toEqual(feesByPlatform(all, f));
      expect(got.balances.map((b) => [b.key, b.points])).toEqual([...balanceOverTime(all, f)]);
      expect(got.coverage).toEqual(coverage(all));
    }
  });

  it('monthly totals match the statement, computed here from the CSV itself', async () => {
    const s = await setup();
    const got = await s.series({});
    expect(got.currencies).toEqual(['EUR']);
    expect(got.accounts).toEqual(['Revolut EUR']);
    const months = expectedMonths(readFileSync(FIXTURE, 'utf8'));
    expect(got.monthly.EUR!.map((m) => [m.month, m.inMinor, m.outMinor, m.netMinor])).toEqual(
      [...months].map(([month, v]) => [month, v.in, v.out, v.in - v.out]),
    );
    // The declined payment and the currency exchange leg move no money.
    expect(got.selected).toBe(80);
  });

  it('period and account filters narrow every series; coverage ignores the period', async () => {
    const s = await setup();
    await importCsv('other.csv', revolutCsv(daytime(10)), 'Side account');
    const april = await s.series({ from: '2024-04-01', to: '2024-04-30' });
    expect(april.accounts).toEqual(['Revolut EUR', 'Side account']);
    expect(april.monthly.EUR!.map((m) => m.month)).toEqual(['2024-04']);
    expect(april.counterparties.EUR!.find((c) => c.counterparty === 'Night Electronics')).toMatchObject({ isNew: true, count: 2, outMinor: 96900 });
    expect(april.counterparties.EUR!.find((c) => c.counterparty === 'Salary')).toMatchObject({ isNew: false });
    const side = await s.series({ accountId: 'Side account' });
    expect(side.selected).toBe(10);
    expect(side.coverage.map((c) => c.accountId)).toEqual(['Side account']);
    expect(side.monthly.EUR!.map((m) => m.month)).toEqual(['2024-01']);
    expect(april.coverage.map((c) => c.accountId)).toEqual(['Revolut EUR', 'Side account']);
  });

  it('follows the store: a new import shows up in the next answer', async () => {
    const s = await setup();
    const before = await s.series({ accountId: 'Side account' });
    expect(before.selected).toBe(0);
    await importCsv('other.csv', revolutCsv(daytime(3)), 'Side account');
    const after = await s.series({ accountId: 'Side account' });
    expect(after.selected).toBe(3);
    expect(after.generation).toBeGreaterThan(before.generation);
  });

  it('dates findings by month from the transactions in the selection', async () => {
    const s = await setup();
    const findings = await api.listFindings();
    const got = await s.series({});
    // The test rule engine makes one low finding per payee, dated by its first payment.
    const first = new Map<string, string>();
    for (const t of await everything()) {
      const m = t.occurredAt.slice(0, 7);
      if (!first.has(t.counterparty) || m < first.get(t.counterparty)!) first.set(t.counterparty, m);
    }
    const perMonth = new Map<string, number>();
    for (const m of first.values()) perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
    expect(got.findings).toEqual([...perMonth].sort().map(([month, low]) => ({ month, high: 0, medium: 0, low })));
    expect(got.findings.reduce((n, m) => n + m.low, 0)).toBe(findings.length);
    // Inside April, each April payee's finding is dated by its first April payment.
    const april = await s.series({ from: '2024-04-01' });
    const aprilPayees = new Set((await everything()).filter((t) => t.occurredAt >= '2024-04').map((t) => t.counterparty));
    expect(april.findings).toEqual([{ month: '2024-04', high: 0, medium: 0, low: aprilPayees.size }]);
  });

  it('unusual hours: none while the history is short, the night for a long daytime history, none when the rule is off', async () => {
    api = freshApi();
    await importCsv('short.csv', revolutCsv(daytime(12)), 'Daytime');
    const s = new InsightsService(api.db);
    expect(await s.unusualHours(undefined)).toEqual({ hours: [], reason: 'too-little-history', days: 12, minDays: 30 });
    await importCsv('long.csv', revolutCsv(daytime(90).slice(12)), 'Daytime');
    const long = await s.unusualHours('Daytime');
    expect(long.reason).toBeUndefined();
    expect(long.hours).toContain(3);
    expect(long.hours).not.toContain(12);
    const settings = await api.getSettings();
    await api.saveSettings({ ...settings, rules: { disabled: ['odd-hours'] } });
    expect(await s.unusualHours('Daytime')).toMatchObject({ hours: [], reason: 'rule-disabled' });
  });

  it('unusual hours come from the profiles the last rules run kept, and are built anew once the store moved on', async () => {
    api = freshApi({ runRules: runRulesWithProfiles });
    await importCsv('long.csv', revolutCsv(daytime(90)), 'Daytime');
    const generation = await readGeneration(api.db);
    const kept = await readHourProfiles(api.db, generation);
    expect(kept).toBeDefined();
    const s = new InsightsService(api.db);
    const fromKept = await s.unusualHours('Daytime');
    // The same answer as building the history index again from the stored transactions.
    await api.db.meta.delete('hourProfiles');
    const rebuilt = await new InsightsService(api.db).unusualHours('Daytime');
    expect(fromKept).toEqual(rebuilt);
    expect(fromKept.hours).toContain(3);
    // And it is the kept copy that answers: a doctored one (five days of history) is what a fresh service reports.
    const short = { days: 5 };
    await api.db.meta.put(hourProfilesRow(generation, { hours: { ...kept!.hours, ...short }, accounts: kept!.accounts.map((a) => ({ ...a, hours: { ...a.hours, ...short } })) }));
    expect(await new InsightsService(api.db).unusualHours('Daytime')).toMatchObject({ hours: [], reason: 'too-little-history', days: 5 });
    // Profiles of an older generation are not used: the rules engine below keeps none, so a fresh service builds them.
    await api.db.meta.put(hourProfilesRow(generation - 1, kept!));
    expect(await readHourProfiles(api.db, generation)).toBeUndefined();
    expect(await new InsightsService(api.db).unusualHours('Daytime')).toEqual(rebuilt);
  });

  it('reviews an audit period: new payees, the re-priced subscription, unreviewed findings, the balance', async () => {
    const s = await setup();
    const all = await everything();
    const night = all.filter((t) => t.counterparty === 'Night Electronics');
    for (const t of night) await api.setMark(t.id, 'not-mine', '');
    const a = await s.auditReview({ from: '2024-04-01', to: '2024-04-30' });
    expect(a.review.newCounterparties.map((c) => c.counterparty)).toEqual(['Night Electronics']);
    expect(a.review.recurring).toEqual([expect.objectContaining({ counterparty: 'StreamFlix', kind: 'changed', beforeMinor: 1299, nowMinor: 1599 })]);
    // Every payee in April has a finding; the one whose payments are marked is reviewed.
    const aprilPayees = new Set(all.filter((t) => t.occurredAt.startsWith('2024-04')).map((t) => t.counterparty));
    expect(a.findingCounts).toEqual({ high: 0, medium: 0, low: aprilPayees.size });
    expect(a.unreviewed.map((u) => u.finding.id).sort()).toEqual([...aprilPayees].filter((p) => p !== 'Night Electronics').map((p) => `payee:${p}`).sort());
    const eur = a.review.balances.find((b) => b.currency === 'EUR')!;
    const aprilRows = all.filter((t) => t.occurredAt.startsWith('2024-04') && t.balanceMinor !== undefined).sort((x, y) => x.occurredAt.localeCompare(y.occurredAt));
    expect(eur.startMinor).toBe(aprilRows[0]!.balanceMinor);
    expect(eur.endMinor).toBe(aprilRows.at(-1)!.balanceMinor);
  });
});
