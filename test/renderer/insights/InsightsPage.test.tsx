// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transaction } from '../../../shared/model';
import { InsightsPage } from '../../../renderer/src/insights/InsightsPage';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { FakeInsights } from './fake-insights';
import { renderInsights } from './render';

afterEach(cleanup);

const eur = (cents: number): string => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Two accounts: "main" in EUR over Jan–Mar 2024 (with a GBP side pocket), "savings" in EUR in March. */
function history(): Transaction[] {
  const at = (month: number, day: number, hour = 10): string => `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:15:00+01:00`;
  return [
    tx(1, { occurredAt: at(1, 2), amountMinor: 250_000, direction: 'in', counterparty: 'Employer' }),
    tx(2, { occurredAt: at(1, 5), amountMinor: -12_000, counterparty: 'Grocer' }),
    tx(3, { occurredAt: at(2, 7, 23), amountMinor: -4_500, counterparty: 'Night Shop' }),
    tx(4, { occurredAt: at(3, 3), amountMinor: -90_000, counterparty: 'Landlord' }),
    tx(5, { occurredAt: at(3, 4), amountMinor: -700, currency: 'GBP', counterparty: 'Pub' }),
    tx(6, { occurredAt: at(3, 9), amountMinor: 50_000, direction: 'in', accountId: 'savings', counterparty: 'Transfer in' }),
    tx(7, { occurredAt: at(3, 10), amountMinor: -3_000, status: 'failed', counterparty: 'Declined' }),
  ];
}

function setup(txs = history(), insights = new FakeInsights(txs)) {
  const data = new FakeDataApi({ transactions: txs });
  renderInsights(<InsightsPage />, { data, insights });
  return insights;
}

const monthlyCard = (): HTMLElement => screen.getByRole('region', { name: 'Money in and out per month (EUR)' });

describe('insights page', () => {
  it('shows every chart, and each one toggles to a table of the same numbers and back', async () => {
    setup();
    const card = await screen.findByRole('region', { name: 'Money in and out per month (EUR)' });
    // The chart is drawn (bars for money in and out) while the table is hidden.
    await waitFor(() => expect(card.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    expect(within(card).queryByRole('table')).toBeNull();
    const toggle = within(card).getByRole('button', { name: 'Table view' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = within(card).getByRole('table', { name: 'Money in and out per month (EUR)' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2024-01', eur(250_000), eur(12_000), eur(238_000), '2'],
      ['2024-02', eur(0), eur(4_500), eur(-4_500), '1'],
      ['2024-03', eur(50_000), eur(90_000), eur(-40_000), '2'],
    ]);
    expect(card.querySelector('.recharts-wrapper')).toBeNull();
    // Save as PNG needs the drawing.
    expect((within(card).getByRole('button', { name: 'Save as PNG' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(toggle);
    expect(within(card).queryByRole('table')).toBeNull();
    await waitFor(() => expect(card.querySelector('.recharts-wrapper')).not.toBeNull());

    for (const name of ['When you pay: hour × weekday', 'Top counterparties (EUR)', 'Findings over time', 'Fees paid (EUR)', 'Balance over time (EUR)', 'What your imports cover']) {
      // Charts after the first mount one per task (a long first drawing would block the page).
      expect(await screen.findByRole('region', { name })).toBeTruthy();
    }
  });

  it('asks the worker for the chosen account and period, and shows what it answers', async () => {
    const insights = setup();
    await screen.findByRole('region', { name: 'Money in and out per month (EUR)' });
    expect(screen.getByTestId('selection-count').textContent).toMatch(/^7 transactions in this selection\./);
    const filters = screen.getByRole('form', { name: 'Chart filters' });

    fireEvent.change(within(filters).getByLabelText('Account'), { target: { value: 'savings' } });
    await waitFor(() => expect(insights.filters.at(-1)).toEqual({ accountId: 'savings' }));
    await waitFor(() => expect(screen.getByTestId('selection-count').textContent).toMatch(/^1 transaction in this selection\./));
    expect(insights.unusualAsked.at(-1)).toBe('savings');

    fireEvent.change(within(filters).getByLabelText('Account'), { target: { value: '' } });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2024-02-01' } });
    fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2024-02-29' } });
    await waitFor(() => expect(insights.filters.at(-1)).toEqual({ from: '2024-02-01', to: '2024-02-29' }));
    fireEvent.click(within(monthlyCard()).getByRole('button', { name: 'Table view' }));
    await waitFor(() => expect(within(monthlyCard()).getAllByRole('row')).toHaveLength(2));
    expect(within(monthlyCard()).getAllByRole('row')[1]!.textContent).toBe(`2024-02${eur(0)}${eur(4_500)}${eur(-4_500)}1`);
  });

  it('an impossible period is said, and never sent', async () => {
    const insights = setup();
    await screen.findByRole('region', { name: 'Money in and out per month (EUR)' });
    const filters = screen.getByRole('form', { name: 'Chart filters' });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2024-03-01' } });
    fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2024-01-31' } });
    expect((await within(filters).findByRole('alert')).textContent).toBe('The start of the period is after its end.');
    expect(insights.filters.some((f) => f.from === '2024-03-01' && f.to === '2024-01-31')).toBe(false);
    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(filters).queryByRole('alert')).toBeNull());
  });

  it('one currency at a time: the picker switches every money chart, nothing is added across currencies', async () => {
    setup();
    await screen.findByRole('region', { name: 'Money in and out per month (EUR)' });
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'GBP' } });
    const gbp = await screen.findByRole('region', { name: 'Money in and out per month (GBP)' });
    fireEvent.click(within(gbp).getByRole('button', { name: 'Table view' }));
    const gbpFmt = new Intl.NumberFormat('en', { style: 'currency', currency: 'GBP' }).format(7);
    expect(within(gbp).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([`2024-03${new Intl.NumberFormat('en', { style: 'currency', currency: 'GBP' }).format(0)}${gbpFmt}-${gbpFmt}1`]);
    const parties = screen.getByRole('region', { name: 'Top counterparties (GBP)' });
    fireEvent.click(within(parties).getByRole('button', { name: 'Table view' }));
    expect(within(parties).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Pub']);
  });

  it('marks the unusual hours the worker reports, and says why when there are none', async () => {
    const txs = history();
    const insights = new FakeInsights(txs, [], { hours: [2, 3, 23], days: 45, minDays: 30 });
    setup(txs, insights);
    const heat = await screen.findByRole('region', { name: 'When you pay: hour × weekday' });
    await waitFor(() => expect(heat.querySelectorAll('[data-unusual-hour]')).toHaveLength(3));
    expect(within(heat).getByTestId('unusual-note').textContent).toBe('Dashed columns are hours the rules consider unusual for you: 02:00, 03:00, 23:00.');
    fireEvent.click(within(heat).getByRole('button', { name: 'Table view' }));
    // The payment on Wednesday 2024-02-07 at 23:15 is in an unusual hour.
    const row = within(heat).getAllByRole('row').find((r) => r.textContent?.startsWith('Wed23:00'));
    expect(row?.textContent).toBe(`Wed23:001${eur(4_500)}Yes`);
    cleanup();

    setup(txs, new FakeInsights(txs, [], { hours: [], days: 0, minDays: 30, reason: 'rule-disabled' }));
    const off = await screen.findByRole('region', { name: 'When you pay: hour × weekday' });
    await waitFor(() => expect(within(off).getByTestId('unusual-note').textContent).toBe('The unusual-hour rule is switched off, so no hours are marked.'));
    expect(off.querySelectorAll('[data-unusual-hour]')).toHaveLength(0);
  });

  it('empty states: no data at all leads to Import; an empty selection says so per chart', async () => {
    setup([]);
    expect(await screen.findByRole('heading', { name: 'Nothing to chart yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import statements' }).getAttribute('href')).toBe('#/import');
    cleanup();

    setup();
    await screen.findByRole('region', { name: 'Money in and out per month (EUR)' });
    const filters = screen.getByRole('form', { name: 'Chart filters' });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2030-01-01' } });
    await waitFor(() => expect(within(monthlyCard()).getByText('No transactions in this selection.')).toBeTruthy());
    expect(within(monthlyCard()).queryByRole('button', { name: 'Table view' })).toBeNull();
    expect(within(await screen.findByRole('region', { name: 'Fees paid (EUR)' })).getByText('No fees in this selection.')).toBeTruthy();
  });

  it('coverage shows each statement\'s dates and the gap between them', async () => {
    const file = (sha: string) => ({ fileSha256: sha, line: 2, raw: [] });
    const txs = [
      tx(1, { occurredAt: '2024-01-03T10:00:00+01:00', source: file('jan') }),
      tx(2, { occurredAt: '2024-01-30T10:00:00+01:00', source: file('jan') }),
      tx(3, { occurredAt: '2024-03-01T10:00:00+01:00', source: file('mar') }),
      tx(4, { occurredAt: '2024-03-28T10:00:00+01:00', source: file('mar') }),
    ];
    setup(txs);
    const cov = await screen.findByRole('region', { name: 'What your imports cover' });
    expect(cov.querySelectorAll('[data-gap]')).toHaveLength(1);
    fireEvent.click(within(cov).getByRole('button', { name: 'Table view' }));
    expect(within(cov).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['main', 'Covered', '2024-01-03', '2024-01-30', '1 file'],
      ['main', 'Gap', '2024-01-31', '2024-02-29', '30 days without a statement'],
      ['main', 'Covered', '2024-03-01', '2024-03-28', '1 file'],
    ]);
  });

  it('speaks Chinese', async () => {
    const txs = history();
    renderInsights(<InsightsPage />, { data: new FakeDataApi({ transactions: txs }), insights: new FakeInsights(txs), lang: 'zh-CN' });
    expect(await screen.findByRole('region', { name: '每月收入与支出（EUR）' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '统计分析' })).toBeTruthy();
  });
});
