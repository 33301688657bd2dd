// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/rules/types';
import { formatFinding } from '../../../shared/rules/index';
import { FindingsPage } from '../../../renderer/src/findings/FindingsPage';
import { STEP } from '../../../renderer/src/findings/SeverityGroup';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

afterEach(cleanup);

const newPayee: Finding = {
  id: 'f-high', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.91, transactionIds: ['revolut:t1'],
  messageId: 'new-payee.first', data: { amountMinor: -500000, medianMinor: 1200, currency: 'EUR', counterparty: 'Mallory', person: 1 },
};
const oddHour: Finding = {
  id: 'f-low', rule: 'odd-hours', rules: ['odd-hours'], severity: 'low', score: 0.3, transactionIds: ['revolut:t2', 'revolut:t3'],
  messageId: 'odd-hours.hit', data: { counterparty: 'Night Shop' },
};

function setup() {
  const api = new FakeDataApi({
    transactions: [
      tx(1, { counterparty: 'Mallory', amountMinor: -500000 }),
      tx(2, { counterparty: 'Night Shop' }),
      tx(3, { counterparty: 'Night Shop' }),
    ],
    findings: [oddHour, newPayee],
  });
  renderWithApp(<FindingsPage />, api);
  return api;
}

describe('findings page', () => {
  it('groups findings by severity, strongest group first, with the plain-language reason', async () => {
    setup();
    const high = await screen.findByRole('region', { name: 'High severity (1)' });
    const low = screen.getByRole('region', { name: 'Low severity (1)' });
    expect(high.compareDocumentPosition(low) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Medium severity/ })).toBeNull();
    const card = within(high).getByRole('article', { name: 'New payee' });
    expect(within(card).getByText(formatFinding(newPayee, 'en'))).toBeTruthy();
    await within(card).findByText('Mallory');
    const lowCard = within(low).getByRole('article', { name: 'Unusual hour' });
    await waitFor(() => expect(within(lowCard).getAllByText('Night Shop')).toHaveLength(2));
  });

  it('saves a review mark per transaction, and Undo puts the previous one back', async () => {
    const api = setup();
    const card = await screen.findByRole('article', { name: 'New payee' });
    await within(card).findByText('Mallory');
    fireEvent.click(within(card).getByLabelText('Not mine'));
    await waitFor(() => expect((within(card).getByLabelText('Not mine') as HTMLInputElement).checked).toBe(true));
    expect(api.marks.get('revolut:t1')?.verdict).toBe('not-mine');

    const save = within(card).getByRole('button', { name: 'Save note' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing typed yet
    fireEvent.change(within(card).getByLabelText('Note'), { target: { value: 'I never sent this' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(api.marks.get('revolut:t1')).toMatchObject({ verdict: 'not-mine', note: 'I never sent this' }));

    fireEvent.click(within(card).getByLabelText('Unsure'));
    await waitFor(() => expect(api.marks.get('revolut:t1')?.verdict).toBe('unsure'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.marks.get('revolut:t1')).toMatchObject({ verdict: 'not-mine', note: 'I never sent this' }));
    expect((within(card).getByLabelText('Not mine') as HTMLInputElement).checked).toBe(true);
  });

  it('undoing the first mark removes it again', async () => {
    const api = setup();
    const card = await screen.findByRole('article', { name: 'New payee' });
    await within(card).findByText('Mallory');
    fireEvent.click(within(card).getByLabelText('Mine'));
    await waitFor(() => expect(api.marks.has('revolut:t1')).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.marks.has('revolut:t1')).toBe(false));
  });

  it('shows marks saved earlier', async () => {
    const api = new FakeDataApi({ transactions: [tx(1, { counterparty: 'Mallory' })], findings: [newPayee] });
    await api.setMark('revolut:t1', 'not-mine', 'reported to the bank');
    renderWithApp(<FindingsPage />, api);
    const card = await screen.findByRole('article', { name: 'New payee' });
    await waitFor(() => expect((within(card).getByLabelText('Not mine') as HTMLInputElement).checked).toBe(true));
    expect((within(card).getByLabelText('Note') as HTMLInputElement).value).toBe('reported to the bank');
  });

  it('"this is normal for me" saves the payee, re-runs the rules, and can be undone', async () => {
    const api = setup();
    const card = await screen.findByRole('article', { name: 'Unusual hour' });
    await waitFor(() => expect(within(card).getAllByText('Night Shop')).toHaveLength(2));
    fireEvent.click(within(card).getByRole('button', { name: 'This is normal for me' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Unusual hour' })).toBeNull());
    expect(api.settings.rules.normal).toEqual([{ counterparty: 'Night Shop', accountId: 'main' }]);
    expect(api.rerunCount).toBe(1);
    expect(screen.getByRole('article', { name: 'New payee' })).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByRole('article', { name: 'Unusual hour' });
    expect(api.settings.rules.normal).toEqual([]);
    expect(api.rerunCount).toBe(2);
  });

  it('guides to Import when there is nothing, and says so when nothing was found', async () => {
    renderWithApp(<FindingsPage />, new FakeDataApi());
    expect(await screen.findByRole('link', { name: 'Import statements' })).toBeTruthy();
    cleanup();
    renderWithApp(<FindingsPage />, new FakeDataApi({ transactions: [tx(1)] }));
    expect(await screen.findByText('The rules found nothing unusual in your transactions.')).toBeTruthy();
  });
});

describe('review marks when the store fails', () => {
  it('puts the previous mark back and says why', async () => {
    const api = new FakeDataApi({ transactions: [tx(1, { counterparty: 'Mallory' })], findings: [newPayee] });
    await api.setMark('revolut:t1', 'mine', '');
    api.setMark = async () => {
      throw new Error('disk full');
    };
    renderWithApp(<FindingsPage />, api);
    const card = await screen.findByRole('article', { name: 'New payee' });
    await waitFor(() => expect((within(card).getByLabelText('Mine') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(card).getByLabelText('Not mine'));
    await screen.findByText('The review mark could not be saved: disk full');
    expect((within(card).getByLabelText('Mine') as HTMLInputElement).checked).toBe(true);
    expect(api.marks.get('revolut:t1')?.verdict).toBe('mine');
  });
});

describe('many findings', () => {
  it('shows them in steps, so a long list does not load every card at once', async () => {
    const txs = Array.from({ length: 60 }, (_, i) => tx(i, { counterparty: `Payee ${i}` }));
    const findings: Finding[] = txs.map((t, i) => ({
      ...newPayee, id: `f${i}`, score: 0.99 - i / 1000, transactionIds: [t.id], data: { ...newPayee.data, counterparty: t.counterparty },
    }));
    const api = new FakeDataApi({ transactions: txs, findings });
    renderWithApp(<FindingsPage />, api);
    const group = await screen.findByRole('region', { name: 'High severity (60)' });
    expect(within(group).getAllByRole('article')).toHaveLength(STEP);
    fireEvent.click(within(group).getByRole('button', { name: `Show ${STEP} more (${60 - STEP} not shown)` }));
    expect(within(group).getAllByRole('article')).toHaveLength(2 * STEP);
    fireEvent.click(within(group).getByRole('button', { name: `Show ${60 - 2 * STEP} more (${60 - 2 * STEP} not shown)` }));
    expect(within(group).getAllByRole('article')).toHaveLength(60);
    expect(within(group).queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });
});
