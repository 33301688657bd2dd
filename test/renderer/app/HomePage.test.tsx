// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HomePage } from '../../../renderer/src/app/HomePage';
import { FakeDataApi, tx } from './fake-data-api';
import { renderWithApp } from './render-app';

afterEach(cleanup);

describe('home', () => {
  it('guides a new user to Import', async () => {
    renderWithApp(<HomePage />, new FakeDataApi());
    const link = await screen.findByRole('link', { name: 'Import statements' });
    expect(link.getAttribute('href')).toBe('#/import');
    expect(screen.getByRole('heading', { name: 'No statements yet' })).toBeTruthy();
  });

  it('summarises the data and what needs attention, and follows changes', async () => {
    const api = new FakeDataApi({
      transactions: [tx(1), tx(2), tx(3, { accountId: 'savings' })],
      findings: [
        { id: 'a', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.9, transactionIds: ['revolut:t1'], messageId: 'x', data: {} },
        { id: 'b', rule: 'burst', rules: ['burst'], severity: 'low', score: 0.3, transactionIds: ['revolut:t2'], messageId: 'x', data: {} },
      ],
    });
    renderWithApp(<HomePage />, api);
    expect(await screen.findByRole('link', { name: '3 transactions' })).toBeTruthy();
    expect(screen.getByText('2 accounts')).toBeTruthy();
    expect(screen.getByRole('link', { name: '1 high-severity finding' }).getAttribute('href')).toBe('#/findings');
    expect(screen.getByRole('link', { name: '0 medium-severity findings' })).toBeTruthy();

    await api.deleteAll();
    expect(await screen.findByRole('heading', { name: 'No statements yet' })).toBeTruthy();
  });
});
