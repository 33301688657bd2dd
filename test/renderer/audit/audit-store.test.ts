import '../data/env';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import { createAuditApi } from '../../../renderer/src/data/audit-store';
import { freshApi } from '../data/helpers';

const opened: ReturnType<typeof freshApi>[] = [];
function setup() {
  const data = freshApi();
  opened.push(data);
  return { data, audits: createAuditApi(data.db) };
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

function snapshot(id: string, completedAt: string, over: Partial<AuditSnapshot> = {}): AuditSnapshot {
  return {
    id, completedAt, period: { from: '2024-03-01', to: completedAt }, transactions: 10,
    findings: { high: 1, medium: 0, low: 2 }, unreviewedFindings: 1, newCounterparties: ['Mallory'],
    newFundingMethods: [], recurringChanges: [], checklist: [{ id: 'two-step', confirmedAt: completedAt }], notes: 'ok', ...over,
  };
}

describe('audit store', () => {
  it('saves audits, lists them newest first, and the saved checklist becomes the current one', async () => {
    const { audits } = setup();
    await audits.saveAudit(snapshot('a1', '2024-03-31'));
    await audits.saveAudit(snapshot('a2', '2024-04-30', { checklist: [{ id: 'two-step', failing: true }], notes: '<b>x</b>' }));
    expect((await audits.listAudits()).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(await audits.getAudit('a2')).toMatchObject({ notes: '<b>x</b>', findings: { high: 1, medium: 0, low: 2 } });
    expect(await audits.getChecklist()).toEqual([{ id: 'two-step', failing: true }]);
    expect(await audits.deleteAudit('a1')).toMatchObject({ id: 'a1' });
    expect(await audits.deleteAudit('a1')).toBeUndefined();
    expect((await audits.listAudits()).map((a) => a.id)).toEqual(['a2']);
  });

  it('confirms, fails and clears checklist items, kept in the catalogue order', async () => {
    const { audits } = setup();
    expect(await audits.getChecklist()).toEqual([]);
    await audits.setChecklistItem('recovery-contacts', { confirmedAt: '2024-05-01' });
    await audits.setChecklistItem('unique-password', { confirmedAt: '2024-05-02' });
    await audits.setChecklistItem('two-step', { failing: true });
    expect(await audits.getChecklist()).toEqual([
      { id: 'unique-password', confirmedAt: '2024-05-02' },
      { id: 'two-step', failing: true },
      { id: 'recovery-contacts', confirmedAt: '2024-05-01' },
    ]);
    // Confirming a failing item replaces it (the date is what counts, not the old failure).
    await audits.setChecklistItem('two-step', { confirmedAt: '2024-05-03' });
    const after = await audits.setChecklistItem('unique-password', undefined);
    expect(after).toEqual([{ id: 'two-step', confirmedAt: '2024-05-03' }, { id: 'recovery-contacts', confirmedAt: '2024-05-01' }]);
    expect(await audits.getChecklist()).toEqual(after);
  });

  it('the interval is monthly until changed, and rejects what it does not know', async () => {
    const { audits } = setup();
    expect(await audits.getInterval()).toBe('monthly');
    await audits.setInterval('quarterly');
    expect(await audits.getInterval()).toBe('quarterly');
    await expect(audits.setInterval('weekly' as never)).rejects.toThrow(/weekly/);
    expect(await audits.getInterval()).toBe('quarterly');
  });

  it('the next audit is due today without any audit, then one interval after the latest', async () => {
    const { audits } = setup();
    expect(await audits.nextAudit('2024-05-10')).toEqual({ due: '2024-05-10', overdue: true, interval: 'monthly' });
    await audits.saveAudit(snapshot('a2', '2024-04-30', { period: { from: '2024-04-01', to: '2024-04-28' } }));
    await audits.saveAudit(snapshot('a1', '2024-03-31'));
    expect(await audits.nextAudit('2024-05-10')).toEqual({
      due: '2024-05-30', overdue: false, interval: 'monthly', lastCompletedAt: '2024-04-30', lastPeriodTo: '2024-04-28',
    });
    await audits.setInterval('quarterly');
    expect(await audits.nextAudit('2024-08-01')).toMatchObject({ due: '2024-07-30', overdue: true });
  });

  it('tells subscribers about every change', async () => {
    const { audits } = setup();
    let calls = 0;
    const off = audits.subscribe(() => calls++);
    await audits.saveAudit(snapshot('a1', '2024-03-31'));
    await audits.setInterval('yearly');
    await audits.setChecklistItem('two-step', { confirmedAt: '2024-04-01' });
    off();
    await audits.deleteAudit('a1');
    expect(calls).toBe(3);
  });

  it('backup and restore carry the audits; delete-all removes them', async () => {
    const { data, audits } = setup();
    await audits.saveAudit(snapshot('a1', '2024-03-31'));
    await audits.setInterval('half-yearly');
    const blob = await data.backup();
    await data.deleteAll();
    expect(await audits.listAudits()).toEqual([]);
    expect(await audits.getInterval()).toBe('monthly');
    await data.restore(blob);
    expect((await audits.listAudits()).map((a) => a.id)).toEqual(['a1']);
    expect(await audits.getInterval()).toBe('half-yearly');
    expect(await audits.getChecklist()).toEqual([{ id: 'two-step', confirmedAt: '2024-03-31' }]);
  });
});

describe('audits finished on the same day', () => {
  it('are ordered by when they were saved, and the latest decides the next period', async () => {
    const data = freshApi();
    opened.push(data);
    let clock = Date.parse('2024-05-02T08:00:00Z');
    const audits = createAuditApi(data.db, { now: () => new Date((clock += 60_000)) });
    // Ids that sort the other way round from the saving order.
    await audits.saveAudit(snapshot('z-first', '2024-05-02', { period: { from: '2024-04-01', to: '2024-04-30' } }));
    await audits.saveAudit(snapshot('a-second', '2024-05-02', { period: { from: '2024-05-01', to: '2024-05-02' } }));
    expect((await audits.listAudits()).map((a) => a.id)).toEqual(['a-second', 'z-first']);
    expect(await audits.nextAudit('2024-05-02')).toMatchObject({ lastPeriodTo: '2024-05-02' });
    // The bookkeeping stays in the store.
    expect(await audits.getAudit('a-second')).not.toHaveProperty('savedAt');
  });
});
