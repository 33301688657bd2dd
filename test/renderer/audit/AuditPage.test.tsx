// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import type { Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { AuditPage } from '../../../renderer/src/audit/AuditPage';
import { NextAuditDue } from '../../../renderer/src/audit/NextAuditDue';
import { createAuditApi } from '../../../renderer/src/data/audit-store';
import { WalletDb } from '../../../renderer/src/db/database';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { FakeInsights } from '../insights/fake-insights';
import { renderInsights } from '../insights/render';

const TODAY = '2024-05-02';
let n = 0;
const dbs: WalletDb[] = [];
afterEach(() => {
  cleanup();
  for (const db of dbs.splice(0)) db.close();
});

const cny = (cents: number): string => new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(cents / 100);
const at = (day: string, hour = 10): string => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** Monthly music at ¥15 that became ¥18 in April, a new payee and a new card in April. */
function history(): Transaction[] {
  const music = ['2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05'].map((d, i) =>
    tx(10 + i, { occurredAt: at(d), amountMinor: i < 3 ? -1500 : -1800, currency: 'CNY', counterparty: 'Music', method: '余额' }));
  return [
    ...music,
    tx(1, { occurredAt: at('2024-02-10'), amountMinor: -3000, currency: 'CNY', counterparty: '全家', method: '余额' }),
    tx(2, { occurredAt: at('2024-04-12', 2), amountMinor: -50_000, currency: 'CNY', counterparty: '<b>Mallory</b>', method: '招商银行(9999)' }),
    tx(3, { occurredAt: at('2024-04-20'), amountMinor: -3200, currency: 'CNY', counterparty: '全家', method: '余额' }),
  ];
}

const mallory: Finding = {
  id: 'f-mallory', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.9, transactionIds: ['revolut:t2'],
  messageId: 'new-payee.first', data: { amountMinor: -50_000, medianMinor: 3000, currency: 'CNY', counterparty: '<b>Mallory</b>', person: 1 },
};

function setup(o: { previous?: AuditSnapshot[]; today?: string } = {}) {
  const db = new WalletDb(`audit-ui-${process.pid}-${++n}`);
  dbs.push(db);
  const audits = createAuditApi(db);
  const txs = history();
  const data = new FakeDataApi({ transactions: txs, findings: [mallory] });
  const insights = new FakeInsights(txs, [mallory]);
  const ready = Promise.all((o.previous ?? []).map((s) => audits.saveAudit(s)));
  return { audits, data, insights, ready, render: () => renderInsights(<AuditPage today={o.today ?? TODAY} />, { data, insights, audits }) };
}

async function choosePeriod(from: string, to: string): Promise<void> {
  fireEvent.click(await screen.findByLabelText('Choose a period'));
  fireEvent.change(screen.getByLabelText('From'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('To'), { target: { value: to } });
}

const next = (): void => void fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const stepHeading = (): HTMLElement => screen.getByRole('heading', { level: 2, name: /^Step \d of 7:/ });

describe('self-audit page', () => {
  it('walks through every step of a chosen period to a saved snapshot', async () => {
    const s = setup();
    s.render();
    expect((await screen.findByTestId('audit-due')).textContent).toBe('You have not done a self-audit yet. It takes about ten minutes.');
    await choosePeriod('2024-04-01', '2024-04-30');
    fireEvent.click(screen.getByRole('button', { name: 'Start an audit' }));

    expect((await screen.findByText(/^Reviewing 2024-04-01 to 2024-04-30/)).textContent).toBe('Reviewing 2024-04-01 to 2024-04-30: 3 transactions.');
    expect(stepHeading().textContent).toBe('Step 1 of 7: New counterparties');
    const newPayee = screen.getByRole('row', { name: /Mallory/ });
    expect(within(newPayee).getByRole('rowheader').textContent).toBe('<b>Mallory</b>');
    expect(newPayee.textContent).toContain(cny(50_000));
    expect(screen.queryByRole('row', { name: /全家/ })).toBeNull();

    next();
    expect(stepHeading().textContent).toBe('Step 2 of 7: New funding methods');
    expect(document.activeElement).toBe(stepHeading());
    expect(screen.getByRole('row', { name: /招商银行\(9999\)/ })).toBeTruthy();
    next();
    const music = screen.getByRole('row', { name: /Music/ });
    expect([...music.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Music', 'Price changed', 'every 31 days', cny(1500), cny(1800)]);
    next();
    expect(stepHeading().textContent).toBe('Step 4 of 7: Unreviewed findings');
    expect(screen.getByText('New payee')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review them on the Findings page' }).getAttribute('href')).toBe('#/findings');
    next();
    expect(screen.getByRole('row', { name: /CNY/ }).textContent).toContain(cny(-55_000));
    next();

    // Security checklist: confirm one item, mark another failing; both are saved at once.
    const twoStep = screen.getByRole('listitem', { name: 'Two-step verification is on' });
    fireEvent.click(within(twoStep).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(within(twoStep).getByText('Confirmed')).toBeTruthy());
    expect(within(twoStep).getByText(`Last confirmed ${TODAY}.`)).toBeTruthy();
    const notify = screen.getByRole('listitem', { name: 'Transaction notifications are on' });
    fireEvent.click(within(notify).getByRole('button', { name: 'Mark as failing' }));
    await waitFor(() => expect(within(notify).getByText('Does not hold')).toBeTruthy());
    expect(await s.audits.getChecklist()).toEqual([{ id: 'two-step', confirmedAt: TODAY }, { id: 'notifications', failing: true }]);

    next();
    fireEvent.change(screen.getByLabelText('Notes for this audit'), { target: { value: 'Reported Mallory to support.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save audit' }));

    expect(await screen.findByText('The audit was saved.')).toBeTruthy();
    expect(screen.getByText('This is the first saved audit, so there is nothing to compare it with.')).toBeTruthy();
    const [saved] = await s.audits.listAudits();
    expect(saved).toMatchObject({
      completedAt: TODAY, period: { from: '2024-04-01', to: '2024-04-30' }, transactions: 3,
      findings: { high: 1, medium: 0, low: 0 }, unreviewedFindings: 1, newCounterparties: ['<b>Mallory</b>'],
      newFundingMethods: ['招商银行(9999)'], recurringChanges: ['Music (changed)'], notes: 'Reported Mallory to support.',
      checklist: [{ id: 'two-step', confirmedAt: TODAY }, { id: 'notifications', failing: true }],
    });
    expect(document.querySelector('[data-fact="counterparties"] dd')?.textContent).toBe('<b>Mallory</b>');

    // Back on the overview: the audit is listed and the next one is due a month later.
    fireEvent.click(screen.getByRole('button', { name: 'Back to self-audits' }));
    expect((await screen.findByTestId('audit-due')).textContent).toBe(`The next self-audit is due on 2024-06-02 (last one completed ${TODAY}).`);
    expect(screen.getByRole('button', { name: `Open the audit completed ${TODAY} (2024-04-01 to 2024-04-30)` })).toBeTruthy();
  });

  it('by default covers the time since the last audit, and compares the new audit with it', async () => {
    const previous: AuditSnapshot = {
      id: 'prev', completedAt: '2024-03-31', period: { from: '2024-03-01', to: '2024-03-31' }, transactions: 1,
      findings: { high: 0, medium: 0, low: 2 }, unreviewedFindings: 0, newCounterparties: [], newFundingMethods: [], recurringChanges: [],
      checklist: [{ id: 'notifications', confirmedAt: '2024-03-31' }, { id: 'two-step', failing: true }], notes: '',
    };
    const s = setup({ previous: [previous] });
    await s.ready;
    s.render();
    expect((await screen.findByLabelText('Since the last audit: 2024-04-01 to 2024-05-02')) as HTMLInputElement).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Start an audit' }));
    await screen.findByText(/^Reviewing 2024-04-01 to 2024-05-02/);
    for (let i = 0; i < 5; i++) next();
    // The checklist starts from the state the last audit saved.
    const notify = screen.getByRole('listitem', { name: 'Transaction notifications are on' });
    expect(within(notify).getByText('Last confirmed 2024-03-31.')).toBeTruthy();
    fireEvent.click(within(notify).getByRole('button', { name: 'Mark as failing' }));
    await waitFor(() => expect(within(notify).getByText('Does not hold')).toBeTruthy());
    fireEvent.click(within(screen.getByRole('listitem', { name: 'Two-step verification is on' })).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'Two-step verification is on' })).getByText('Confirmed')).toBeTruthy());
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Save audit' }));

    const compare = await screen.findByRole('region', { name: 'Compared with the audit of 2024-03-31' });
    const cells = (label: string): (string | null)[] => [...within(compare).getByRole('row', { name: new RegExp(`^${label}`) }).querySelectorAll('td')].map((c) => c.textContent);
    expect(cells('Transactions in the period')).toEqual(['1', '3', '+2']);
    expect(cells('High-severity findings')).toEqual(['0', '1', '+1']);
    expect(cells('Low-severity findings')).toEqual(['2', '0', '-2']);
    expect(cells('Findings not yet reviewed')).toEqual(['0', '1', '+1']);
    const lists = within(compare).getAllByRole('list');
    expect(lists[0]!.textContent).toBe('Transaction notifications are on');
    expect(lists[1]!.textContent).toBe('Two-step verification is on');
  });

  it('the reminder interval changes when the next audit is due, here and on Home', async () => {
    const previous: AuditSnapshot = {
      id: 'p', completedAt: '2024-04-30', period: { from: '2024-04-01', to: '2024-04-30' }, transactions: 0, findings: { high: 0, medium: 0, low: 0 },
      unreviewedFindings: 0, newCounterparties: [], newFundingMethods: [], recurringChanges: [], checklist: [], notes: '',
    };
    const s = setup({ previous: [previous] });
    await s.ready;
    s.render();
    expect((await screen.findByTestId('audit-due')).textContent).toBe('The next self-audit is due on 2024-05-30 (last one completed 2024-04-30).');
    fireEvent.change(screen.getByLabelText('Remind me to audit'), { target: { value: 'quarterly' } });
    await waitFor(() => expect(screen.getByTestId('audit-due').textContent).toBe('The next self-audit is due on 2024-07-30 (last one completed 2024-04-30).'));
    cleanup();

    renderInsights(<NextAuditDue today="2024-08-01" />, { data: s.data, insights: s.insights, audits: s.audits });
    const line = await screen.findByTestId('next-audit-due');
    expect(line.textContent).toBe('A self-audit is overdue (due 2024-07-30). Start one');
    expect(within(line).getByRole('link', { name: 'Start one' }).getAttribute('href')).toBe('#/audit');
  });

  it('stopping an audit saves nothing; an impossible period cannot be started', async () => {
    const s = setup();
    s.render();
    await choosePeriod('2024-04-30', '2024-04-01');
    expect(screen.getByRole('alert').textContent).toBe('The start of the period is after its end.');
    expect((screen.getByRole('button', { name: 'Start an audit' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start an audit' }));
    await screen.findByText(/^Reviewing 2024-01-01 to 2024-04-01/);
    fireEvent.click(screen.getByRole('button', { name: 'Stop without saving' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Start an audit' })).toBeTruthy();
    expect(await s.audits.listAudits()).toEqual([]);
  });
});
