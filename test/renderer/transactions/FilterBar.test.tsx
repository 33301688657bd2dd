// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TransactionsPage } from '../../../renderer/src/transactions/TransactionsPage';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';
import { withTableViewport } from '../app/table-viewport';

withTableViewport(10);
afterEach(cleanup);

function setup() {
  const api = new FakeDataApi({
    transactions: [
      tx(1, { counterparty: 'Coffee Corner', amountMinor: -450 }),
      tx(2, { counterparty: 'Coffee Corner', amountMinor: -1800 }),
      tx(3, { counterparty: 'Salary', amountMinor: 250000, direction: 'in' }),
      tx(4, { counterparty: 'Books', accountId: 'savings', currency: 'JPY', amountMinor: -1500 }),
    ],
  });
  renderWithApp(<TransactionsPage params={new URLSearchParams()} />, api);
  return api;
}

const lastQuery = (api: FakeDataApi) => api.queries[api.queries.length - 1]!.q;

describe('transaction filters', () => {
  it('turns what the user sets into the store query and shows the matching rows', async () => {
    const api = setup();
    await screen.findByText('4 transactions');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'coffee' } });
    fireEvent.change(screen.getByLabelText('Direction'), { target: { value: 'out' } });
    fireEvent.change(screen.getByLabelText('Amount at least'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-03-01' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'completed' } });

    await waitFor(() =>
      expect(lastQuery(api)).toEqual({
        search: 'coffee', direction: 'out', minAbsMinor: 1000, from: '2024-03-01', status: 'completed',
        sort: { key: 'occurredAt', dir: 'desc' },
      }),
    );
    await screen.findByText('1 transaction');
    expect(screen.getByText('Coffee Corner')).toBeTruthy();
  });

  it('uses the chosen account’s currency for amounts (JPY has no minor digits)', async () => {
    const api = setup();
    await screen.findByText('4 transactions');
    fireEvent.change(screen.getByLabelText('Account'), { target: { value: 'savings' } });
    fireEvent.change(screen.getByLabelText('Amount at most'), { target: { value: '2000' } });
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ accountId: 'savings', maxAbsMinor: 2000 }));
  });

  it('marks an amount it cannot read and leaves it out of the query', async () => {
    const api = setup();
    await screen.findByText('4 transactions');
    const input = screen.getByLabelText('Amount at least');
    fireEvent.change(input, { target: { value: '12,5x' } });
    await screen.findByText('Not an amount; type a number such as 12.50.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(lastQuery(api)).not.toHaveProperty('minAbsMinor');
  });

  it('sorts by a column header and reports it with aria-sort', async () => {
    const api = setup();
    await screen.findByText('4 transactions');
    fireEvent.click(screen.getByRole('button', { name: /Amount/ }));
    await waitFor(() => expect(lastQuery(api).sort).toEqual({ key: 'amountMinor', dir: 'asc' }));
    expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('ascending');
    // Largest money out first: the fake sorts like the store, by signed amount.
    await waitFor(() => expect(screen.getByTestId('tx-scroll').querySelector('[role="row"]')?.textContent).toContain('Coffee Corner'));
    expect(screen.getByTestId('tx-scroll').querySelector('[role="row"]')?.textContent).toContain('-€18.00');
    fireEvent.click(screen.getByRole('button', { name: /Amount/ }));
    await waitFor(() => expect(lastQuery(api).sort).toEqual({ key: 'amountMinor', dir: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('clears every filter at once', async () => {
    const api = setup();
    await screen.findByText('4 transactions');
    fireEvent.change(screen.getByLabelText('Counterparty'), { target: { value: 'Salary' } });
    await screen.findByText('1 transaction');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('4 transactions');
    expect(lastQuery(api)).toEqual({ sort: { key: 'occurredAt', dir: 'desc' } });
  });

  it('narrows to one finding’s transactions from the route', async () => {
    const api = new FakeDataApi({
      transactions: [tx(1), tx(2), tx(3)],
      findings: [{ id: 'f1', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.9, transactionIds: ['revolut:t2'], messageId: 'x', data: {} }],
    });
    renderWithApp(<TransactionsPage params={new URLSearchParams('finding=f1')} />, api);
    await screen.findByText('1 transaction');
    expect(lastQuery(api).ids).toEqual(['revolut:t2']);
    expect(screen.getByText('Shop 2')).toBeTruthy();
  });
});
